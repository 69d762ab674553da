import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../electron/core/db/schema';
import { PLANNED_REF_PREFIXES, REF_PREFIXES, formatRef, parseRef } from '../../shared/refs';
import { expectError, openHarness, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const issue = (title: string) => h.client.call('context.create', { title, kind: 'external', category: 'legal', swot: 'threat' });
const refsOf = (rows: { ref: string }[]) => rows.map((r) => r.ref);

describe('the id scheme (shared/refs.ts)', () => {
  it('lists exactly the tables that have a ref column, each with its own prefix', () => {
    const tables = Object.values(schema as Record<string, unknown>).filter((t) => is(t, SQLiteTable)) as SQLiteTable[];
    const withRef = tables
      .filter((t) => 'ref' in getTableColumns(t))
      .map((t) => getTableName(t))
      .sort();
    expect(withRef).toEqual(Object.keys(REF_PREFIXES).sort());
    const all = [...Object.values(REF_PREFIXES), ...Object.values(PLANNED_REF_PREFIXES)];
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) expect(p).toMatch(/^[A-Z]{2,4}$/);
  });

  it('formats three digits at least and reads what people type', () => {
    expect(formatRef('CTX', 1)).toBe('CTX-001');
    expect(formatRef('CTX', 1000)).toBe('CTX-1000');
    expect(['ctx-7', 'CTX7', ' Ctx - 007 ', 'ctx-0007'].map((s) => parseRef('CTX', s))).toEqual(Array(4).fill('CTX-007'));
    expect(['IP-7', 'ctx', 'ctx-', 'ctx-0', 'CTX-7a', 'risk 7'].map((s) => parseRef('CTX', s))).toEqual(Array(6).fill(null));
  });
});

describe('ids given by the write helper', () => {
  it('numbers rows per register, never reuses a deleted id and keeps it through updates', async () => {
    const a = await issue('A');
    const b = await issue('B');
    expect([a.ref, b.ref]).toEqual(['CTX-001', 'CTX-002']);
    await h.client.call('context.delete', { id: b.id });
    const c = await issue('C');
    expect(c.ref).toBe('CTX-003');
    const updated = await h.client.call('context.update', { id: a.id, title: 'A2', kind: 'internal', category: 'culture', swot: 'strength' });
    expect(updated.ref).toBe('CTX-001');
    expect((await h.client.call('context.get', { id: a.id })).ref).toBe('CTX-001');
    // Each register has its own counter.
    const party = await h.client.call('parties.create', { name: 'Regulator', type: 'regulator' });
    const req = await h.client.call('parties.requirementCreate', { partyId: party.id, text: 'Report breaches', type: 'legal' });
    const person = await h.client.call('people.create', { name: 'Pat' });
    const unit = await h.client.call('people.unitCreate', { name: 'IT' });
    expect([party.ref, req.ref, person.ref, unit.ref]).toEqual(['IP-001', 'REQ-001', 'PER-001', 'UNIT-001']);
  });

  it('ignores an id a caller tries to set or change', async () => {
    const raw = await h.client.raw('context.create', { title: 'Mine', kind: 'external', category: 'legal', swot: 'threat', ref: 'CTX-999' });
    expect(raw.ok && (raw.value as { ref: string }).ref).toBe('CTX-001');
    const id = raw.ok ? (raw.value as { id: string }).id : '';
    const upd = await h.client.raw('context.update', { id, title: 'Mine', kind: 'external', category: 'legal', swot: 'threat', ref: 'CTX-500' });
    expect(upd.ok && (upd.value as { ref: string }).ref).toBe('CTX-001');
  });

  it('gives every register of clauses 4 and 5 its ids, shipped content included', async () => {
    const processes = await h.client.call('scope.processList', {});
    expect(refsOf(processes)).toEqual(processes.map((_p, i) => formatRef('PRC', i + 1)));
    const boundary = await h.client.call('scope.boundaryCreate', { kind: 'location', name: 'HQ' });
    const iface = await h.client.call('scope.interfaceCreate', { counterpart: 'Cloud host', crossing: 'Backups' });
    expect([boundary.ref, iface.ref]).toEqual(['SCB-001', 'SCI-001']);
    const roles = await h.client.call('roles.list', {});
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(refsOf(roles)).size).toBe(roles.length);
    for (const r of roles) expect(r.ref).toMatch(/^ROLE-\d{3}$/);
    const raci = await h.client.call('roles.getRaci', {});
    for (const a of raci.activities) expect(a.ref).toMatch(/^ACT-\d{3}$/);
    const leadership = await h.client.call('leadership.get', {});
    for (const c of leadership.commitments) expect(c.ref).toMatch(/^LC-\d{3}$/);
    const policy = await h.client.call('policies.create', { title: 'Information security policy', kind: 'information-security' });
    const topic = await h.client.call('policies.create', { title: 'Backup policy', kind: 'topic' });
    expect([policy.ref, topic.ref]).toEqual(['POL-001', 'POL-002']);
    expect(refsOf(await h.client.call('policies.list', {}))).toEqual(['POL-001', 'POL-002']);
  });

  it('keeps ids unique per workspace: another workspace starts again at 001', async () => {
    await issue('In the first');
    const other = await openHarness('Other Ltd');
    try {
      expect((await other.client.call('context.create', { title: 'In the second', kind: 'internal', category: 'culture', swot: 'weakness' })).ref).toBe('CTX-001');
    } finally {
      other.cleanup();
    }
  });

  it('refuses a second row written around the write helper (no id) instead of storing it silently', async () => {
    const db = h.sqlite();
    const insert = (id: string) =>
      db
        .prepare("insert into context_issues (id, created_at, updated_at, created_by, updated_by, title, kind, category, swot) values (?, 'x', 'x', 'x', 'x', 't', 'external', 'legal', 'threat')")
        .run(id);
    insert('00000000-0000-4000-8000-000000000001');
    expect(() => insert('00000000-0000-4000-8000-000000000002')).toThrowError(/UNIQUE/);
  });
});

