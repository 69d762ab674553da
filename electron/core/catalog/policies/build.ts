import type { Block, Inline, ListItem, RichDoc, TableRow } from '../../../../shared/richtext';

/** Small builders so the shipped templates read like documents, not like JSON. */
type Part = string | Inline;

const inline = (parts: Part[]): Inline[] => parts.filter((x) => x !== '').map((x) => (typeof x === 'string' ? { type: 'text', text: x } : x));

export const bold = (text: string): Inline => ({ type: 'text', text, marks: [{ type: 'bold' }] });
export const italic = (text: string): Inline => ({ type: 'text', text, marks: [{ type: 'italic' }] });

export const h1 = (text: string): Block => ({ type: 'heading', attrs: { level: 1 }, content: inline([text]) });
export const h2 = (text: string): Block => ({ type: 'heading', attrs: { level: 2 }, content: inline([text]) });
export const h3 = (text: string): Block => ({ type: 'heading', attrs: { level: 3 }, content: inline([text]) });
export const p = (...parts: Part[]): Block => ({ type: 'paragraph', content: inline(parts) });

const item = (entry: Part | Part[]): ListItem => ({ type: 'listItem', content: [p(...(Array.isArray(entry) ? entry : [entry]))] });
export const ul = (...items: Array<Part | Part[]>): Block => ({ type: 'bulletList', content: items.map(item) });
export const ol = (...items: Array<Part | Part[]>): Block => ({ type: 'orderedList', attrs: { start: 1 }, content: items.map(item) });

/** A table whose first row is a header row. */
export function table(header: string[], rows: string[][]): Block {
  const row = (cells: string[], kind: 'tableHeader' | 'tableCell'): TableRow => ({
    type: 'tableRow',
    content: cells.map((c) => ({ type: kind, content: [p(c)] })),
  });
  return { type: 'table', content: [row(header, 'tableHeader'), ...rows.map((r) => row(r, 'tableCell'))] };
}

export const doc = (...blocks: Block[]): RichDoc => ({ type: 'doc', content: blocks });

/** The closing sections every shipped policy shares: who owns it, what happens on breach, review. */
export function closing(extraCompliance?: string): Block[] {
  return [
    h2('Roles and responsibilities'),
    ul(
      'Top management ({{top_management}}) sets the direction of this policy and provides what is needed to follow it. Who approved this version, and when, is recorded in its document control section.',
      'This policy is owned by {{policy_owner}}, who answers questions about it and keeps it up to date.',
      'Managers make sure their teams know this policy and can follow it.',
      'Everyone this policy applies to reads it, follows it and reports anything that seems wrong.',
    ),
    h2('Compliance and exceptions'),
    p(
      'Breaking this policy may put information, customers and colleagues at risk. Suspected breaches are handled through the incident process and, where needed, the disciplinary process. ',
      extraCompliance ?? '',
    ),
    p('An exception is only valid when it is requested in writing, the risk is assessed and accepted by the risk owner, and it has an end date. The list of exceptions is kept by {{isms_manager}}.'),
    h2('Review'),
    p('This policy is reviewed at least every {{review_period}}, and sooner after a significant change, incident or audit finding.'),
  ];
}
