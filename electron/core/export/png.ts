import { deflateSync } from 'node:zlib';

/**
 * A tiny PNG writer for charts in documents (the heat maps): an RGB canvas with filled rectangles and
 * digits from a 5 x 7 bitmap font. No native canvas module is needed, so it runs wherever the core runs.
 */
export class Canvas {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background = 'FFFFFF',
  ) {
    this.data = new Uint8Array(width * height * 3);
    this.rect(0, 0, width, height, background);
  }

  rect(x: number, y: number, w: number, h: number, hex: string) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (let yy = Math.max(0, y); yy < Math.min(this.height, y + h); yy++) {
      for (let xx = Math.max(0, x); xx < Math.min(this.width, x + w); xx++) {
        const o = (yy * this.width + xx) * 3;
        this.data[o] = r;
        this.data[o + 1] = g;
        this.data[o + 2] = b;
      }
    }
  }

  /** Digits (and - . Q H), scaled by `size` pixels per font dot, centred on (cx, cy). */
  digits(text: string, cx: number, cy: number, size: number, hex: string) {
    const w = text.length * 6 * size - size;
    let x = Math.round(cx - w / 2);
    const y = Math.round(cy - (7 * size) / 2);
    for (const ch of text) {
      const glyph = FONT[ch];
      if (glyph) glyph.forEach((row, ry) => [...row].forEach((dot, rx) => dot === '1' && this.rect(x + rx * size, y + ry * size, size, size, hex)));
      x += 6 * size;
    }
  }

  /** A straight line `thickness` pixels wide; `dash` draws it in dashes of that many pixels. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, hex: string, dash = 0) {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
    const half = Math.floor(thickness / 2);
    for (let i = 0; i <= steps; i++) {
      if (dash && Math.floor(i / dash) % 2 === 1) continue;
      const x = Math.round(x0 + ((x1 - x0) * i) / steps);
      const y = Math.round(y0 + ((y1 - y0) * i) / steps);
      this.rect(x - half, y - half, thickness, thickness, hex);
    }
  }

  png(): Buffer {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (this.width * 3 + 1)] = 0;
      Buffer.from(this.data.buffer, this.data.byteOffset + y * this.width * 3, this.width * 3).copy(raw, y * (this.width * 3 + 1) + 1);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  }
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const FONT: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  // For period labels and axis values on charts (2026-Q1, 2026-H2, 99.5, -3).
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  Q: ['01110', '10001', '10001', '10001', '10101', '10010', '01101'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
};

export interface HeatMapImage {
  /** counts[likelihood - 1][impact - 1] */
  counts: number[][];
  /** colours[likelihood - 1][impact - 1], hex without # */
  colours: string[][];
}

/**
 * The heat map as a picture: likelihood rises upwards, impact to the right, each cell in the colour of
 * its level with the number of risks in it; the axis numbers sit outside the grid.
 */
export function heatMapPng({ counts, colours }: HeatMapImage): Buffer {
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  const cell = 90;
  const margin = 50;
  const c = new Canvas(margin + cols * cell + 10, rows * cell + margin + 10);
  for (let l = 0; l < rows; l++) {
    const y = (rows - 1 - l) * cell + 10;
    c.digits(String(l + 1), margin / 2, y + cell / 2, 3, '333333');
    for (let i = 0; i < cols; i++) {
      const x = margin + i * cell;
      c.rect(x, y, cell, cell, 'FFFFFF');
      c.rect(x + 2, y + 2, cell - 4, cell - 4, colours[l][i]);
      if (counts[l][i] > 0) c.digits(String(counts[l][i]), x + cell / 2, y + cell / 2, 4, '1A1A1A');
    }
  }
  for (let i = 0; i < cols; i++) c.digits(String(i + 1), margin + i * cell + cell / 2, rows * cell + 10 + margin / 2, 3, '333333');
  return c.png();
}
