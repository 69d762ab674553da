import ExcelJS from 'exceljs';
import { cellLines, cellText, columnWidths, xmlSafe, type Block, type Cell, type Column, type DocModel, type DocumentControl } from '../model';
import { controlRows, HISTORY_COLUMNS, runningTitle } from './controlRows';
import { fitInto, imageSize } from './image';

const FONT = 'Calibri';
const SIZE = 10;
const LINE_HEIGHT = 13.5; // points per line of 10 pt text
const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
const BORDER = { top: thin, bottom: thin, left: thin, right: thin };
/** Columns wider than this in total print landscape; A4 landscape holds about 150 characters at 10 pt. */
const PORTRAIT_CHARS = 100;
const LANDSCAPE_CHARS = 150;

/** Header and footer codes treat '&' as a command: double it in data. */
const hf = (text: string) => xmlSafe(text).replace(/&/g, '&&');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function pageSetup(sheet: ExcelJS.Worksheet, c: DocumentControl, landscape: boolean, titleRow?: number) {
  sheet.pageSetup = {
    // 1 is Letter in OOXML; exceljs's enum lists only the others.
    paperSize: (c.branding.paperSize === 'Letter' ? 1 : 9) as ExcelJS.PaperSize,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(titleRow ? { printTitlesRow: `${titleRow}:${titleRow}` } : {}),
  };
  const draft = c.draft ? '&C&"Calibri,Bold"&KC00000DRAFT' : '';
  sheet.headerFooter = {
    oddHeader: `&L&8${hf(runningTitle(c))}${draft}&R&8&"Calibri,Bold"${hf(c.classification.toUpperCase())}`,
    oddFooter: `&L&8${hf([c.organisation, c.branding.footerText].filter(Boolean).join(' · '))}&C&8${hf(c.classification)}&R&8Page &P of &N`,
  };
}

/** Rows tall enough for their wrapped text, as not every office suite grows them on open. */
function fitHeight(row: ExcelJS.Row, widths: number[]) {
  let lines = 1;
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    const width = Math.max(4, (widths[col - 1] ?? 10) - 1.5);
    const text = cell.value instanceof Date ? 'yyyy-mm-dd' : String((cell.value as { richText?: { text: string }[] })?.richText?.map((r) => r.text).join('') ?? cell.value ?? '');
    const n = text.split('\n').reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / width)), 0);
    lines = Math.max(lines, n);
  });
  row.height = Math.max(16, lines * LINE_HEIGHT + 4);
}

function cellValue(cell: Cell, column: Column): ExcelJS.CellValue {
  if (typeof cell === 'number') return cell;
  if (column.kind === 'date' && typeof cell === 'string' && DATE.test(cell)) return new Date(`${cell}T00:00:00Z`);
  const lines = cellLines(cell);
  if (lines.some((l) => l.some((r) => r.bold || r.italic))) {
    return { richText: lines.flatMap((l, i) => [...(i ? [{ text: '\n' }] : []), ...l.map((r) => ({ text: xmlSafe(r.text), font: { name: FONT, size: SIZE, bold: r.bold, italic: r.italic } }))]) };
  }
  const text = xmlSafe(cellText(cell));
  return text === '' ? null : text; // an empty cell, not an empty string
}

/**
 * Cells of a column coloured by their value as rules Excel and LibreOffice evaluate themselves, so a
 * value typed over in the workbook recolours. Expression rules: both programs read them alike.
 */
function colourRules(sheet: ExcelJS.Worksheet, column: string, lastRow: number, colours: Record<string, string>) {
  sheet.addConditionalFormatting({
    ref: `${column}2:${column}${lastRow}`,
    rules: Object.entries(colours).map(([value, fill], i) => ({
      type: 'expression' as const,
      formulae: [`${column}2="${value.replace(/"/g, '""')}"`],
      priority: i + 1,
      style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: `FF${fill}` } }, font: { bold: true } },
    })),
  });
}

function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim() || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

function tableSheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][], c: DocumentControl) {
  const natural = columns.map((col, i) => Math.min(50, Math.max(col.header.length, ...rows.map((r) => Math.max(...cellText(r[i] ?? '').split('\n').map((l) => l.length)))) + 2));
  const naturalSum = natural.reduce((a, b) => a + b, 0);
  const landscape = naturalSum > PORTRAIT_CHARS;
  const widths = columnWidths(columns, rows, Math.min(naturalSum, landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS), 1.1, 2);
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((col, i) => ({ width: Math.round(widths[i] * 10) / 10 }));
  const head = sheet.addRow(columns.map((col) => col.header));
  head.eachCell((cell) => {
    cell.font = { name: FONT, size: SIZE, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.branding.accentColour}` } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  fitHeight(head, widths);
  for (const r of rows) {
    const row = sheet.addRow(columns.map((col, i) => cellValue(r[i] ?? '', col)));
    columns.forEach((col, i) => {
      const cell = row.getCell(i + 1);
      const raw = r[i];
      cell.font = { name: FONT, size: SIZE };
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: col.kind === 'number' || col.kind === 'mark' ? 'center' : 'left' };
      if (col.kind === 'number') cell.numFmt = col.amount ? (Number.isInteger(raw) ? '#,##0' : '#,##0.00') : '0';
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      if (raw && typeof raw === 'object' && raw.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${raw.fill}` } };
    });
    fitHeight(row, widths);
  }
  columns.forEach((col, i) => col.colours && rows.length && colourRules(sheet, sheet.getColumn(i + 1).letter, rows.length + 1, col.colours));
  if (rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  pageSetup(sheet, c, landscape, 1);
}

