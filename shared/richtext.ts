import { z } from 'zod';

/**
 * Rich text as a structured document (the ProseMirror/tiptap JSON shape), never HTML (DESIGN.md,
 * Renderer). Only the node and mark types below are accepted; unknown attributes are dropped, so
 * what is stored is exactly what the editor, the diff and the DOCX export understand.
 */
export const RICH_LIMITS = { textNode: 20_000, nodes: 20_000, depth: 32, chars: 400_000, href: 2_000 } as const;

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };
export type TextNode = { type: 'text'; text: string; marks?: Mark[] };
export type HardBreak = { type: 'hardBreak' };
export type Inline = TextNode | HardBreak;
export type Paragraph = { type: 'paragraph'; content?: Inline[] };
export type Heading = { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: Inline[] };
export type ListItem = { type: 'listItem'; content: Block[] };
export type BulletList = { type: 'bulletList'; content: ListItem[] };
export type OrderedList = { type: 'orderedList'; attrs?: { start?: number }; content: ListItem[] };
export type TableCell = { type: 'tableCell' | 'tableHeader'; attrs?: { colspan?: number; rowspan?: number }; content: Block[] };
export type TableRow = { type: 'tableRow'; content: TableCell[] };
export type TableNode = { type: 'table'; content: TableRow[] };
export type Block = Paragraph | Heading | BulletList | OrderedList | TableNode;
export type RichDoc = { type: 'doc'; content: Block[] };

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const MarkSchema: z.ZodType<Mark> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({
    type: z.literal('link'),
    attrs: z.object({
      href: z
        .string()
        .trim()
        .max(RICH_LIMITS.href)
        .refine((v) => SAFE_HREF.test(v), { error: 'Links must start with http://, https:// or mailto:.' }),
    }),
  }),
]);

const InlineSchema: z.ZodType<Inline> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string().min(1).max(RICH_LIMITS.textNode),
    marks: z.array(MarkSchema).max(3).optional(),
  }),
  z.object({ type: z.literal('hardBreak') }),
]);

const inlineContent = z.array(InlineSchema).optional();

const ListItemSchema: z.ZodType<ListItem> = z.lazy(() => z.object({ type: z.literal('listItem'), content: z.array(BlockSchema).min(1) }));
const CellSchema: z.ZodType<TableCell> = z.lazy(() =>
  z.object({
    type: z.enum(['tableCell', 'tableHeader']),
    attrs: z.object({ colspan: z.number().int().min(1).max(50).optional(), rowspan: z.number().int().min(1).max(50).optional() }).optional(),
    content: z.array(BlockSchema).min(1),
  }),
);

const BlockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), content: inlineContent }),
    z.object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }), content: inlineContent }),
    z.object({ type: z.literal('bulletList'), content: z.array(ListItemSchema).min(1) }),
    z.object({ type: z.literal('orderedList'), attrs: z.object({ start: z.number().int().min(0).max(100_000).optional() }).optional(), content: z.array(ListItemSchema).min(1) }),
    z.object({ type: z.literal('table'), content: z.array(z.object({ type: z.literal('tableRow'), content: z.array(CellSchema).min(1).max(50) })).min(1) }),
  ]),
);

/** Walks without recursion, so a hostile nesting depth cannot overflow the stack before the schema runs. */
function withinLimits(value: unknown): boolean {
  let nodes = 0;
  let chars = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > RICH_LIMITS.depth || ++nodes > RICH_LIMITS.nodes) return false;
    if (!node || typeof node !== 'object') continue;
    const text = (node as { text?: unknown }).text;
    if (typeof text === 'string' && (chars += text.length) > RICH_LIMITS.chars) return false;
    const content = (node as { content?: unknown }).content;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * The size check runs first, as a preprocess step (not z.custom), so that `isms-workbench methods`
 * shows the whole document schema: JSON Schema output looks through a transform to the shape after it.
 */
export const RichDocSchema: z.ZodType<RichDoc> = z.preprocess(
  (value, ctx) => {
    if (typeof value === 'object' && value !== null && withinLimits(value)) return value;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `The document is too large or nested too deeply (at most ${RICH_LIMITS.nodes} parts, ${RICH_LIMITS.chars} characters).`,
    });
    return z.NEVER;
  },
  z.object({ type: z.literal('doc'), content: z.array(BlockSchema) }),
) as z.ZodType<RichDoc>;

export const emptyDoc = (): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });

function inlineText(content: Inline[] | undefined): string {
  return (content ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '\n';
      const link = n.marks?.find((m): m is Extract<Mark, { type: 'link' }> => m.type === 'link');
      return link ? `[${n.text}](${link.attrs.href})` : n.text;
    })
    .join('');
}

function blockLines(block: Block, indent: string, out: string[]) {
  switch (block.type) {
    case 'paragraph': {
      const text = inlineText(block.content);
      for (const line of text.split('\n')) if (line.trim()) out.push(indent + line);
      return;
    }
    case 'heading':
      out.push(`${'#'.repeat(block.attrs.level)} ${inlineText(block.content).replace(/\n/g, ' ')}`);
      return;
    case 'bulletList':
    case 'orderedList':
      block.content.forEach((item, i) => {
        const marker = block.type === 'bulletList' ? '- ' : `${(block.attrs?.start ?? 1) + i}. `;
        const inner: string[] = [];
        for (const child of item.content) blockLines(child, '', inner);
        inner.forEach((line, n) => out.push(`${indent}${n === 0 ? marker : ' '.repeat(marker.length)}${line}`));
      });
      return;
    case 'table':
      for (const row of block.content) {
        const cells = row.content.map((cell) => {
          const inner: string[] = [];
          for (const child of cell.content) blockLines(child, '', inner);
          return inner.join(' ');
        });
        out.push(`${indent}| ${cells.join(' | ')} |`);
      }
      return;
  }
}

/** The document as markdown-ish lines: what the diff compares and the coverage check reads. */
export function docToLines(doc: RichDoc): string[] {
  const out: string[] = [];
  for (const block of doc.content) blockLines(block, '', out);
  return out;
}

export function docToText(doc: RichDoc): string {
  return docToLines(doc).join('\n');
}
