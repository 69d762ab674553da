#!/usr/bin/env node
// npm run icons: draws every app icon file from the one source, resources/icon.svg (issue 7, item 6):
//   resources/icon.png      512x512, the window icon and electron-builder's Linux icon
//   resources/icon-256.png  256x256
//   resources/icon.ico      Windows: 16-256 px, each a PNG inside the ICO
//   resources/icon.icns     macOS: 16-1024 px, each a PNG inside the ICNS
// The files are committed; `node scripts/icons.mjs --check` exits 1 when one no longer matches the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const dir = join(new URL('..', import.meta.url).pathname, 'resources');

const png = (svg, size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng());

/** ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG, as Windows Vista and later read). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

/** ICNS: 'icns' and the total length, then per image a four-letter type, its length and a PNG. */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
function icns(render) {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const data = render(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

export function drawIcons(svg) {
  const cache = new Map();
  const render = (size) => cache.get(size) ?? (cache.set(size, png(svg, size)), cache.get(size));
  return {
    'icon.png': render(512),
    'icon-256.png': render(256),
    'icon.ico': ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: render(size) }))),
    'icon.icns': icns(render),
  };
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const files = drawIcons(readFileSync(join(dir, 'icon.svg')));
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (check) {
      let current;
      try {
        current = readFileSync(join(dir, name));
      } catch {
        current = Buffer.alloc(0);
      }
      if (!current.equals(bytes)) stale.push(name);
    } else {
      writeFileSync(join(dir, name), bytes);
      console.log(`resources/${name}: ${bytes.length} bytes`);
    }
  }
  if (stale.length) {
    console.error(`Not drawn from resources/icon.svg as it is now: ${stale.join(', ')}. Run npm run icons.`);
    process.exit(1);
  }
}
