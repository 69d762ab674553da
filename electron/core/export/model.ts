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
}

export type Block =
  | { type: 'heading'; text: string; level: 1 | 2 }
  | { type: 'paragraph'; runs: Run[]; note?: boolean }
  | { type: 'list'; items: Run[][]; ordered?: boolean }
  | { type: 'table'; columns: Column[]; rows: Cell[][]; /** XLSX sheet name; defaults to the heading above. */ sheet?: string }
  /** A picture drawn by the core (the fishbone diagram); `width` x `height` are its pixels. XLSX leaves pictures out. */
  | { type: 'image'; png: Buffer; width: number; height: number; alt: string }
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

export const cellText = (cell: Cell) => cellLines(cell).map((l) => l.map((r) => r.text).join('')).join('\n');

/**
 * Column widths that never break a date, a number or a word of up to 16 letters: each column first
 * gets what its longest unbreakable piece needs, the rest of the width is shared by weight. `unit`
 * is the width of one character at body size, in whatever unit `total` is given.
 */
export function columnWidths(columns: Column[], rows: Cell[][], total: number, unit: number, padding: number): number[] {
  const mins = columns.map((c, i) => {
    const texts = [c.header, ...rows.map((r) => cellText(r[i] ?? ''))];
    const longestWord = Math.max(1, ...texts.flatMap((t) => t.split(/[\s/]+/)).map((w) => Math.min(w.length, 16)));
    const need = Math.max(longestWord, c.kind === 'date' ? 10 : c.kind === 'number' ? 3 : 0);
    return need * unit + padding;
  });
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum >= total) return mins.map((m) => (m * total) / minSum);
  const spare = total - minSum;
  const weights = columns.map((c) => (c.kind === 'date' || c.kind === 'number' || c.kind === 'mark' ? 0 : c.weight));
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  return mins.map((m, i) => m + (spare * weights[i]) / weightSum);
}
