import type { Block, Inline, RichDoc } from '../../../../shared/richtext';

/** The placeholders a template may use, with what each stands for. */
export const PLACEHOLDERS = {
  organisation: 'The organisation’s name, from the workspace',
  isms_manager: 'Whoever holds the ISMS manager role, from 5.3',
  top_management: 'The people named as top management',
  data_protection_contact: 'Whoever holds the data protection contact role',
  review_period: 'The policy’s review interval, e.g. "12 months"',
  policy_owner: 'The policy’s owner',
} as const;
export type PlaceholderKey = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Partial<Record<PlaceholderKey, string>>;

const PATTERN = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** Replaces {{key}} in one string; unknown keys and keys without a value stay visible for the writer to fill. */
export function fillText(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (whole, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key as PlaceholderKey] : undefined;
    return value === undefined || value === '' ? whole : value;
  });
}

function fillInline(nodes: Inline[] | undefined, values: PlaceholderValues): Inline[] | undefined {
  return nodes?.map((n) => (n.type === 'text' ? { ...n, text: fillText(n.text, values) } : n));
}

function fillBlock(block: Block, values: PlaceholderValues): Block {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, content: fillInline(block.content, values) } as Block;
    case 'bulletList':
    case 'orderedList':
      return { ...block, content: block.content.map((li) => ({ ...li, content: li.content.map((b) => fillBlock(b, values)) })) } as Block;
    case 'table':
      return {
        ...block,
        content: block.content.map((row) => ({ ...row, content: row.content.map((cell) => ({ ...cell, content: cell.content.map((b) => fillBlock(b, values)) })) })),
      };
  }
}

/** A new document with every placeholder that has a value filled in; the input is not changed. */
export function fillPlaceholders(doc: RichDoc, values: PlaceholderValues): RichDoc {
  return { type: 'doc', content: doc.content.map((b) => fillBlock(b, values)) };
}

/** Placeholders still left in a document (unknown, or known without a value). */
export function remainingPlaceholders(doc: RichDoc): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') for (const m of text.matchAll(PATTERN)) found.add(m[1]);
    const content = (value as { content?: unknown }).content;
    if (Array.isArray(content)) content.forEach(visit);
  };
  visit(doc);
  return [...found].sort();
}
