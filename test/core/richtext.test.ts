import { describe, expect, it } from 'vitest';
import { checkPolicyCoverage, sentences } from '../../shared/policyCoverage';
import { docToLines, RichDocSchema, RICH_LIMITS } from '../../shared/richtext';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('rich text schema', () => {
  it('accepts what the editor produces and drops attributes it does not know', () => {
    const input = doc(
      { type: 'heading', attrs: { level: 2, textAlign: 'left', id: 'x' }, content: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', attrs: { textAlign: null }, content: [{ type: 'text', text: 'Go', marks: [{ type: 'link', attrs: { href: 'https://example.org', target: '_blank', rel: 'noopener', class: null } }, { type: 'bold' }] }] },
      { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [para('item')] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [para('cell')] }] }] },
    );
    const parsed = RichDocSchema.parse(input);
    expect(parsed.content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] });
    expect((parsed.content[1] as { content: unknown[] }).content[0]).toEqual({ type: 'text', text: 'Go', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'bold' }] });
    expect(docToLines(parsed)).toEqual(['## Title', '[Go](https://example.org)', '3. item', '| cell |']);
  });

  it.each([
    ['an HTML string', '<p>hi</p>'],
    ['a node type that is not allowed', doc({ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] })],
    ['a script-ish node', doc({ type: 'html', html: '<script>alert(1)</script>' })],
    ['a mark that is not allowed', doc({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] })],
    ['a javascript: link', doc({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] })],
    ['a data: link', doc({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'data:text/html,hi' } }] }] })],
    ['heading level 4', doc({ type: 'heading', attrs: { level: 4 }, content: [] })],
    ['an empty text node', doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] })],
    ['an empty list', doc({ type: 'bulletList', content: [] })],
    ['a text node that is too long', doc(para('x'.repeat(RICH_LIMITS.textNode + 1)))],
    ['too much text overall', doc(...Array.from({ length: 25 }, () => para('x'.repeat(RICH_LIMITS.textNode))))],
    ['too many nodes', doc(...Array.from({ length: RICH_LIMITS.nodes }, () => ({ type: 'paragraph' })))],
    ['a missing doc type', { content: [] }],
  ])('refuses %s', (_name, value) => {
    expect(RichDocSchema.safeParse(value).success).toBe(false);
  });

  it('refuses hostile nesting without overflowing the stack', () => {
    let node: unknown = para('deep');
    for (let i = 0; i < 100_000; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    const result = RichDocSchema.safeParse(doc(node));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/too large or nested too deeply/);
  });
});

describe('5.2 coverage check', () => {
  const found = (text: string) => Object.fromEntries(checkPolicyCoverage(text).map((r) => [r.element, r.found]));

  it('finds nothing in an empty or unrelated text', () => {
    expect(found('')).toEqual({ objectives: false, requirements: false, improvement: false });
    expect(found('# Lunch policy\nSandwiches are served at noon. We will improve the menu.')).toEqual({ objectives: false, requirements: false, improvement: false });
  });

  it.each([
    ['objectives', 'Top management sets information security objectives every year.'],
    ['objectives', 'This section is the framework for setting our goals.'],
    ['objectives', 'Objectives for protecting information are agreed at management review.'],
    ['requirements', 'We are committed to complying with applicable legal and contractual requirements.'],
    ['requirements', 'The company will satisfy the law and regulations that apply to it.'],
    ['requirements', 'Acme pledges to fulfil its obligations under data protection legislation.'],
    ['improvement', 'We commit to continually improving the ISMS.'],
    ['improvement', 'Acme will pursue continual improvement of its management system.'],
    ['improvement', 'We shall improve information security on an ongoing basis.'],
  ] as const)('%s: "%s"', (element, text) => {
    expect(found(text)[element]).toBe(true);
  });

  it.each([
    ['requirements', 'Requirements are listed in the annex.'],
    ['requirements', 'Staff will meet the requirements of this policy.'],
    ['requirements', 'We comply.'],
    ['improvement', 'Continual improvement is a nice idea.'],
    ['improvement', 'We will improve the menu.'],
    ['objectives', 'Our objective is to sell more.'],
  ] as const)('not %s: "%s"', (element, text) => {
    expect(found(text)[element]).toBe(false);
  });

  it('keeps the words of one sentence together: parts spread over two sentences do not count', () => {
    expect(found('We are committed. Legal requirements exist and we meet people.').requirements).toBe(false);
  });

  it('reports the sentence that satisfied each element, shortened', () => {
    const text = `# Policy\n- We commit to continual improvement of the ISMS and ${'very '.repeat(60)}much more.`;
    const improvement = checkPolicyCoverage(text)[2];
    expect(improvement.found).toBe(true);
    expect(improvement.evidence?.startsWith('We commit to continual improvement')).toBe(true);
    expect(improvement.evidence?.length).toBe(200);
  });

  it('splits sentences at full stops and line breaks and strips list and heading markers', () => {
    expect(sentences('# Title\n- one. Two!\n1. three')).toEqual(['Title', 'one.', 'Two!', 'three']);
  });
});
