/// <reference path="./fontkit.d.ts" />
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { FISHBONE_CATEGORIES, type FishboneCause } from '../../../shared/contract/improvement';

/**
 * The fishbone (Ishikawa) diagram of a nonconformity as a PNG for the report (issue 15): the problem
 * in the head on the right, one bone per cause category, three above and three below the spine, the
 * causes written along each bone. Drawn as SVG with every letter turned into outlines by fontkit
 * (Inter, shipped in @fontsource/inter), so resvg needs no system font and the picture is the same
 * on every machine. fontkit and resvg load on the first diagram, like the other document
 * libraries (export/index.ts), so starting the CLI or the host does not pay for them.
 */
const require = createRequire(import.meta.url);
let fonts: { regular: Font; bold: Font } | null = null;
function fontsOnce() {
  if (!fonts) {
    const { openSync } = require('fontkit') as typeof import('fontkit');
    fonts = {
      regular: openSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff')),
      bold: openSync(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff')),
    };
  }
  return fonts;
}

export const CATEGORY_LABEL: Record<(typeof FISHBONE_CATEGORIES)[number], string> = {
  people: 'People',
  process: 'Process',
  technology: 'Technology',
  environment: 'Environment',
  suppliers: 'Suppliers',
  management: 'Management',
};

const width = (font: Font, text: string, size: number) => (font.layout(text).advanceWidth * size) / font.unitsPerEm;

/** Words laid into lines no wider than `max` pixels; a word longer than a line is cut. */
export function wrap(font: Font, text: string, size: number, max: number, maxLines = 4): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (width(font, next, size) <= max || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = lines.slice(0, maxLines).map((l) => {
    let s = l;
    while (s.length > 1 && width(font, s, size) > max) s = s.slice(0, -1);
    return s;
  });
  if (lines.length > maxLines) cut[maxLines - 1] = `${cut[maxLines - 1].replace(/.$/, '')}…`;
  return cut;
}

/** One line of text as an SVG path, its baseline starting at (x, y); anchor 'end' right-aligns it at x. */
function textPath(font: Font, text: string, x: number, y: number, size: number, fill: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  const w = run.advanceWidth * scale;
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  let pen = 0;
  const d = run.glyphs
    .map((g, i) => {
      const p = run.positions[i];
      const part = g.path.translate(pen + p.xOffset, p.yOffset).toSVG();
      pen += p.xAdvance;
      return part;
    })
    .join(' ');
  return `<path fill="${fill}" transform="translate(${left.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${d}"/>`;
}

const esc = (s: string) => s.replace(/[<>&"]/g, '');

export interface FishboneInput {
  problem: string;
  causes: FishboneCause[];
}

// Sized for a portrait A4 page (about 16 cm wide): 24 px letters print about 2.7 mm high.
const W = 1400;
const SIZE = 24;
const LINE = 30;
const HEAD_W = 270;
const SPINE_LEFT = 40;
const SPINE_RIGHT = W - HEAD_W - 40;
const BONE_GAP = (SPINE_RIGHT - SPINE_LEFT) / 3;
const SLANT = 100;
/** A cause's text ends left of its bone and must clear the bone before it. */
const TEXT_MAX = BONE_GAP - 60;

export function fishboneSvg({ problem, causes }: FishboneInput): { svg: string; width: number; height: number } {
  const { regular, bold } = fontsOnce();
  const byCategory = FISHBONE_CATEGORIES.map((c) => ({ category: c, lines: causes.filter((x) => x.category === c).map((x) => wrap(regular, x.cause, SIZE, TEXT_MAX, 4)) }));
  const need = Math.max(3, ...byCategory.map((c) => c.lines.reduce((n, l) => n + l.length, 0) + c.lines.length * 0.4));
  const half = Math.max(300, 110 + need * LINE);
  const H = Math.round(2 * half + 40);
  const mid = H / 2;
  const parts: string[] = [];
  const accent = '#1F4E79';
  parts.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#FFFFFF"/>`);
  parts.push(`<line x1="${SPINE_LEFT}" y1="${mid}" x2="${SPINE_RIGHT + 10}" y2="${mid}" stroke="${accent}" stroke-width="6"/>`);
  parts.push(`<polygon points="${SPINE_RIGHT + 10},${mid - 14} ${SPINE_RIGHT + 40},${mid} ${SPINE_RIGHT + 10},${mid + 14}" fill="${accent}"/>`);
  // The head: the problem being analysed.
  const headX = SPINE_RIGHT + 44;
  const headLines = wrap(bold, problem, 24, HEAD_W - 40, 8);
  const headH = Math.max(120, headLines.length * 31 + 40);
  parts.push(`<rect x="${headX}" y="${mid - headH / 2}" width="${HEAD_W - 10}" height="${headH}" rx="14" fill="#DEEAF6" stroke="${accent}" stroke-width="3"/>`);
  headLines.forEach((l, i) => parts.push(textPath(bold, l, headX + (HEAD_W - 10) / 2, mid - headH / 2 + 20 + 24 + i * 31, 24, '#1A1A1A', 'middle')));
  byCategory.forEach((cat, i) => {
    const top = i < 3;
    const column = i % 3;
    const joinX = SPINE_LEFT + BONE_GAP * (column + 1) - 30;
    const endX = joinX - SLANT;
    const endY = top ? 74 : H - 74;
    parts.push(`<line x1="${joinX}" y1="${mid}" x2="${endX}" y2="${endY}" stroke="${accent}" stroke-width="4"/>`);
    const label = CATEGORY_LABEL[cat.category];
    const labelW = width(bold, label, 24) + 30;
    const labelY = top ? endY - 52 : endY + 8;
    parts.push(`<rect x="${endX - labelW / 2}" y="${labelY}" width="${labelW}" height="44" rx="8" fill="${accent}"/>`);
    parts.push(textPath(bold, label, endX, labelY + 31, 24, '#FFFFFF', 'middle'));
    // Causes stacked along the bone, each with a short rib joining it.
    const flat = cat.lines;
    const total = flat.reduce((n, l) => n + l.length, 0) + Math.max(0, flat.length - 1) * 0.4;
    const span = Math.abs(mid - endY) - 30;
    let offset = (span - total * LINE) / 2 + LINE * 0.8;
    if (flat.length === 0) parts.push(textPath(regular, 'No cause noted', endX + (joinX - endX) * 0.5 - 14, top ? mid - span / 2 : mid + span / 2, 21, '#6E6E6E', 'end'));
    for (const lines of flat) {
      const dy = offset + ((lines.length - 1) * LINE) / 2;
      const y = top ? endY + 30 + dy : endY - 30 - dy;
      const t = Math.abs(y - endY) / Math.abs(mid - endY);
      const boneX = endX + (joinX - endX) * t;
      parts.push(`<line x1="${boneX - 26}" y1="${y - 6}" x2="${boneX}" y2="${y - 6}" stroke="#7F7F7F" stroke-width="2"/>`);
      lines.forEach((l, k) => parts.push(textPath(regular, l, boneX - 32, y - ((lines.length - 1) * LINE) / 2 + k * LINE, SIZE, '#1A1A1A', 'end')));
      offset += lines.length * LINE + LINE * 0.4;
    }
  });
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${esc('')}${parts.join('')}</svg>`, width: W, height: H };
}

export function fishbonePng(input: FishboneInput): { png: Buffer; width: number; height: number } {
  const { svg, width: w, height: h } = fishboneSvg(input);
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  return { png: Buffer.from(png), width: w, height: h };
}