describe('finding and sorting by id in the register queries', () => {
  it('finds a row by its id however it is typed, and sorts ids by number', async () => {
    for (const t of ['A', 'B', 'C']) await issue(t);
    const search = async (s: string) => refsOf((await h.client.call('context.list', { search: s })).items);
    expect(await search('ctx-2')).toEqual(['CTX-002']);
    expect(await search('CTX2')).toEqual(['CTX-002']);
    expect(await search('CTX-00')).toHaveLength(3);
    // Past 999 the number grows a digit; sorting stays numeric.
    h.sqlite().prepare("update ref_counters set last = 998 where prefix = 'CTX'").run();
    await issue('D');
    await issue('E');
    const asc = refsOf((await h.client.call('context.list', { sort: 'ref', dir: 'asc' })).items);
    expect(asc).toEqual(['CTX-001', 'CTX-002', 'CTX-003', 'CTX-999', 'CTX-1000']);
    const desc = refsOf((await h.client.call('context.list', { sort: 'ref', dir: 'desc' })).items);
    expect(desc).toEqual([...asc].reverse());
  });

  it('searches and sorts parties and people by id too', async () => {
    const p1 = await h.client.call('parties.create', { name: 'Zeta', type: 'customer' });
    const p2 = await h.client.call('parties.create', { name: 'Alpha', type: 'customer' });
    expect(refsOf((await h.client.call('parties.list', { sort: 'ref' })).items)).toEqual([p1.ref, p2.ref]);
    expect((await h.client.call('parties.list', { search: 'ip-2' })).items.map((p) => p.name)).toEqual(['Alpha']);
    await h.client.call('people.create', { name: 'Pat' });
    await h.client.call('people.create', { name: 'Ann' });
    expect((await h.client.call('people.list', { search: 'per1' })).items.map((p) => p.name)).toEqual(['Pat']);
    expect((await h.client.call('people.list', { sort: 'ref', dir: 'desc' })).items.map((p) => p.name)).toEqual(['Ann', 'Pat']);
  });

  it('refuses an unknown sort column', async () => {
    expectError(await h.client.raw('context.list', { sort: 'nope' }), 'VALIDATION');
  });
});
