import type { Block as RichBlock, Inline, ListItem, RichDoc } from '../../../../shared/richtext';
import type { Block, Cell, Run } from '../model';

/** Policy text (shared/richtext.ts) as document blocks, so the DOCX, XLSX and PDF print the same words. */
function runsOf(content: Inline[] | undefined): Run[][] {
  const lines: Run[][] = [[]];
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') lines.push([]);
    else {
      const bold = node.marks?.some((m) => m.type === 'bold');
      const italic = node.marks?.some((m) => m.type === 'italic');
      const link = node.marks?.find((m) => m.type === 'link');
      lines[lines.length - 1].push({ text: node.text, bold, italic, link: link?.type === 'link' ? link.attrs.href : undefined });
    }
  }
  return lines;
}

const flat = (lines: Run[][]): Run[] => lines.flatMap((l, i) => (i ? [{ text: ' ' }, ...l] : l));

function listItems(items: ListItem[], depth: number): Run[][] {
  return items.flatMap((item) =>
    item.content.flatMap((b, i): Run[][] => {
      if (b.type === 'bulletList' || b.type === 'orderedList') return listItems(b.content, depth + 1);
      const text = b.type === 'paragraph' || b.type === 'heading' ? flat(runsOf(b.content)) : [];
      const prefix = depth > 0 && i === 0 ? [{ text: `${'  '.repeat(depth)}– ` }] : [];
      return [[...prefix, ...text]];
    }),
  );
}

const cellOf = (content: RichBlock[]): Cell => ({ lines: content.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? runsOf(b.content) : listItems(b.type === 'table' ? [] : b.content, 0))) });

export function richBlocks(doc: RichDoc): Block[] {
  return doc.content.flatMap((b): Block[] => {
    switch (b.type) {
      case 'heading':
        return [{ type: 'heading', text: flat(runsOf(b.content)).map((r) => r.text).join(''), level: b.attrs.level === 1 ? 1 : 2 }];
      case 'paragraph':
        return runsOf(b.content).map((runs) => ({ type: 'paragraph', runs }));
      case 'bulletList':
      case 'orderedList':
        return [{ type: 'list', ordered: b.type === 'orderedList', items: listItems(b.content, 0) }];
      case 'table': {
        const [first, ...rest] = b.content;
        const header = first?.content.every((c) => c.type === 'tableHeader');
        const rows = (header ? rest : b.content).map((r) => r.content.map((c) => cellOf(c.content)));
        const width = Math.max(...b.content.map((r) => r.content.length));
        const columns = Array.from({ length: width }, (_v, i) => ({ header: header ? (first.content[i] ? cellOf(first.content[i].content) : '') : '', weight: 1 }));
        return [{ type: 'table', columns: columns.map((c) => ({ header: typeof c.header === 'string' ? c.header : (c.header as { lines: Run[][] }).lines.map((l) => l.map((r) => r.text).join('')).join(' '), weight: 1 })), rows }];
      }
    }
  });
}
