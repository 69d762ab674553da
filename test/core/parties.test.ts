import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { attitudeOf, quadrantOf, type Attitude, type Quadrant } from '../../shared/contract/parties';
import { RANDOM_ID, START, changesFor, expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

type PartyInput = MethodInput<'parties.create'>;
type ReqInput = MethodInput<'parties.requirementCreate'>;
const party = (name: string, more: Partial<PartyInput> = {}) => h.client.call('parties.create', { name, type: 'customer', ...more });
const requirement = (partyId: string, text: string, more: Partial<ReqInput> = {}) => h.client.call('parties.requirementCreate', { partyId, text, type: 'contractual', ...more });
const names = async (q: MethodInput<'parties.list'>) => (await h.client.call('parties.list', q)).items.map((p) => p.name);
const SCORES = [1, 2, 3, 4, 5] as const;

// Written out by hand, not derived from the rule under test. Rows: influence (quadrant) or trust
// (attitude) 1..5; columns: interest or agreement 1..5. 3 counts as high for the quadrant; a 3 on
// either axis is a fence-sitter.
const M = 'monitor', I = 'keep-informed', S = 'keep-satisfied', C = 'manage-closely';
const QUADRANT_GRID: Quadrant[][] = [
  [M, M, I, I, I],
  [M, M, I, I, I],
  [S, S, C, C, C],
  [S, S, C, C, C],
  [S, S, C, C, C],
];
const Ad = 'adversaries', Be = 'bedfellows', F = 'fence-sitters', Op = 'opponents', Al = 'allies';
const ATTITUDE_GRID: Attitude[][] = [
  [Ad, Ad, F, Be, Be],
  [Ad, Ad, F, Be, Be],
  [F, F, F, F, F],
  [Op, Op, F, Al, Al],
  [Op, Op, F, Al, Al],
];
const pairs = SCORES.flatMap((row) => SCORES.map((col) => [row, col] as const));

describe('quadrantOf and attitudeOf at every score pair', () => {
  it.each(pairs)('influence %i, interest %i', (influence, interest) => {
    expect(quadrantOf(interest, influence)).toBe(QUADRANT_GRID[influence - 1][interest - 1]);
  });

  it.each(pairs)('trust %i, agreement %i', (trust, agreement) => {
    expect(attitudeOf(trust, agreement)).toBe(ATTITUDE_GRID[trust - 1][agreement - 1]);
  });

  it('parties.update derives the same quadrant and attitude for all 25 pairs (never stored)', async () => {
    const p = await party('Scored');
    for (const [a, b] of pairs) {
      const got = await h.client.call('parties.update', { id: p.id, name: 'Scored', type: 'customer', influence: a, interest: b, trust: a, agreement: b });
      expect([got.quadrant, got.attitude], `${a}/${b}`).toEqual([QUADRANT_GRID[a - 1][b - 1], ATTITUDE_GRID[a - 1][b - 1]]);
    }
    const cols = (h.sqlite().prepare('select name from pragma_table_info(?)').all('parties') as { name: string }[]).map((c) => c.name);
    expect(cols).not.toContain('quadrant');
    expect(cols).not.toContain('attitude');
  });
});

describe('4.2 parties: create, update, delete', () => {
  it('creates with defaults (all scores 3: manage closely, fence-sitter), stamps and a logged insert', async () => {
    const p = await party('  Data Protection Authority ', { type: 'regulator' });
    expect(p).toMatchObject({ name: 'Data Protection Authority', type: 'regulator', contact: '', relevance: '', interest: 3, influence: 3, trust: 3, agreement: 3 });
    expect(p).toMatchObject({ reviewDate: null, quadrant: 'manage-closely', attitude: 'fence-sitters', requirementCount: 0, undecidedCount: 0 });
    expect(p).toMatchObject({ createdAt: START, updatedAt: START, createdBy: 'tester', updatedBy: 'tester' });
    expect(await h.client.call('parties.get', { id: p.id })).toEqual(p);
    expect(changesFor(h.sqlite(), p.id).map((r) => [r.table_name, r.op])).toEqual([['parties', 'insert']]);
  });

  it('updates every field, moves only updatedAt, logs the update', async () => {
    const p = await party('Old');
    h.setNow('2026-12-03T09:00:00.000Z');
    const changed = await h.client.call('parties.update', {
      id: p.id, name: 'New', type: 'supplier', contact: 'ops@sup.example', relevance: 'Hosts our data', interest: 1, influence: 5, trust: 5, agreement: 1, reviewDate: '2027-01-15',
    });
    expect(changed).toMatchObject({ name: 'New', type: 'supplier', contact: 'ops@sup.example', relevance: 'Hosts our data', reviewDate: '2027-01-15' });
    expect(changed).toMatchObject({ quadrant: 'keep-satisfied', attitude: 'opponents', createdAt: START, updatedAt: '2026-12-03T09:00:00.000Z' });
    expect(await h.client.call('parties.get', { id: p.id })).toEqual(changed);
    expect(changesFor(h.sqlite(), p.id).map((r) => r.op)).toEqual(['insert', 'update']);
  });

  const badScores: [unknown, RegExp][] = [[0, /from 1 to 5/], [6, /from 1 to 5/], [2.5, /whole number/], ['3', /must be a number/]];
  for (const field of ['interest', 'influence', 'trust', 'agreement'] as const) {
    it.each(badScores)(`refuses ${field} = %j with VALIDATION on ${field}, on create and update, writing nothing`, async (value, message) => {
      const p = await party('Valid');
      const log = rowCount(h.sqlite(), 'change_log');
      const created = expectError(await h.client.raw('parties.create', { name: 'Bad', type: 'customer', [field]: value }), 'VALIDATION');
      expect(fieldsOf(created)).toEqual([field]);
      expect(created.message).toMatch(message);
      const updated = expectError(await h.client.raw('parties.update', { id: p.id, name: 'Bad', type: 'customer', [field]: value }), 'VALIDATION');
      expect(fieldsOf(updated)).toEqual([field]);
      expect(rowCount(h.sqlite(), 'parties')).toBe(1);
      expect(rowCount(h.sqlite(), 'change_log')).toBe(log);
      expect((await h.client.call('parties.get', { id: p.id })).name).toBe('Valid');
    });
  }

  it('get, update and delete of an unknown party are NOT_FOUND and write nothing', async () => {
    const log = rowCount(h.sqlite(), 'change_log');
    expectError(await h.client.raw('parties.get', { id: RANDOM_ID }), 'NOT_FOUND');
    expectError(await h.client.raw('parties.update', { id: RANDOM_ID, name: 'Ghost', type: 'other' }), 'NOT_FOUND');
    expectError(await h.client.raw('parties.delete', { id: RANDOM_ID }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'change_log')).toBe(log);
  });

  it('deleting a party deletes each requirement through the write helper and detaches interfaces naming it', async () => {
    const p = await party('Cloud provider', { type: 'supplier' });
    const other = await party('Keeps everything');
    const reqs = [await requirement(p.id, 'Notify incidents'), await requirement(p.id, 'Encrypt backups', { decision: 'addressed', how: 'Backup policy' })];
    const kept = await requirement(other.id, 'Untouched');
    const linked = await h.client.call('scope.interfaceCreate', { counterpart: 'Cloud provider', partyId: p.id, crossing: 'Backups' });
    const unlinked = await h.client.call('scope.interfaceCreate', { counterpart: 'Bank', partyId: other.id, crossing: 'Payments' });
    expect(linked.partyName).toBe('Cloud provider');
    h.setNow('2026-12-05T00:00:00.000Z');

    const refused = expectError(await h.client.raw('parties.delete', { id: p.id }), 'CONFLICT');
    expect((refused.details as { references: { kind: string; id: string; effect: string }[] }).references.map((r) => [r.kind, r.id, r.effect])).toEqual([
      ['parties.requirement', reqs[0].id, 'deleted'],
      ['parties.requirement', reqs[1].id, 'deleted'],
      ['scope.interface', linked.id, 'unlinked'],
    ]);
    expect(rowCount(h.sqlite(), 'party_requirements')).toBe(3);
    expect(await h.client.call('parties.delete', { id: p.id, confirm: true })).toEqual({ ok: true });
    for (const r of reqs) expect(changesFor(h.sqlite(), r.id).map((c) => [c.table_name, c.op, c.at])).toEqual([['party_requirements', 'insert', START], ['party_requirements', 'delete', '2026-12-05T00:00:00.000Z']]);
    expect(changesFor(h.sqlite(), p.id).map((c) => c.op)).toEqual(['insert', 'delete']);
    expect(changesFor(h.sqlite(), linked.id).map((c) => [c.table_name, c.op])).toEqual([['scope_interfaces', 'insert'], ['scope_interfaces', 'update']]);
    expect(changesFor(h.sqlite(), unlinked.id).map((c) => c.op)).toEqual(['insert']);
    expect(rowCount(h.sqlite(), 'party_requirements')).toBe(1);

    const interfaces = await h.client.call('scope.interfaceList', {});
    expect(interfaces.find((i) => i.id === linked.id)).toMatchObject({ counterpart: 'Cloud provider', crossing: 'Backups', partyId: null, partyName: null, updatedAt: '2026-12-05T00:00:00.000Z' });
    expect(interfaces.find((i) => i.id === unlinked.id)).toMatchObject({ partyId: other.id, partyName: 'Keeps everything' });
    expect((await h.client.call('parties.requirementList', {})).map((r) => r.id)).toEqual([kept.id]);
    expectError(await h.client.raw('parties.get', { id: p.id }), 'NOT_FOUND');
  });
});

describe('4.2 requirements', () => {
  it('creates, lists, updates and deletes requirements; counts follow on the party', async () => {
    const p = await party('Customer A');
    const r1 = await requirement(p.id, ' Keep our data in the EU ', { type: 'legal' });
    expect(r1).toMatchObject({ partyId: p.id, partyName: 'Customer A', text: 'Keep our data in the EU', type: 'legal', decision: 'undecided', how: '', createdAt: START });
    h.setNow('2026-11-29T11:00:00.000Z'); // requirements of a party are listed in creation order
    const r2 = await requirement(p.id, 'Annual pen test', { decision: 'addressed', how: 'Control 8.8' });
    expect(await h.client.call('parties.get', { id: p.id })).toMatchObject({ requirementCount: 2, undecidedCount: 1 });
    expect((await h.client.call('parties.requirementList', { partyId: p.id })).map((r) => r.text)).toEqual(['Keep our data in the EU', 'Annual pen test']);

    h.setNow('2026-12-01T00:00:00.000Z');
    const changed = await h.client.call('parties.requirementUpdate', { id: r1.id, partyId: p.id, text: 'EU hosting', type: 'contractual', decision: 'not-addressed', how: 'Out of our control' });
    expect(changed).toMatchObject({ text: 'EU hosting', decision: 'not-addressed', how: 'Out of our control', updatedAt: '2026-12-01T00:00:00.000Z', createdAt: START });
    expect((await h.client.call('parties.list', {})).items[0]).toMatchObject({ requirementCount: 2, undecidedCount: 0 });

    expect(await h.client.call('parties.requirementDelete', { id: r2.id })).toEqual({ ok: true });
    expect(changesFor(h.sqlite(), r2.id).map((c) => c.op)).toEqual(['insert', 'delete']);
    expect(changesFor(h.sqlite(), r1.id).map((c) => c.op)).toEqual(['insert', 'update']);
    expect(await h.client.call('parties.get', { id: p.id })).toMatchObject({ requirementCount: 1, undecidedCount: 0 });
    expectError(await h.client.raw('parties.requirementDelete', { id: r2.id }), 'NOT_FOUND');
    expectError(await h.client.raw('parties.requirementUpdate', { id: r2.id, partyId: p.id, text: 'x', type: 'legal' }), 'NOT_FOUND');
  });

  it('lists every party\'s requirements by party name when no party is given; an unknown party is NOT_FOUND', async () => {
    const zed = await party('zed Corp');
    const acme = await party('Acme');
    await requirement(zed.id, 'Z1');
    h.setNow('2026-11-29T11:00:00.000Z');
    await requirement(acme.id, 'A1');
    h.setNow('2026-11-29T12:00:00.000Z');
    await requirement(zed.id, 'Z2');
    expect((await h.client.call('parties.requirementList', {})).map((r) => `${r.partyName}:${r.text}`)).toEqual(['Acme:A1', 'zed Corp:Z1', 'zed Corp:Z2']);
    expectError(await h.client.raw('parties.requirementList', { partyId: RANDOM_ID }), 'NOT_FOUND');
    const log = rowCount(h.sqlite(), 'change_log');
    expectError(await h.client.raw('parties.requirementCreate', { partyId: RANDOM_ID, text: 'Orphan', type: 'legal' }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'party_requirements')).toBe(3);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(log);
  });

  it.each([
    ['addressed', ''],
    ['addressed', '   '],
    ['not-addressed', ''],
    ['not-addressed', ' \n '],
  ] as const)('a decision (%s) without how (%j) is VALIDATION on how, on create and update', async (decision, how) => {
    const p = await party('Decider');
    const r = await requirement(p.id, 'Undecided is fine empty');
    const log = rowCount(h.sqlite(), 'change_log');
    const created = expectError(await h.client.raw('parties.requirementCreate', { partyId: p.id, text: 'Decided', type: 'legal', decision, how }), 'VALIDATION');
    expect(fieldsOf(created)).toEqual(['how']);
    expect(created.message).toMatch(decision === 'addressed' ? /how the ISMS addresses/ : /why the ISMS does not/);
    const updated = expectError(await h.client.raw('parties.requirementUpdate', { id: r.id, partyId: p.id, text: 'Decided', type: 'legal', decision, how }), 'VALIDATION');
    expect(fieldsOf(updated)).toEqual(['how']);
    expect(rowCount(h.sqlite(), 'party_requirements')).toBe(1);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(log);
    expect((await h.client.call('parties.requirementList', { partyId: p.id }))[0]).toMatchObject({ text: 'Undecided is fine empty', decision: 'undecided', how: '' });
  });
});

describe('4.2 parties: list search, filter, sort and paging', () => {
  beforeEach(async () => {
    await party('Banking Regulator', { type: 'regulator', interest: 5, influence: 5, trust: 2, agreement: 4, reviewDate: '2027-03-01' });
    await party('acme customer', { type: 'customer', interest: 4, influence: 2, trust: 5, agreement: 5, contact: 'buyer@acme.example' });
    await party('Staff', { type: 'employee', interest: 2, influence: 3, trust: 4, agreement: 2, relevance: 'Handle 100% of records', reviewDate: '2026-12-24' });
    await party('Zeta Supplies', { type: 'supplier', interest: 1, influence: 1, trust: 1, agreement: 1 });
    await party('Big Customer', { type: 'customer', interest: 3, influence: 4, trust: 3, agreement: 3 });
  });

  it('searches name, contact and relevance case-insensitively, treating % literally', async () => {
    expect(await names({ search: 'CUSTOMER' })).toEqual(['acme customer', 'Big Customer']);
    expect(await names({ search: 'acme.example' })).toEqual(['acme customer']);
    expect(await names({ search: '100%' })).toEqual(['Staff']);
    expect(await names({ search: '%' })).toEqual(['Staff']);
    expect(await names({ search: 'nobody' })).toEqual([]);
  });

  it('filters by type, and combines type with search', async () => {
    expect(await names({ type: 'customer' })).toEqual(['acme customer', 'Big Customer']);
    expect(await names({ type: 'regulator' })).toEqual(['Banking Regulator']);
    expect(await names({ type: 'customer', search: 'big' })).toEqual(['Big Customer']);
    expect(await names({ type: 'public' })).toEqual([]);
  });

  it.each([
    ['name', 'asc', ['acme customer', 'Banking Regulator', 'Big Customer', 'Staff', 'Zeta Supplies']],
    ['name', 'desc', ['Zeta Supplies', 'Staff', 'Big Customer', 'Banking Regulator', 'acme customer']],
    ['type', 'asc', ['acme customer', 'Big Customer', 'Staff', 'Banking Regulator', 'Zeta Supplies']],
    ['interest', 'desc', ['Banking Regulator', 'acme customer', 'Big Customer', 'Staff', 'Zeta Supplies']],
    ['influence', 'asc', ['Zeta Supplies', 'acme customer', 'Staff', 'Big Customer', 'Banking Regulator']],
    ['trust', 'asc', ['Zeta Supplies', 'Banking Regulator', 'Big Customer', 'Staff', 'acme customer']],
    ['agreement', 'desc', ['acme customer', 'Banking Regulator', 'Big Customer', 'Staff', 'Zeta Supplies']],
    ['reviewDate', 'asc', ['Staff', 'Banking Regulator', 'acme customer', 'Big Customer', 'Zeta Supplies']],
    ['reviewDate', 'desc', ['Banking Regulator', 'Staff', 'acme customer', 'Big Customer', 'Zeta Supplies']],
  ] as const)('sorts by %s %s (ties by name, undated reviews last)', async (sort, dir, expected) => {
    expect(await names({ sort, dir })).toEqual(expected);
  });

  it('pages with offset and limit; total counts the whole filtered set', async () => {
    const first = await h.client.call('parties.list', { limit: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((p) => p.name)).toEqual(['acme customer', 'Banking Regulator']);
    expect(await names({ offset: 2, limit: 2 })).toEqual(['Big Customer', 'Staff']);
    expect(await names({ offset: 4, limit: 2 })).toEqual(['Zeta Supplies']);
    const beyond = await h.client.call('parties.list', { offset: 10 });
    expect(beyond).toEqual({ items: [], total: 5 });
    expect((await h.client.call('parties.list', { type: 'customer', limit: 1 })).total).toBe(2);
  });
});