function controlSheet(book: ExcelJS.Workbook, model: DocModel, notes: Block[]) {
  const c = model.control;
  const sheet = book.addWorksheet('Document control');
  const widths = [24, 70];
  sheet.columns = widths.map((width) => ({ width }));
  const title = sheet.addRow([xmlSafe(c.title)]);
  title.font = { name: FONT, size: 16, bold: true, color: { argb: `FF${c.branding.accentColour}` } };
  title.height = 24;
  sheet.addRow([xmlSafe(`${c.organisation}. ${c.subtitle}`)]).font = { name: FONT, size: SIZE, italic: true };
  if (c.draft) sheet.addRow(['DRAFT: not approved. Do not rely on this copy.']).font = { name: FONT, size: SIZE, bold: true, color: { argb: 'FFC00000' } };
  sheet.addRow([]);
  for (const [k, v] of controlRows(c)) {
    const row = sheet.addRow([k, xmlSafe(v)]);
    row.getCell(1).font = { name: FONT, size: SIZE, bold: true };
    row.getCell(2).font = { name: FONT, size: SIZE };
    row.eachCell((cell) => ((cell.border = BORDER), (cell.alignment = { vertical: 'top', wrapText: true })));
    fitHeight(row, widths);
  }
  if (c.notice) {
    sheet.addRow([]);
    const row = sheet.addRow(['Note', xmlSafe(c.notice)]);
    row.eachCell((cell) => ((cell.font = { name: FONT, size: SIZE, bold: true }), (cell.alignment = { vertical: 'top', wrapText: true }), (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } })));
    fitHeight(row, widths);
  }
  sheet.addRow([]);
  sheet.addRow(['Change history']).font = { name: FONT, size: 12, bold: true };
  if (!c.history.length) sheet.addRow(['No version has been approved yet.']).font = { name: FONT, size: SIZE };
  for (const e of c.history) {
    const row = sheet.addRow([`${e.version}, ${e.date}`, xmlSafe(`${e.by}${e.note ? `: ${e.note}` : ''}`)]);
    row.eachCell((cell) => ((cell.font = { name: FONT, size: SIZE }), (cell.border = BORDER), (cell.alignment = { vertical: 'top', wrapText: true })));
    fitHeight(row, widths);
  }
  // Text around the tables (introductions, legends) keeps its place here, under the control block;
  // the tables themselves (and pictures) are skipped: they have sheets of their own.
  notes.forEach((b, n) => {
    // A heading whose table has a sheet of its own stays with that sheet.
    if (b.type === 'heading' && notes[n + 1]?.type === 'table') return;
    if (b.type === 'heading') {
      sheet.addRow([]);
      sheet.addRow([xmlSafe(b.text)]).font = { name: FONT, size: 12, bold: true };
    } else if (b.type === 'paragraph' || b.type === 'list') {
      const texts = b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.items.map((i) => `• ${i.map((r) => r.text).join('')}`);
      for (const t of texts) {
        const row = sheet.addRow([xmlSafe(t)]);
        sheet.mergeCells(row.number, 1, row.number, 2);
        row.getCell(1).alignment = { vertical: 'top', wrapText: true };
        row.getCell(1).font = { name: FONT, size: SIZE };
        row.height = Math.max(16, Math.ceil((t.length * 1.1) / 90) * LINE_HEIGHT + 4);
      }
    }
  });
  const logo = c.branding.logo;
  const size = logo ? imageSize(logo.data) : null;
  if (logo && size) {
    const id = book.addImage({ buffer: logo.data as unknown as ExcelJS.Buffer, extension: logo.mime === 'image/png' ? 'png' : 'jpeg' });
    sheet.addImage(id, { tl: { col: 2.2, row: 0 }, ext: fitInto(size, 160, 60) });
  }
  pageSetup(sheet, c, false);
}

/** A document model as XLSX: a document control sheet, then one sheet per table. */
export async function renderXlsx(model: DocModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ISMS Workbench';
  book.title = xmlSafe(`${model.control.docId} ${model.control.title} - ${model.control.organisation}`);
  book.subject = xmlSafe(model.control.subtitle);
  book.created = new Date(`${model.control.generatedOn}T00:00:00Z`);
  const blocks = model.sections.flatMap((s) => s.blocks);
  controlSheet(book, model, blocks);
  const used = new Set(['document control']);
  let lastHeading = 'Register';
  for (const b of blocks) {
    if (b.type === 'heading') lastHeading = b.text;
    if (b.type === 'table') tableSheet(book, sheetName(b.sheet ?? lastHeading, used), b.columns, b.rows, model.control);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
