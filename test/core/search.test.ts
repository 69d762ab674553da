import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snippetOf, searchTerms } from '../../electron/core/services/search';
import { expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const search = (text: string, limit?: number) => h.client.call('search.query', { text, limit });

describe('global search (search.query)', () => {
  it('finds records of every area by title and by description, with where to open them', async () => {
    const unit = await h.client.call('people.unitCreate', { name: 'Cold chain operations' });
    const person = await h.client.call('people.create', { name: 'Dana Cold', email: 'dana@example.org', unitId: unit.id });
    const issue = await h.client.call('context.create', { kind: 'external', category: 'economic', swot: 'threat', title: 'Fuel prices', description: 'Rising diesel costs squeeze the cold chain margin' });
    const party = await h.client.call('parties.create', { name: 'Pharma customer', type: 'customer', relevance: 'Needs cold chain temperature records' });
    await h.client.call('parties.requirementCreate', { partyId: party.id, text: 'Keep temperature logs for five years', type: 'contractual' });
    await h.client.call('scope.boundaryCreate', { kind: 'location', name: 'Cold store Rotterdam' });
    const policy = await h.client.call('policies.create', { title: 'Cold chain data policy', kind: 'topic' });

    const found = await search('cold');
    const byKind = Object.fromEntries(found.items.map((i) => [`${i.kind}:${i.title}`, i]));
    expect(Object.keys(byKind).sort()).toEqual(
      ['boundary:Cold store Rotterdam', 'issue:Fuel prices', 'party:Pharma customer', 'person:Dana Cold', 'policy:Cold chain data policy', 'unit:Cold chain operations'].sort(),
    );
    expect(found.total).toBe(6);
    expect(byKind['issue:Fuel prices']).toMatchObject({ id: issue.id, route: '/clause/4.1', snippet: 'Rising diesel costs squeeze the cold chain margin' });
    expect(byKind['policy:Cold chain data policy']!.route).toBe(`/clause/5.2/policy/${policy.id}`);
    expect(byKind['person:Dana Cold']).toMatchObject({ id: person.id, route: '/people', snippet: '' });
    // Titles holding the whole text come before matches in the description.
    expect(found.items.at(-1)!.snippet).not.toBe('');
  });

  it('needs every word typed, in any order and case, and finds a record by its id', async () => {
    const issue = await h.client.call('context.create', { kind: 'internal', category: 'systems', swot: 'weakness', title: 'Legacy warehouse system', description: 'No vendor support after 2027' });
    await h.client.call('context.create', { kind: 'internal', category: 'systems', swot: 'weakness', title: 'Legacy HR tool' });
    expect((await search('VENDOR legacy')).items.map((i) => i.title)).toEqual(['Legacy warehouse system']);
    expect((await search('legacy')).items).toHaveLength(2);
    expect((await search(issue.id)).items.map((i) => i.id)).toEqual([issue.id]);
    // The human-readable id, whole or in part, in any case.
    expect(issue.ref).toMatch(/^CTX-\d{3}$/);
    const byRef = await search(issue.ref.toLowerCase());
    expect(byRef.items.map((i) => [i.id, i.ref])).toEqual([[issue.id, issue.ref]]);
  });

  it('finds Annex A controls by their number', async () => {
    const control = (await search('8.24')).items.find((i) => i.kind === 'control');
    expect(control).toMatchObject({ ref: '8.24', route: '/clause/6.1' });
    expect(control!.title.length).toBeGreaterThan(0);
  });

  it('treats % and _ as plain characters, caps the result list, and reads without writing', async () => {
    await h.client.call('people.create', { name: 'A_B 100%' });
    await h.client.call('people.create', { name: 'AxB 1000' });
    expect((await search('a_b')).items.map((i) => i.title)).toEqual(['A_B 100%']);
    expect((await search('100%')).items.map((i) => i.title)).toEqual(['A_B 100%']);
    for (let i = 0; i < 5; i++) await h.client.call('people.create', { name: `Tester ${i}` });
    const capped = await search('tester', 3);
    expect(capped.items).toHaveLength(3);
    expect(capped.total).toBe(5);
    const changes = rowCount(h.sqlite(), 'change_log');
    await search('tester');
    expect(rowCount(h.sqlite(), 'change_log')).toBe(changes);
    expect((await search('nothing like this')).items).toEqual([]);
  });

  it('refuses empty, blank, over-long and mistyped input with a clear error', async () => {
    expect(fieldsOf(expectError(await h.client.raw('search.query', { text: '' }), 'VALIDATION'))).toEqual(['text']);
    expect(expectError(await h.client.raw('search.query', { text: '   ' }), 'VALIDATION').message).toMatch(/Type something/);
    expect(fieldsOf(expectError(await h.client.raw('search.query', { text: 'x'.repeat(201) }), 'VALIDATION'))).toEqual(['text']);
    expectError(await h.client.raw('search.query', { text: 42 }), 'VALIDATION');
    expectError(await h.client.raw('search.query', { text: 'a', limit: 0 }), 'VALIDATION');
    expectError(await h.client.raw('search.query', { text: 'a', limit: 1e9 }), 'VALIDATION');
    expectError(await h.client.raw('search.query', null), 'VALIDATION');
  });

  it('refuses to search with no workspace open', async () => {
    await h.client.call('workspace.close', {});
    expectError(await h.client.raw('search.query', { text: 'x' }), 'NO_WORKSPACE');
  });
});

describe('search helpers', () => {
  it('splits words, drops repeats and keeps at most eight', () => {
    expect(searchTerms('  Cold  cold CHAIN ')).toEqual(['cold', 'chain']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it('cuts a snippet around the first match on one line', () => {
    const text = `${'x '.repeat(100)}needle\n${'y '.repeat(100)}`;
    const s = snippetOf(text, ['needle']);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('needle');
    expect(s).not.toContain('\n');
    expect(snippetOf('no match here', ['needle'])).toBe('');
  });
});
