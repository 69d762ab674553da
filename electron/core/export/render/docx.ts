import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ExternalHyperlink,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { cellLines, cellText, columnWidths, shownCell, xmlSafe, type Block, type Cell, type Column, type DocModel, type DocumentControl, type Run } from '../model';
import { controlRows, coverRows, HISTORY_COLUMNS, runningTitle } from './controlRows';
import { fitInto, imageSize } from './image';

const FONT = 'Calibri';
const BODY = 20; // half-points: 10 pt
const SMALL = 18;
const GREY = '595959';
/** One character of 9 pt Calibri, and a cell's left and right margins, in twips. */
const CHAR = 96;
const CELL_PADDING = 230;

const PAPER = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1134; // 2 cm

function pageOf(c: DocumentControl, landscape: boolean): { props: ISectionOptions['properties']; textWidth: number } {
  const paper = PAPER[c.branding.paperSize];
  const width = landscape ? paper.height : paper.width;
  return {
    // docx swaps width and height itself for landscape: give the portrait size.
    props: { page: { size: { ...paper, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 } } },
    textWidth: width - 2 * MARGIN,
  };
}

const runs = (line: Run[], size = BODY, color?: string): ParagraphChild[] =>
  line.map((r) => {
    const run = new TextRun({ text: xmlSafe(r.text), bold: r.bold, italics: r.italic, size, color: r.link ? '0563C1' : color, underline: r.link ? {} : undefined });
    return r.link ? new ExternalHyperlink({ link: r.link, children: [run] }) : run;
  });

function table(columns: Column[], rows: Cell[][], textWidth: number, accent: string): Table {
  const widths = columnWidths(columns, rows, textWidth, CHAR, CELL_PADDING).map(Math.floor);
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (value: Cell, i: number, header: boolean, shade: boolean) => {
    const fill = header ? accent : typeof value === 'object' && value?.fill ? value.fill : (columns[i].colours?.[cellText(value)] ?? (shade ? 'F2F2F2' : undefined));
    const center = columns[i].kind === 'mark' || columns[i].kind === 'number' || (typeof value === 'object' && value?.center);
    return new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      borders,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: cellLines(value).map(
        (line) =>
          new Paragraph({
            alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
            keepLines: true,
            children: header ? runs(line.map((r) => ({ ...r, bold: true })), SMALL, 'FFFFFF') : runs(line, SMALL),
          }),
      ),
    });
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, i, true, false)) }),
      ...rows.map((r, n) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(shownCell(r[i] ?? '', c), i, false, n % 2 === 1)) })),
    ],
  });
}

function blocks(list: Block[], textWidth: number, accent: string): Array<Paragraph | Table> {
  return list.flatMap((b): Array<Paragraph | Table> => {
    switch (b.type) {
      case 'heading':
        return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(xmlSafe(b.text))] })];
      case 'paragraph':
        return [new Paragraph({ spacing: { after: 120 }, children: runs(b.runs, b.note ? SMALL : BODY, b.note ? GREY : undefined) })];
      case 'list':
        return b.items.map((item) => new Paragraph({ numbering: { reference: b.ordered ? 'ordered' : 'bullets', level: 0 }, spacing: { after: 60 }, children: runs(item) }));
      case 'table':
        return [table(b.columns, b.rows, textWidth, accent), new Paragraph({ spacing: { after: 120 }, children: [] })];
      case 'image': {
        // textWidth is in twentieths of a point; docx sizes pictures in pixels at 96 per inch (15 twips each).
        const picture = new Paragraph({ alignment: b.caption ? AlignmentType.CENTER : undefined, spacing: { after: b.caption ? 60 : 160 }, keepLines: true, keepNext: !!b.caption, children: [new ImageRun({ type: 'png', data: b.png, transformation: fitInto(b, Math.min(b.width, textWidth / 15), Math.min(b.height, 560)), altText: { name: 'diagram', title: xmlSafe(b.alt), description: xmlSafe(b.alt) } })] });
        return b.caption ? [picture, new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: runs([{ text: b.caption, italic: true }], SMALL, GREY) })] : [picture];
      }
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}

function headerOf(c: DocumentControl, textWidth: number): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: c.branding.accentColour, space: 4 } },
        children: [
          ...(c.draft ? [new TextWatermark({ text: 'DRAFT', color: 'C00000', opacity: 0.25 })] : []),
          new TextRun({ text: xmlSafe(runningTitle(c)), size: 16, color: GREY }),
          new TextRun({ text: `\t${xmlSafe(c.classification.toUpperCase())}`, size: 16, bold: true, color: c.branding.accentColour }),
        ],
      }),
    ],
  });
}

