import { fitInto } from './image';
import PDFDocument from 'pdfkit';
import { cellLines, cellText, columnWidths, shownCell, type Block, type Cell, type Column, type DocModel, type DocumentControl, type Run } from '../model';
import { controlRows, coverRows, HISTORY_COLUMNS, runningTitle } from './controlRows';
import { pdfFonts, type FontStyle } from './fonts';

/**
 * A document model as PDF, drawn in the main process with pdfkit (pure JavaScript: the same in
 * Electron, the CLI and the loopback host), in Liberation Sans embedded from resources/fonts
 * (render/fonts.ts), so text in any European language prints as typed.
 */
const MARGIN = 56; // about 2 cm
const BODY = 10;
const SMALL = 8.5;
const GREY = '#595959';
const PAD = 4;

type Doc = PDFKit.PDFDocument;

/** The names the drawing code uses; registered per document as the embedded font or, without it, Helvetica. */
const F = { regular: 'Body', bold: 'Body-Bold', italic: 'Body-Italic', boldItalic: 'Body-BoldItalic' } as const;
const HELVETICA: Record<FontStyle, string> = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique' };

function registerFonts(doc: Doc) {
  const fonts = pdfFonts();
  for (const style of Object.keys(F) as FontStyle[]) doc.registerFont(F[style], fonts ? fonts[style] : HELVETICA[style]);
}

