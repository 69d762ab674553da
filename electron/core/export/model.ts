import type { Branding } from '../services/documentSettings';

/**
 * One description of a document, drawn three ways (render/docx.ts, render/xlsx.ts, render/pdf.ts),
 * so the Word, Excel and PDF copies carry the same content, control block and branding (issue #8).
 * Builders in export/documents/ turn a document's content into these blocks; the cover, the running
 * header and footer, the document control block and the change history come from `control`.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** http(s) or mailto address; checked when the policy text was saved (shared/richtext.ts). */
  link?: string;
}

/** A table cell: plain text, a number, or lines of runs (a bold title over a plain description). */
export type Cell = string | number | null | { lines: Run[][]; fill?: string; center?: boolean };

export interface Column {
  header: string;
  /** Share of the spare width. */
  weight: number;
  /** Dates and numbers are never broken; numbers go in their own right-aligned, formatted column. */
  kind?: 'text' | 'date' | 'number' | 'code' | 'mark';
  /** A number column of amounts (costs): shown with thousands separators (12,500), in XLSX too. */
  amount?: boolean;
  /**
   * Cells whose text is one of these keys are filled with its colour (hex, no #): drawn as fills in
   * DOCX and PDF, and as conditional formatting in XLSX so a value typed over in the workbook recolours.
   */
  colours?: Record<string, string>;
}

export type Block =
  | { type: 'heading'; text: string; level: 1 | 2 }
  | { type: 'paragraph'; runs: Run[]; note?: boolean }
  | { type: 'list'; items: Run[][]; ordered?: boolean }
  | { type: 'table'; columns: Column[]; rows: Cell[][]; /** XLSX sheet name; defaults to the heading above. */ sheet?: string }
  /**
   * A picture drawn by the core (the fishbone diagram, the heat maps); `width` x `height` are the size
   * in pixels (96 per inch) it should print at, reduced to fit the page. XLSX leaves pictures out.
   */
  | { type: 'image'; png: Buffer; width: number; height: number; alt: string; /** Printed under the picture. */ caption?: string }
  | { type: 'pageBreak' };

export interface Section {
  landscape?: boolean;
  blocks: Block[];
}

export interface HistoryEntry {
  version: string;
  date: string;
  by: string;
  note: string;
}

/** What every document prints on its cover, in its header and footer and in its control block. */
export interface DocumentControl {
  docId: string;
  title: string;
  subtitle: string;
  organisation: string;
  version: string;
  /** "Approved", "Draft", "Published", "Record". */
  status: string;
  /** Drafts are watermarked DRAFT on every page. */
  draft: boolean;
  classification: string;
  owner: string;
  approver: string;
  approvedOn: string;
  nextReview: string;
  preparedBy: string;
  generatedOn: string;
  /** Rows added to the control block (content fingerprint, distribution...). */
  extra: Array<[string, string]>;
  history: HistoryEntry[];
  /** Shown in a box under the control block, e.g. that live data changed since approval. */
  notice: string | null;
  branding: Branding;
}

export interface DocModel {
  control: DocumentControl;
  sections: Section[];
}

/** Removes what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF), so Word opens the file. */
export function xmlSafe(text: string): string {
  return text.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

export const dash = (v: string | null | undefined) => (v && v.trim() ? v : '—');

export const heading = (text: string, level: 1 | 2 = 1): Block => ({ type: 'heading', text, level });
export const para = (text: string, note = false): Block => ({ type: 'paragraph', runs: [{ text }], note });

/** A cell with a bold first line (a title) and plain lines under it. */
export const titled = (title: string, rest = ''): Cell => ({ lines: [[{ text: title, bold: true }], ...rest.split(/\r?\n/).filter(Boolean).map((t) => [{ text: t }])] });

/** The lines of runs a cell holds, whatever form it was given in. */
export function cellLines(cell: Cell): Run[][] {
  if (cell === null || cell === '') return [[{ text: '' }]];
  if (typeof cell === 'number') return [[{ text: String(cell) }]];
  if (typeof cell === 'string') return cell.split(/\r?\n/).map((text) => [{ text }]);
  return cell.lines;
}

/** A cell as shown in DOCX and PDF: amounts get their thousands separators, all else is as given. */
export const shownCell = (cell: Cell, column: Column): Cell => (column.amount && typeof cell === 'number' ? cell.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : cell);

export const cellText = (cell: Cell) => cellLines(cell).map((l) => l.map((r) => r.text).join('')).join('\n');

/** A word's width in `unit`s (the width of a digit): capitals are wider, as in the ids. */
function wordWidth(word: string): number {
  let w = 0;
  for (const ch of word) w += /[A-Z#%&@mw]/.test(ch) ? 1.3 : 1.05;
  return w;
}

/** A word that must never be broken: an id (RSK-001, A.5.1, ISMS-6.1.2), a date or a number. */
const ID_LIKE = /^[A-Z]{1,6}[-.]?[0-9][0-9A-Z.-]*[,;:)]?$|^[0-9][0-9.,:/-]*$/;

/**
 * Column widths that never break a date, a number, an id or a word of up to 16 letters: each column
 * first gets what its longest unbreakable piece needs, the rest of the width is shared by weight.
 * When a table has more columns than the page can hold at those widths, the text columns give way
 * first (their words can wrap), so ids, dates and numbers stay on one line. `unit` is the width of
 * one character at body size, in whatever unit `total` is given.
 */
export function columnWidths(columns: Column[], rows: Cell[][], total: number, unit: number, padding: number): number[] {
  const fixed = (c: Column) => c.kind === 'code' || c.kind === 'date' || c.kind === 'number' || c.kind === 'mark';
  const idNeeds: number[] = [];
  const mins = columns.map((c, i) => {
    let widest = 1;
    let widestId = 0;
    for (const text of [c.header, ...rows.map((r) => cellText(shownCell(r[i] ?? '', c)))]) {
      for (const w of text.split(/[\s/]+/)) {
        // Ids (CMP-002) are mostly capitals, wider than the average letter `unit` is measured on.
        widest = Math.max(widest, c.kind === 'code' ? Math.min(w.length, 20) * 1.3 : Math.min(wordWidth(w), 16));
        if (w.length > 2 && w.length <= 20 && ID_LIKE.test(w)) widestId = Math.max(widestId, wordWidth(w));
      }
    }
    idNeeds.push(widestId * unit + padding);
    return Math.max(widest, widestId, c.kind === 'date' ? 10 : c.kind === 'number' ? 3 : 0) * unit + padding;
  });
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum > total) {
    // Too wide: ids, dates and numbers (also the ids inside text columns) stay whole; the text
    // columns give up what they need beyond that (down to 6 characters), in proportion.
    const floors = columns.map((c, i) => (fixed(c) ? mins[i] : Math.min(mins[i], Math.max(6 * unit + padding, idNeeds[i]))));
    const floorSum = floors.reduce((a, b) => a + b, 0);
    if (floorSum >= total) return floors.map((m) => (m * total) / floorSum);
    const give = mins.map((m, i) => m - floors[i]);
    const giveSum = give.reduce((a, b) => a + b, 0);
    return mins.map((m, i) => m - ((minSum - total) * give[i]) / giveSum);
  }
  const spare = total - minSum;
  const weights = columns.map((c) => (c.kind === 'date' || c.kind === 'number' || c.kind === 'mark' ? 0 : c.weight));
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  return mins.map((m, i) => m + (spare * weights[i]) / weightSum);
}
