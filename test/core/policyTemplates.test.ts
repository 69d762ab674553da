import { describe, expect, it } from 'vitest';
import { POLICY_TEMPLATE_KEYS } from '../../shared/contract/policies';
import { checkPolicyCoverage } from '../../shared/policyCoverage';
import { docToText, RichDocSchema, type RichDoc } from '../../shared/richtext';
import { fillPlaceholders, fillText, listTemplates, PLACEHOLDERS, POLICY_TEMPLATES, remainingPlaceholders } from '../../electron/core/catalog/policies';

const ALL_VALUES = {
  organisation: 'Acme Ltd',
  isms_manager: 'Iris Manager',
  top_management: 'Tom Director and Tina Board',
  data_protection_contact: 'Dana Privacy',
  review_period: '12 months',
  policy_owner: 'Olivia Owner',
};

describe('placeholder filling', () => {
  it('fills known keys, tolerates spaces inside the braces and fills every occurrence', () => {
    expect(fillText('{{organisation}} and {{ organisation }} review every {{review_period}}.', ALL_VALUES)).toBe('Acme Ltd and Acme Ltd review every 12 months.');
  });

  it('leaves unknown keys, keys without a value and empty values visible', () => {
    expect(fillText('{{unknown}} {{isms_manager}} {{organisation}}', { isms_manager: '' })).toBe('{{unknown}} {{isms_manager}} {{organisation}}');
    expect(fillText('{{constructor}} {{__proto__}} {{toString}}', ALL_VALUES)).toBe('{{constructor}} {{__proto__}} {{toString}}');
  });

  it('inserts values literally: $ patterns and braces in a value are not interpreted', () => {
    expect(fillText('Org: {{organisation}}', { organisation: "$& $1 $' {{isms_manager}}" })).toBe("Org: $& $1 $' {{isms_manager}}");
  });

  it('fills text in headings, paragraphs, nested lists and table cells, keeps marks, and does not change the input', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '{{organisation}} policy' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Owner: ' }, { type: 'text', text: '{{policy_owner}}', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a {{isms_manager}}' }] }, { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'deep {{organisation}}' }] }] }] }] }],
        },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: '{{review_period}}' }] }] }] }] },
      ],
    };
    const before = JSON.stringify(doc);
    const filled = fillPlaceholders(doc, ALL_VALUES);
    expect(JSON.stringify(doc)).toBe(before);
    expect(docToText(filled).split('\n')).toEqual(['# Acme Ltd policy', 'Owner: Olivia Owner', '- a Iris Manager', '  1. deep Acme Ltd', '| 12 months |']);
    expect((filled.content[1] as { content: { marks?: unknown }[] }).content[1].marks).toEqual([{ type: 'bold' }]);
    expect(remainingPlaceholders(doc)).toEqual(['isms_manager', 'organisation', 'policy_owner', 'review_period']);
    expect(remainingPlaceholders(filled)).toEqual([]);
  });
});

describe('the template library', () => {
  it('ships the information security policy and nine topic-specific policies, one per key', () => {
    const list = listTemplates();
    expect(list.map((t) => t.key)).toEqual([...POLICY_TEMPLATE_KEYS]);
    expect(list.filter((t) => t.kind === 'information-security').map((t) => t.key)).toEqual(['information-security']);
    expect(list.filter((t) => t.kind === 'topic')).toHaveLength(9);
    for (const t of list) {
      expect(t.controls.length, t.key).toBeGreaterThan(0);
      for (const c of t.controls) expect(c, t.key).toMatch(/^[5-8]\.\d{1,2}$/);
      expect(t.summary, t.key).not.toMatch(/\{\{/);
    }
  });

  it.each(POLICY_TEMPLATE_KEYS)('%s is a valid document, uses only known placeholders, and fills completely', (key) => {
    const t = POLICY_TEMPLATES[key];
    expect(RichDocSchema.parse(t.content)).toEqual(t.content);
    const used = remainingPlaceholders(t.content);
    expect(used).toContain('organisation');
    for (const k of used) expect(Object.keys(PLACEHOLDERS)).toContain(k);
    const filled = fillPlaceholders(t.content, ALL_VALUES);
    expect(remainingPlaceholders(filled)).toEqual([]);
    const text = docToText(filled);
    expect(text).toContain('Acme Ltd');
    expect(text.split('\n')[0]).toBe(`# ${t.title}`);
    expect(text).toMatch(/## Review\n.*every 12 months/);
  });

  it('the information security policy template covers all three things 5.2 asks for', () => {
    const text = docToText(fillPlaceholders(POLICY_TEMPLATES['information-security'].content, ALL_VALUES));
    expect(checkPolicyCoverage(text).map((r) => [r.element, r.found])).toEqual([
      ['objectives', true],
      ['requirements', true],
      ['improvement', true],
    ]);
  });
});
