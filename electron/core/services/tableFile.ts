import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';

/**
 * Reads a table from an imported file (CSV or XLSX) into rows of trimmed strings. The file is
 * untrusted: anything that is not a well-formed CSV or an XLSX workbook is refused with
 * UNSUPPORTED_FILE and a message that says why, never half-read.
 */
export interface TableRows {
  rows: string[][];
  /** The line (CSV) or sheet row (XLSX) of each row, 1-based, for error messages. */
  lines: number[];
}

const unsupported = (message: string) => new AppError('UNSUPPORTED_FILE', message);

/** RFC 4180 CSV with the delimiter guessed from the first line (comma, semicolon or tab). */
export function parseCsv(text: string): TableRows {
  if (text.includes('\u0000')) throw unsupported('This is not a text file. Save the sheet as CSV (UTF-8) or XLSX.');
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const delimiter = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteStart = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
      quoteStart = line;
    } else if (c === delimiter) {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field.trim());
      rows.push(row);
      lines.push(rowLine);
      row = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw unsupported(`Line ${quoteStart}: a quoted value is never closed.`);
  if (field !== '' || row.length) {
    row.push(field.trim());
    rows.push(row);
    lines.push(rowLine);
  }
  return dropBlank({ rows, lines });
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return v.result === undefined ? '' : cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return String(v);
};

/** The first worksheet of an XLSX workbook. */
export async function parseXlsx(bytes: Buffer): Promise<TableRows> {
  // Loaded on first use: exceljs is slow to load and the CLI starts without it (issue 7, item 5).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unsupported('This file could not be read as an Excel workbook (XLSX). Save it again as XLSX or CSV.');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw unsupported('The workbook has no worksheet.');
  const rows: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, number) => {
    const values: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) values.push(cellText(r.getCell(c).value).trim());
    rows.push(values);
    lines.push(number);
  });
  return dropBlank({ rows, lines });
}

function dropBlank(t: TableRows): TableRows {
  const keep = t.rows.map((r) => r.some((v) => v !== ''));
  return { rows: t.rows.filter((_, i) => keep[i]), lines: t.lines.filter((_, i) => keep[i]) };
}

/** CSV or XLSX, by content (an XLSX is a ZIP file) and not only by the name it was given. */
export async function readTableFile(fileName: string, bytes: Buffer): Promise<TableRows> {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ext = fileName.toLowerCase().split('.').pop();
  if (zip) return parseXlsx(bytes);
  if (ext === 'xlsx') throw unsupported('This file is named .xlsx but is not an Excel workbook.');
  if (ext === 'xls') throw unsupported('Old Excel files (.xls) are not supported. Save the sheet as XLSX or CSV.');
  if (ext !== 'csv' && ext !== 'txt' && ext !== 'tsv') throw unsupported('Choose a CSV or XLSX file.');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return parseCsv(text);
}
