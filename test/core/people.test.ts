import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { RANDOM_ID, START, changesFor, expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const call: Harness['client']['call'] = (method, input) => h.client.call(method, input);
const unit = (name: string, parentId: string | null = null) => h.client.call('people.unitCreate', { name, parentId });
const person = (name: string, more: { email?: string; jobTitle?: string; unitId?: string | null } = {}) =>
  h.client.call('people.create', { name, ...more });
const names = async (q: MethodInput<'people.list'>) => (await h.client.call('people.list', q)).items.map((p) => p.name);

describe('people register', () => {
  it('creates a person with trimmed fields, defaults and stamps, and gets it back', async () => {
    const p = await person('  Ada Lovelace ', { email: ' ada@example.org ', jobTitle: 'CISO' });
    expect(p).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.org', jobTitle: 'CISO', unitId: null, unitName: null });
    expect(p).toMatchObject({ createdAt: START, updatedAt: START, createdBy: 'tester', updatedBy: 'tester' });
    expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await call('people.get', { id: p.id })).toEqual(p);
    const bare = await person('Bare');
    expect(bare).toMatchObject({ email: '', jobTitle: '', unitId: null });
  });

  it('updates a person, moving updatedAt but keeping createdAt/createdBy', async () => {
    const u = await unit('Finance');
    const p = await person('Bob');
    h.setNow('2026-12-01T08:30:00.000Z');
    const changed = await call('people.update', { id: p.id, name: 'Robert', email: 'rob@example.org', jobTitle: 'Controller', unitId: u.id });
    expect(changed).toMatchObject({ name: 'Robert', email: 'rob@example.org', jobTitle: 'Controller', unitId: u.id, unitName: 'Finance' });
    expect(changed.createdAt).toBe(START);
    expect(changed.updatedAt).toBe('2026-12-01T08:30:00.000Z');
    expect(await call('people.get', { id: p.id })).toEqual(changed);
  });

  it('writes change_log rows for insert, update and delete', async () => {
    const p = await person('Carol');
    h.setNow('2026-11-30T00:00:00.000Z');
    await call('people.update', { id: p.id, name: 'Caroline' });
    h.setNow('2026-12-02T00:00:00.000Z');
    await call('people.delete', { id: p.id, confirm: true });
    const log = changesFor(h.sqlite(), p.id);
    expect(log.map((r) => [r.table_name, r.op, r.at, r.actor])).toEqual([
      ['people', 'insert', START, 'tester'],
      ['people', 'update', '2026-11-30T00:00:00.000Z', 'tester'],
      ['people', 'delete', '2026-12-02T00:00:00.000Z', 'tester'],
    ]);
    expect(rowCount(h.sqlite(), 'people')).toBe(0);
  });

  it('deletes a person; a second delete, get or update is NOT_FOUND and writes nothing', async () => {
    const p = await person('Dora');
    await call('people.delete', { id: p.id, confirm: true });
    const before = rowCount(h.sqlite(), 'change_log');
    expectError(await h.client.raw('people.get', { id: p.id }), 'NOT_FOUND');
    expectError(await h.client.raw('people.delete', { id: p.id }), 'NOT_FOUND');
    expectError(await h.client.raw('people.update', { id: p.id, name: 'Ghost' }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
    expect(rowCount(h.sqlite(), 'people')).toBe(0);
  });

  it('refuses an unknown unitId with NOT_FOUND on create and update, and changes nothing', async () => {
    const err = expectError(await h.client.raw('people.create', { name: 'Eve', unitId: RANDOM_ID }), 'NOT_FOUND');
    expect(err.details).toMatchObject({ field: 'unitId', id: RANDOM_ID });
    expect(rowCount(h.sqlite(), 'people')).toBe(0);
    const p = await person('Eve');
    expectError(await h.client.raw('people.update', { id: p.id, name: 'Eve 2', unitId: RANDOM_ID }), 'NOT_FOUND');
    expect((await call('people.get', { id: p.id })).name).toBe('Eve');
  });

  it('refuses an invalid email but accepts an empty one', async () => {
    const err = expectError(await h.client.raw('people.create', { name: 'Fay', email: 'not-an-email' }), 'VALIDATION');
    expect(fieldsOf(err)).toContain('email');
    expect((await person('Fay', { email: '' })).email).toBe('');
  });
});

describe('people list: search, sort, paging, unit filter', () => {
  it('searches name, email, job title and unit name case-insensitively', async () => {
    const sec = await unit('Security Office');
    await person('Alice', { email: 'alice@corp.example' });
    await person('Bruno', { jobTitle: 'Network Engineer' });
    await person('Chen', { unitId: sec.id });
    await person('Dmitri');
    expect(await names({ search: 'ALICE' })).toEqual(['Alice']);
    expect(await names({ search: 'corp.exa' })).toEqual(['Alice']);
    expect(await names({ search: 'network' })).toEqual(['Bruno']);
    expect(await names({ search: 'security' })).toEqual(['Chen']);
    expect(await names({ search: '   ' })).toHaveLength(4);
    const none = await call('people.list', { search: 'zzz' });
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('treats %, _ and backslash in the search as literal characters', async () => {
    await person('Ana_B');
    await person('AnaXB');
    await person('Fully 100% sure');
    await person('Plain');
    await person('Path', { jobTitle: 'C:\\temp' });
    expect(await names({ search: '%' })).toEqual(['Fully 100% sure']);
    expect(await names({ search: '_' })).toEqual(['Ana_B']);
    expect(await names({ search: 'a_b' })).toEqual(['Ana_B']);
    expect(await names({ search: '0%' })).toEqual(['Fully 100% sure']);
    expect(await names({ search: ':\\t' })).toEqual(['Path']);
    expect(await names({ search: '\\' })).toEqual(['Path']);
  });

  const sortable = ['name', 'email', 'jobTitle', 'unitName'] as const;
  it.each(sortable)('sorts by %s ascending and descending, case-insensitively', async (sort) => {
    // Mixed case so a binary (case-sensitive) sort would put 'Bx' before 'ax'.
    const units = { ax: await unit('ax unit'), Bx: await unit('Bx unit'), cx: await unit('cx unit') };
    await person('Bx person', { email: 'ax@example.org', jobTitle: 'cx title', unitId: units.cx.id });
    await person('cx person', { email: 'Bx@example.org', jobTitle: 'ax title', unitId: units.ax.id });
    await person('ax person', { email: 'cx@example.org', jobTitle: 'Bx title', unitId: units.Bx.id });
    const key = (p: { name: string; email: string; jobTitle: string; unitName: string | null }) =>
      (sort === 'unitName' ? p.unitName! : p[sort]).toLowerCase();
    const asc = (await call('people.list', { sort, dir: 'asc' })).items.map(key);
    const desc = (await call('people.list', { sort, dir: 'desc' })).items.map(key);
    expect(asc.map((k) => k.slice(0, 2))).toEqual(['ax', 'bx', 'cx']);
    expect(desc).toEqual([...asc].reverse());
  });

  it('pages with offset and limit and always reports the full total', async () => {
    const all = ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07'];
    for (const n of [...all].reverse()) await person(n);
    const seen: string[] = [];
    for (const offset of [0, 3, 6]) {
      const page = await call('people.list', { offset, limit: 3 });
      expect(page.total).toBe(7);
      expect(page.items.length).toBe(offset === 6 ? 1 : 3);
      seen.push(...page.items.map((p) => p.name));
    }
    expect(seen).toEqual(all);
    expect(await call('people.list', { offset: 50, limit: 3 })).toEqual({ items: [], total: 7 });
    const filtered = await call('people.list', { search: 'p0', offset: 1, limit: 2 });
    expect(filtered.total).toBe(7);
    expect(filtered.items.map((p) => p.name)).toEqual(['p02', 'p03']);
  });

  it('filters by unit, joins the unit name and follows a unit rename', async () => {
    const ops = await unit('Operations');
    const hr = await unit('HR');
    await person('Olga', { unitId: ops.id });
    await person('Otto', { unitId: ops.id });
    await person('Hana', { unitId: hr.id });
    await person('Nobody');
    const inOps = await call('people.list', { unitId: ops.id });
    expect(inOps.total).toBe(2);
    expect(inOps.items.map((p) => [p.name, p.unitName])).toEqual([['Olga', 'Operations'], ['Otto', 'Operations']]);
    const both = await call('people.list', { unitId: ops.id, search: 'tt' });
    expect(both.items.map((p) => p.name)).toEqual(['Otto']);
    expect(both.total).toBe(1);
    await call('people.unitUpdate', { id: ops.id, name: 'Ops & Delivery' });
    expect((await call('people.list', { unitId: ops.id })).items.every((p) => p.unitName === 'Ops & Delivery')).toBe(true);
    expect((await call('people.list', { unitId: RANDOM_ID })).total).toBe(0);
  });
});

describe('organisation units', () => {
  it('creates, lists by name, and updates units with stamps and change_log', async () => {
    const b = await unit('beta');
    const a = await unit('Alpha', null);
    h.setNow('2026-12-05T00:00:00.000Z');
    const child = await call('people.unitCreate', { name: 'Alpha Sub', description: 'desc', parentId: a.id });
    expect(child).toMatchObject({ parentId: a.id, description: 'desc', memberCount: 0, createdAt: '2026-12-05T00:00:00.000Z' });
    expect((await call('people.unitList', {})).map((u) => u.name)).toEqual(['Alpha', 'Alpha Sub', 'beta']);
    const renamed = await call('people.unitUpdate', { id: b.id, name: 'Beta', description: 'x' });
    expect(renamed).toMatchObject({ name: 'Beta', description: 'x', createdAt: START, updatedAt: '2026-12-05T00:00:00.000Z' });
    expect(changesFor(h.sqlite(), b.id).map((r) => [r.table_name, r.op])).toEqual([['org_units', 'insert'], ['org_units', 'update']]);
  });

  // Regression guard (was a bug) (services/people.ts, unitColumns.memberCount): the correlated subquery is rendered
  // unqualified, `(select count(*) from "people" where "unit_id" = "id")`, so "id" binds to people.id
  // and memberCount is always 0. Remove `.fails` once fixed.
  it('unitList and unitUpdate report how many people are in each unit', async () => {
    const b = await unit('beta');
    await person('M1', { unitId: b.id });
    await person('M2', { unitId: b.id });
    expect((await call('people.unitList', {})).map((u) => [u.name, u.memberCount])).toEqual([['beta', 2]]);
    expect((await call('people.unitUpdate', { id: b.id, name: 'Beta' })).memberCount).toBe(2);
  });

  it('refuses to delete a unit that still has members (CONFLICT listing them) and changes nothing until confirmed', async () => {
    const u = await unit('Staffed');
    const m = await person('Member', { unitId: u.id });
    const logBefore = rowCount(h.sqlite(), 'change_log');
    const refused = expectError(await h.client.raw('people.unitDelete', { id: u.id }), 'CONFLICT');
    expect(refused.details).toEqual({ references: [{ kind: 'people.person', id: m.id, label: 'Member is a member (they stay in the register without a unit)', effect: 'unlinked' }] });
    expect(rowCount(h.sqlite(), 'org_units')).toBe(1);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(logBefore);
    expect((await call('people.get', { id: m.id })).unitName).toBe('Staffed');
    expect(await call('people.unitDelete', { id: u.id, confirm: true })).toEqual({ ok: true });
    expect(await call('people.get', { id: m.id })).toMatchObject({ unitId: null, unitName: null });
    expect(changesFor(h.sqlite(), m.id).map((c) => c.op)).toEqual(['insert', 'update']);
  });

  it('refuses to delete a unit with sub-units (CONFLICT) and deletes units once empty', async () => {
    const parent = await unit('Parent');
    const sub = await unit('Sub', parent.id);
    const m = await person('Member', { unitId: sub.id });
    await call('people.update', { id: m.id, name: 'Member', unitId: null });
    const logBefore = rowCount(h.sqlite(), 'change_log');
    expect(expectError(await h.client.raw('people.unitDelete', { id: parent.id }), 'CONFLICT').details).toEqual({
      references: [{ kind: 'people.unit', id: sub.id, label: 'Sub-unit "Sub" (it moves to the top level)', effect: 'unlinked' }],
    });
    expect(rowCount(h.sqlite(), 'org_units')).toBe(2);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(logBefore);
    expect(await call('people.unitDelete', { id: sub.id, confirm: true })).toEqual({ ok: true });
    expect(await call('people.unitDelete', { id: parent.id, confirm: true })).toEqual({ ok: true });
    expect(changesFor(h.sqlite(), parent.id).at(-1)?.op).toBe('delete');
    expect(rowCount(h.sqlite(), 'org_units')).toBe(0);
    expectError(await h.client.raw('people.unitDelete', { id: parent.id }), 'NOT_FOUND');
  });

  it('refuses a parent cycle, directly or through descendants, and leaves the tree unchanged', async () => {
    const a = await unit('A');
    const b = await unit('B', a.id);
    const c = await unit('C', b.id);
    for (const parentId of [a.id, b.id, c.id]) {
      const err = expectError(await h.client.raw('people.unitUpdate', { id: a.id, name: 'A', parentId }), 'VALIDATION');
      expect(err.message).toMatch(/below itself/);
      expect(err.details).toMatchObject({ field: 'parentId' });
    }
    expect((await call('people.unitList', {})).find((u) => u.id === a.id)?.parentId).toBeNull();
    // Moving a leaf elsewhere is fine.
    expect((await call('people.unitUpdate', { id: c.id, name: 'C', parentId: a.id })).parentId).toBe(a.id);
  });

  it('refuses unknown unit and parent ids with NOT_FOUND', async () => {
    expectError(await h.client.raw('people.unitCreate', { name: 'Orphan', parentId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await h.client.raw('people.unitUpdate', { id: RANDOM_ID, name: 'X' }), 'NOT_FOUND');
    expectError(await h.client.raw('people.unitDelete', { id: RANDOM_ID }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'org_units')).toBe(0);
  });
});