function footerOf(c: DocumentControl, textWidth: number): Footer {
  const small = { size: 16, color: GREY };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text: xmlSafe([c.organisation, c.branding.footerText, c.classification].filter(Boolean).join(' · ')), ...small }),
          new TextRun({ text: '\tPage ', ...small }),
          new TextRun({ children: [PageNumber.CURRENT], ...small }),
          new TextRun({ text: ' of ', ...small }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
}

function keyValueTable(rows: Array<[string, string]>, textWidth: number): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const widths = [Math.round(textWidth * 0.3), Math.round(textWidth * 0.7)];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      ([k, v]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: widths[0], type: WidthType.DXA }, borders, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' }, children: [new Paragraph({ children: [new TextRun({ text: k, bold: true, size: SMALL })] })] }),
            new TableCell({ width: { size: widths[1], type: WidthType.DXA }, borders, children: xmlSafe(v).split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, size: SMALL })] })) }),
          ],
        }),
    ),
  });
}

function cover(c: DocumentControl, textWidth: number): Array<Paragraph | Table> {
  const logo = c.branding.logo;
  const size = logo ? imageSize(logo.data) : null;
  const out: Array<Paragraph | Table> = [];
  if (logo && size) {
    out.push(new Paragraph({ spacing: { after: 600 }, children: [new ImageRun({ type: logo.mime === 'image/png' ? 'png' : 'jpg', data: logo.data, transformation: fitInto(size, 220, 80) })] }));
  }
  out.push(
    new Paragraph({ spacing: { before: logo ? 1200 : 2400, after: 200 }, children: [new TextRun({ text: xmlSafe(c.organisation), size: 32, color: c.branding.accentColour })] }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: xmlSafe(c.title), size: 52, bold: true })] }),
    new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: xmlSafe(c.subtitle), size: 24, italics: true, color: GREY })] }),
    keyValueTable(coverRows(c), Math.round(textWidth * 0.7)),
  );
  if (c.draft) out.push(new Paragraph({ spacing: { before: 400 }, children: [new TextRun({ text: 'DRAFT: not approved. Do not rely on this copy.', bold: true, color: 'C00000' })] }));
  return out;
}

function controlBlock(c: DocumentControl, textWidth: number, accent: string): Array<Paragraph | Table> {
  const history = c.history.length
    ? [table(HISTORY_COLUMNS.map((h, i) => ({ header: h, weight: i === 3 ? 4 : 1, kind: i === 1 ? ('date' as const) : ('text' as const) })), c.history.map((e) => [e.version, e.date, e.by, e.note]), textWidth, accent)]
    : [new Paragraph({ children: [new TextRun({ text: 'No version has been approved yet.', size: SMALL })] })];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Document control')] }),
    keyValueTable(controlRows(c), textWidth),
    ...(c.notice
      ? [new Paragraph({ spacing: { before: 200, after: 200 }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC' }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'BF8F00', space: 6 } }, children: [new TextRun({ text: xmlSafe(c.notice), size: SMALL })] })]
      : []),
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun('Change history')] }),
    ...history,
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: 'Printed copies are uncontrolled. The version in force is the one held in the ISMS workspace.', italics: true, size: 16, color: GREY })] }),
  ];
}

/** A document model as DOCX: cover, document control and change history, then the content. */
export async function renderDocx(model: DocModel): Promise<Buffer> {
  const c = model.control;
  const accent = c.branding.accentColour;
  const section = (landscape: boolean, children: (w: number) => Array<Paragraph | Table>): ISectionOptions => {
    const page = pageOf(c, landscape);
    return { properties: page.props, headers: { default: headerOf(c, page.textWidth) }, footers: { default: footerOf(c, page.textWidth) }, children: children(page.textWidth) };
  };
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: xmlSafe(`${c.docId} ${c.title} - ${c.organisation}`),
    subject: xmlSafe(c.subtitle),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, language: { value: c.branding.language } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: accent }, paragraph: { spacing: { before: 280, after: 140 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: accent }, paragraph: { spacing: { before: 220, after: 100 } } },
      },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 260 } } } }] },
        { reference: 'ordered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 300 } } } }] },
      ],
    },
    sections: [
      section(false, (w) => [...cover(c, w), ...controlBlock(c, w, accent)]),
      ...model.sections.map((s) => section(!!s.landscape, (w) => blocks(s.blocks, w, accent))),
    ],
  });
  return Packer.toBuffer(doc);
}
