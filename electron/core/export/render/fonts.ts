import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The font PDFs are drawn in: Liberation Sans (SIL Open Font License, resources/fonts/ with its
 * licence), embedded and subset by pdfkit. It has Helvetica's metrics, so layouts do not move, and
 * unlike pdfkit's built-in Helvetica it prints Polish, German, Greek, Cyrillic, arrows and the
 * mathematical signs instead of '?' (issue 8). CJK is not covered.
 *
 * Found without the core importing Electron: ISMS_FONTS_DIR, then the packaged app's resources
 * folder (electron-builder copies resources/fonts there), then resources/fonts in the checkout above
 * this module (source under tsx or vitest, the electron-vite bundle in out/).
 */
export const FONT_FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
} as const;
export type FontStyle = keyof typeof FONT_FILES;

function moduleDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

function candidates(): string[] {
  const list: string[] = [];
  if (process.env.ISMS_FONTS_DIR) list.push(process.env.ISMS_FONTS_DIR);
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) list.push(join(resources, 'fonts'));
  for (let dir = moduleDir(), i = 0; i < 8; i++, dir = dirname(dir)) list.push(join(dir, 'resources', 'fonts'));
  return list;
}

let cached: Record<FontStyle, Buffer> | null | undefined;

/** The four styles' bytes, read once per process; null when the files cannot be found. */
export function pdfFonts(): Record<FontStyle, Buffer> | null {
  if (cached !== undefined) return cached;
  const dir = candidates().find((d) => existsSync(join(d, FONT_FILES.regular)) && existsSync(join(d, FONT_FILES.bold)));
  cached = dir ? (Object.fromEntries(Object.entries(FONT_FILES).map(([style, file]) => [style, readFileSync(join(dir, existsSync(join(dir, file)) ? file : FONT_FILES.regular))])) as Record<FontStyle, Buffer>) : null;
  return cached;
}
