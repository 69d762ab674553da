/** The few parts of fontkit (a dependency of pdfkit, pinned in package.json) the diagrams use; it ships no types. */
declare module 'fontkit' {
  export interface Path {
    translate(x: number, y: number): Path;
    toSVG(): string;
  }
  export interface Glyph {
    path: Path;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }>;
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    layout(text: string): GlyphRun;
  }
  export function openSync(path: string): Font;
}