/**
 * Text as the PDF can carry it: control characters removed. Only when the font files are missing
 * (a broken install) does it fall back to Helvetica's Windows-1252 and print '?' for the rest.
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function pdfSafe(text: string): string {
  const embedded = pdfFonts() !== null;
  return [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') return ch;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return '';
    if (embedded || code <= 0x7e || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) return ch;
    if (ch === '→') return '->';
    if (ch === '≥') return '>=';
    if (ch === '≤') return '<=';
    return '?';
  }).join('');
}

const fontOf = (r: Pick<Run, 'bold' | 'italic'>) => (r.bold && r.italic ? F.boldItalic : r.bold ? F.bold : r.italic ? F.italic : F.regular);

class Writer {
  constructor(
    readonly doc: Doc,
    readonly c: DocumentControl,
  ) {}
  landscape = false;
  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  newPage(landscape = this.landscape) {
    this.landscape = landscape;
    this.doc.addPage({ size: this.c.branding.paperSize === 'Letter' ? 'LETTER' : 'A4', layout: landscape ? 'landscape' : 'portrait', margins: { top: MARGIN + 10, bottom: MARGIN + 6, left: MARGIN, right: MARGIN } });
  }
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.newPage();
  }
  /** One line of mixed runs, wrapped to the width. */
  runs(line: Run[], size: number, width = this.width, x = this.left, color = '#000000') {
    const doc = this.doc.fillColor(color).fontSize(size);
    if (!line.length || line.every((r) => !r.text)) return void doc.moveDown(0.3);
    line.forEach((r, i) => {
      doc.font(fontOf(r)).fillColor(r.link ? '#0563C1' : color);
      doc.text(pdfSafe(r.text), i === 0 ? x : undefined, i === 0 ? doc.y : undefined, { width, continued: i < line.length - 1, link: r.link ?? null, underline: !!r.link });
    });
  }
  lineHeight(line: Run[], size: number, width: number) {
    const text = pdfSafe(line.map((r) => r.text).join('')) || ' ';
    return this.doc.font(fontOf(line.find((r) => r.bold) ?? {})).fontSize(size).heightOfString(text, { width });
  }
  heading(text: string, level: 1 | 2) {
    const size = level === 1 ? 15 : 12;
    this.ensure(size * 3 + 30);
    this.doc.moveDown(level === 1 ? 0.8 : 0.5).font(F.bold).fontSize(size).fillColor(`#${this.c.branding.accentColour}`).text(pdfSafe(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3).fillColor('#000000');
  }
  paragraph(runs: Run[], note = false) {
    this.ensure(this.lineHeight(runs, note ? SMALL : BODY, this.width));
    this.runs(runs, note ? SMALL : BODY, this.width, this.left, note ? GREY : '#000000');
    this.doc.moveDown(0.4);
  }
  list(items: Run[][], ordered = false) {
    items.forEach((item, i) => {
      const marker = ordered ? `${i + 1}.` : '•';
      this.ensure(this.lineHeight(item, BODY, this.width - 16));
      const y = this.doc.y;
      this.doc.font(F.regular).fontSize(BODY).fillColor('#000000').text(marker, this.left + 2, y, { width: 14 });
      this.doc.y = y;
      this.runs(item, BODY, this.width - 16, this.left + 16);
      this.doc.moveDown(0.2);
    });
    this.doc.moveDown(0.3);
  }
  table(columns: Column[], rows: Cell[][]) {
    const charWidth = this.doc.font(F.regular).fontSize(SMALL).widthOfString('0');
    const widths = columnWidths(columns, rows, this.width, charWidth * 1.05, PAD * 2 + 1);
    const fillOf = (cell: Cell, header: boolean, n: number, i: number) => {
      if (header) return `#${this.c.branding.accentColour}`;
      const fill = typeof cell === 'object' && cell?.fill ? cell.fill : columns[i].colours?.[cellText(cell)];
      return fill ? `#${fill}` : n % 2 ? '#F2F2F2' : null;
    };
    const heightOf = (cells: Cell[], header: boolean) =>
      Math.max(...cells.map((cell, i) => cellLines(cell).reduce((h, line) => h + this.lineHeight(header ? line.map((r) => ({ ...r, bold: true })) : line, SMALL, widths[i] - 2 * PAD), 0))) + 2 * PAD;
    const drawRow = (cells: Cell[], header: boolean, n: number) => {
      const h = heightOf(cells, header);
      const top = this.doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        const fill = fillOf(cell, header, n, i);
        if (fill) this.doc.rect(x, top, widths[i], h).fill(fill);
        this.doc.rect(x, top, widths[i], h).lineWidth(0.5).strokeColor('#A6A6A6').stroke();
        this.doc.y = top + PAD;
        const align = columns[i].kind === 'mark' || columns[i].kind === 'number' || (typeof cell === 'object' && cell?.center) ? 'center' : 'left';
        for (const line of cellLines(cell)) {
          const runs = header ? line.map((r) => ({ ...r, bold: true })) : line;
          if (align !== 'left') {
            this.doc.font(fontOf(runs[0] ?? {})).fontSize(SMALL).fillColor(header ? '#FFFFFF' : '#000000').text(pdfSafe(runs.map((r) => r.text).join('')), x + PAD, this.doc.y, { width: widths[i] - 2 * PAD, align });
          } else this.runs(runs, SMALL, widths[i] - 2 * PAD, x + PAD, header ? '#FFFFFF' : '#000000');
        }
        x += widths[i];
      });
      this.doc.y = top + h;
      this.doc.x = this.left;
    };
    const header = columns.map((c) => c.header);
    const headerHeight = heightOf(header, true);
    this.ensure(headerHeight + (rows[0] ? heightOf(rows[0], false) : 0));
    drawRow(header, true, 0);
    rows.forEach((row, n) => {
      const cells = columns.map((c, i) => shownCell(row[i] ?? '', c));
      if (this.doc.y + heightOf(cells, false) > this.bottom) {
        this.newPage();
        drawRow(header, true, 0); // the header row repeats on every page
      }
      drawRow(cells, false, n);
    });
    this.doc.moveDown(0.8);
  }
  image(png: Buffer, w: number, h: number, caption?: string) {
    // Pixels at 96 per inch are 0.75 pt; never drawn larger than that, smaller to fit the page.
    const size = fitInto({ width: w, height: h }, Math.min(this.width, w * 0.75), Math.min((this.bottom - MARGIN) * 0.6, h * 0.75));
    this.ensure(size.height + (caption ? 24 : 10));
    // Centred when captioned (the heat maps), at the left margin otherwise (the fishbone diagram).
    this.doc.image(png, caption ? this.left + (this.width - size.width) / 2 : this.left, this.doc.y, { width: size.width, height: size.height });
    this.doc.y += size.height + (caption ? 4 : 10);
    if (caption) {
      this.doc.font(fontOf({ italic: true })).fontSize(SMALL).fillColor(GREY).text(pdfSafe(caption), this.left, this.doc.y, { width: this.width, align: 'center' });
      this.doc.fillColor('#000000').moveDown(0.8);
    }
    this.doc.x = this.left;
  }
  keyValues(rows: Array<[string, string]>, width = this.width) {
    const widths = [width * 0.3, width * 0.7];
    for (const [k, v] of rows) {
      const h = Math.max(this.lineHeight([{ text: k, bold: true }], SMALL, widths[0] - 2 * PAD), this.lineHeight([{ text: v }], SMALL, widths[1] - 2 * PAD)) + 2 * PAD;
      this.ensure(h);
      const top = this.doc.y;
      this.doc.rect(this.left, top, widths[0], h).fill('#F2F2F2');
      this.doc.rect(this.left, top, widths[0], h).lineWidth(0.5).strokeColor('#A6A6A6').stroke();
      this.doc.rect(this.left + widths[0], top, widths[1], h).lineWidth(0.5).strokeColor('#A6A6A6').stroke();
      this.doc.font(F.bold).fontSize(SMALL).fillColor('#000000').text(pdfSafe(k), this.left + PAD, top + PAD, { width: widths[0] - 2 * PAD });
      this.doc.font(F.regular).text(pdfSafe(v), this.left + widths[0] + PAD, top + PAD, { width: widths[1] - 2 * PAD });
      this.doc.y = top + h;
    }
    this.doc.x = this.left;
    this.doc.moveDown(0.5);
  }
  block(b: Block) {
    if (b.type === 'heading') this.heading(b.text, b.level);
    else if (b.type === 'paragraph') this.paragraph(b.runs, b.note);
    else if (b.type === 'list') this.list(b.items, b.ordered);
    else if (b.type === 'table') this.table(b.columns, b.rows);
    else if (b.type === 'image') this.image(b.png, b.width, b.height, b.caption);
    else this.newPage();
  }
}

