import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline, ListItem, RichDoc, TableNode } from '../../../../shared/richtext';
import { xmlSafe } from './common';

/** The structured policy text (shared/richtext.ts) as Word paragraphs and tables; never via HTML. */
export const ORDERED_LIST = 'policy-ordered-list';

export const richTextNumbering: INumberingOptions = {
  config: [
    {
      reference: ORDERED_LIST,
      levels: Array.from({ length: 9 }, (_v, level) => ({
        level,
        format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(content: Inline[] | undefined): ParagraphChild[] {
  return (content ?? []).map((n) => {
    if (n.type === 'hardBreak') return new TextRun({ text: '', break: 1 });
    const bold = n.marks?.some((m) => m.type === 'bold');
    const italics = n.marks?.some((m) => m.type === 'italic');
    const link = n.marks?.find((m) => m.type === 'link');
    const text = xmlSafe(n.text);
    if (link && link.type === 'link') {
      return new ExternalHyperlink({ link: link.attrs.href, children: [new TextRun({ text, bold, italics, style: 'Hyperlink' })] });
    }
    return new TextRun({ text, bold, italics });
  });
}

interface ListContext {
  level: number;
  /** A new instance per ordered list, so each list counts from its own start. */
  nextInstance: { n: number };
}

function listItems(items: ListItem[], ordered: boolean, ctx: ListContext): Paragraph[] {
  const instance = ordered ? ctx.nextInstance.n++ : 0;
  return items.flatMap((item) =>
    item.content.flatMap((block, i) => {
      if (block.type === 'bulletList' || block.type === 'orderedList') return listItems(block.content, block.type === 'orderedList', { ...ctx, level: ctx.level + 1 });
      if (block.type === 'table') return [];
      const content = block.content;
      const marker = i > 0 ? { indent: { left: 720 * (ctx.level + 1) } } : ordered ? { numbering: { reference: ORDERED_LIST, level: ctx.level, instance } } : { bullet: { level: ctx.level } };
      return [new Paragraph({ ...marker, spacing: { after: 60 }, children: runs(content) })];
    }),
  );
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };

function table(node: TableNode, ctx: ListContext): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.content.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 && row.content.every((c) => c.type === 'tableHeader'),
          cantSplit: true,
          children: row.content.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.attrs?.colspan,
                rowSpan: cell.attrs?.rowspan,
                borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
                shading: cell.type === 'tableHeader' ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } : undefined,
                children: cellParagraphs(cell.content, ctx),
              }),
          ),
        }),
    ),
  });
}

/** Word needs a paragraph in every cell and no table in ours (the schema allows it; Word does too, we keep it simple). */
function cellParagraphs(blocks: Block[], ctx: ListContext): Paragraph[] {
  const out = blocks.flatMap((b) => blockToDocx(b, ctx)).filter((x): x is Paragraph => x instanceof Paragraph);
  return out.length ? out : [new Paragraph({})];
}

function blockToDocx(block: Block, ctx: ListContext): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: runs(block.content) })];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.attrs.level], spacing: { before: 240, after: 120 }, children: runs(block.content) })];
    case 'bulletList':
    case 'orderedList':
      return listItems(block.content, block.type === 'orderedList', ctx);
    case 'table':
      return [table(block, ctx), new Paragraph({ spacing: { after: 120 }, children: [] })];
  }
}

export function richDocToDocx(doc: RichDoc): (Paragraph | Table)[] {
  const ctx: ListContext = { level: 0, nextInstance: { n: 1 } };
  return doc.content.flatMap((b) => blockToDocx(b, ctx));
}