function cover(w: Writer) {
  const { doc, c } = w;
  let y = MARGIN + 40;
  if (c.branding.logo) {
    doc.image(c.branding.logo.data, w.left, y, { fit: [160, 60] });
    y += 90;
  }
  doc.y = y + 60;
  doc.font(F.regular).fontSize(16).fillColor(`#${c.branding.accentColour}`).text(pdfSafe(c.organisation), w.left, doc.y, { width: w.width });
  doc.moveDown(0.5).font(F.bold).fontSize(26).fillColor('#000000').text(pdfSafe(c.title), { width: w.width });
  doc.moveDown(0.3).font(F.italic).fontSize(12).fillColor(GREY).text(pdfSafe(c.subtitle), { width: w.width });
  doc.moveDown(2);
  w.keyValues(coverRows(c), w.width * 0.7);
  if (c.draft) doc.moveDown(1).font(F.bold).fontSize(BODY).fillColor('#C00000').text('DRAFT: not approved. Do not rely on this copy.', w.left, doc.y);
}

function controlBlock(w: Writer) {
  const { doc, c } = w;
  w.newPage(false);
  w.heading('Document control', 1);
  w.keyValues(controlRows(c));
  if (c.notice) {
    const h = w.lineHeight([{ text: c.notice }], SMALL, w.width - 20) + 12;
    w.ensure(h);
    const top = doc.y;
    doc.rect(w.left, top, w.width, h).fill('#FFF2CC');
    doc.rect(w.left, top, 3, h).fill('#BF8F00');
    doc.font(F.regular).fontSize(SMALL).fillColor('#000000').text(pdfSafe(c.notice), w.left + 12, top + 6, { width: w.width - 20 });
    doc.y = top + h;
    doc.moveDown(0.5);
  }
  w.heading('Change history', 2);
  if (c.history.length) {
    w.table(
      HISTORY_COLUMNS.map((h, i) => ({ header: h, weight: i === 3 ? 4 : 1, kind: i === 1 ? 'date' : 'text' })),
      c.history.map((e) => [e.version, e.date, e.by, e.note]),
    );
  } else w.paragraph([{ text: 'No version has been approved yet.' }], true);
  w.paragraph([{ text: 'Printed copies are uncontrolled. The version in force is the one held in the ISMS workspace.', italic: true }], true);
}

/** Running header and footer (with "Page X of Y") and the DRAFT watermark, drawn once every page exists. */
function decorate(doc: Doc, c: DocumentControl) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    const inner = width - 2 * MARGIN;
    doc.font(F.regular).fontSize(7.5).fillColor(GREY).text(pdfSafe(runningTitle(c)), MARGIN, MARGIN - 18, { width: inner * 0.75, lineBreak: false });
    doc.font(F.bold).fillColor(`#${c.branding.accentColour}`).text(pdfSafe(c.classification.toUpperCase()), MARGIN, MARGIN - 18, { width: inner, align: 'right', lineBreak: false });
    doc.moveTo(MARGIN, MARGIN - 6).lineTo(width - MARGIN, MARGIN - 6).lineWidth(0.5).strokeColor(`#${c.branding.accentColour}`).stroke();
    const foot = [c.organisation, c.branding.footerText, c.classification].filter(Boolean).join(' · ');
    doc.font(F.regular).fontSize(7.5).fillColor(GREY).text(pdfSafe(foot), MARGIN, height - MARGIN + 12, { width: inner * 0.75, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN, height - MARGIN + 12, { width: inner, align: 'right', lineBreak: false });
    if (c.draft) {
      doc.save().rotate(-40, { origin: [width / 2, height / 2] }).font(F.bold).fontSize(120).fillColor('#C00000').fillOpacity(0.12);
      doc.text('DRAFT', 0, height / 2 - 60, { width, align: 'center', lineBreak: false });
      doc.restore();
    }
    doc.page.margins.bottom = bottom;
  }
}

export function renderPdf(model: DocModel): Promise<Buffer> {
  const c = model.control;
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    lang: c.branding.language,
    displayTitle: true,
    info: { Title: pdfSafe(`${c.docId} ${c.title}`), Subject: pdfSafe(c.subtitle), Author: pdfSafe(c.organisation), Creator: 'ISMS Workbench', Producer: 'ISMS Workbench (pdfkit)', CreationDate: new Date(`${c.generatedOn}T00:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const w = new Writer(doc, c);
  w.newPage(false);
  cover(w);
  controlBlock(w);
  for (const s of model.sections) {
    w.newPage(!!s.landscape);
    for (const b of s.blocks) w.block(b);
  }
  decorate(doc, c);
  doc.end();
  return done;
}
