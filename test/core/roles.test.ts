import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import type { RaciMatrix } from '../../shared/contract/roles';
import { docToText } from '../../shared/richtext';
import { RANDOM_ID, expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);
const roleByKey = async (key: string) => (await call('roles.list', {})).find((r) => r.key === key)!;
const rowOf = (m: RaciMatrix, key: string) => m.activities.find((a) => a.key === key)!;

describe('roles: the shipped catalogue', () => {
  it('is in a new workspace from its creation: six roles and fourteen activities, each with one A', async () => {
    expect(rowCount(h.sqlite(), 'roles')).toBe(6);
    expect(h.sqlite().prepare("select count(*) as n from catalog_seeds where key = 'roles-v1'").get()).toEqual({ n: 1 });
    const list = await call('roles.list', {});
    expect(list.map((r) => r.key)).toEqual(['top-management', 'isms-manager', 'risk-owner', 'asset-owner', 'internal-auditor', 'data-protection']);
    expect(list.map((r) => r.name)).toContain('ISMS manager / CISO');
    for (const r of list) expect(r.responsibilities.length, r.name).toBeGreaterThan(20);
    const m = await call('roles.getRaci', {});
    expect(m.roles.map((r) => r.key)).toEqual(list.map((r) => r.key));
    expect(m.activities).toHaveLength(14);
    for (const a of m.activities) expect(a.cells.filter((c) => c.value === 'A'), a.name).toHaveLength(1);
    const topId = list[0].id;
    expect(rowOf(m, 'isms-conformity').cells.find((c) => c.value === 'A')?.roleId).toBe(topId);
    expect(list[0].accountableFor).toBe(m.activities.filter((a) => a.cells.some((c) => c.roleId === topId && c.value === 'A')).length);
  });

  it('is added once: reading writes nothing, and a deleted shipped role does not come back', async () => {
    const log = rowCount(h.sqlite(), 'change_log');
    await call('roles.list', {});
    await call('roles.getRaci', {});
    await call('roles.list', {});
    expect(rowCount(h.sqlite(), 'change_log')).toBe(log);
    const assetOwner = await roleByKey('asset-owner');
    await call('roles.delete', { id: assetOwner.id, confirm: true });
    expect((await call('roles.list', {})).map((r) => r.key)).not.toContain('asset-owner');
    expect((await call('roles.getRaci', {})).activities.every((a) => a.cells.every((c) => c.roleId !== assetOwner.id))).toBe(true);
  });
});

describe('roles: catalogue and assignments', () => {
  it('creates, updates and deletes a role with its assignments and RACI cells', async () => {
    const pat = await call('people.create', { name: 'Pat Person' });
    const role = await call('roles.create', { name: 'Security champion', responsibilities: 'Promote good habits in the team.' });
    expect(role).toMatchObject({ key: null, sortOrder: 7, assignments: [], accountableFor: 0 });
    expect((await call('roles.update', { id: role.id, name: 'Champion', authorities: 'None' })).name).toBe('Champion');
    await call('roles.assign', { roleId: role.id, personId: pat.id });
    const m = await call('roles.getRaci', {});
    const row = rowOf(m, 'awareness');
    await call('roles.raciSave', { rows: [{ activityId: row.id, cells: [...row.cells, { roleId: role.id, value: 'R' }] }] });
    await call('roles.delete', { id: role.id, confirm: true });
    expect(rowCount(h.sqlite(), 'role_assignments')).toBe(0);
    expect(rowOf(await call('roles.getRaci', {}), 'awareness').cells).toEqual(row.cells);
    expectError(await h.client.raw('roles.delete', { id: role.id }), 'NOT_FOUND');
    expectError(await h.client.raw('roles.update', { id: role.id, name: 'X' }), 'NOT_FOUND');
  });

  it('refuses to delete top management, or a role accountable for an activity', async () => {
    const top = await roleByKey('top-management');
    expect(expectError(await h.client.raw('roles.delete', { id: top.id }), 'CONFLICT').message).toMatch(/needed for 5.1/);
    const isms = await roleByKey('isms-manager');
    expect(expectError(await h.client.raw('roles.delete', { id: isms.id }), 'CONFLICT').message).toMatch(/^ISMS manager \/ CISO is accountable for \d+ activities/);
    expect(rowCount(h.sqlite(), 'roles')).toBe(6);
  });

  it('assigns people, records acceptance, refuses duplicates and future dates, and unassigns', async () => {
    const pat = await call('people.create', { name: 'Pat Person' });
    const isms = await roleByKey('isms-manager');
    const a = await call('roles.assign', { roleId: isms.id, personId: pat.id, note: 'Appointed by the board' });
    expect(a).toMatchObject({ roleId: isms.id, personId: pat.id, personName: 'Pat Person', acceptedOn: null, note: 'Appointed by the board' });
    expect(expectError(await h.client.raw('roles.assign', { roleId: isms.id, personId: pat.id }), 'CONFLICT').message).toBe('That person already holds the role ISMS manager / CISO.');
    expectError(await h.client.raw('roles.assign', { roleId: isms.id, personId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await h.client.raw('roles.assign', { roleId: RANDOM_ID, personId: pat.id }), 'NOT_FOUND');
    expect(fieldsOf(expectError(await h.client.raw('roles.assignmentUpdate', { id: a.id, acceptedOn: '2026-11-30' }), 'VALIDATION'))).toEqual(['acceptedOn']);
    expect((await call('roles.assignmentUpdate', { id: a.id, acceptedOn: '2026-11-28' })).acceptedOn).toBe('2026-11-28');
    expect((await roleByKey('isms-manager')).assignments.map((x) => [x.personName, x.acceptedOn])).toEqual([['Pat Person', '2026-11-28']]);
    await call('roles.unassign', { id: a.id });
    expectError(await h.client.raw('roles.unassign', { id: a.id }), 'NOT_FOUND');
    expect((await roleByKey('isms-manager')).assignments).toEqual([]);
  });

  it('role holders fill policy templates, and deleting a person takes them off their roles', async () => {
    const iris = await call('people.create', { name: 'Iris Manager' });
    const tom = await call('people.create', { name: 'Tom Director' });
    const tina = await call('people.create', { name: 'Tina Board' });
    await call('roles.assign', { roleId: (await roleByKey('isms-manager')).id, personId: iris.id });
    for (const p of [tom, tina]) await call('roles.assign', { roleId: (await roleByKey('top-management')).id, personId: p.id });
    const policy = await call('policies.create', { title: 'Cryptography policy', kind: 'topic', templateKey: 'cryptography' });
    const body = docToText((await call('policies.getVersion', { versionId: policy.current.id })).content);
    expect(body).toContain('Top management (Tina Board and Tom Director) sets the direction');
    expect(body).toContain('owned by Iris Manager');
    expect(body).toContain('checked with Iris Manager');
    await call('people.delete', { id: iris.id, confirm: true });
    expect((await roleByKey('isms-manager')).assignments).toEqual([]);
  });
});

describe('roles: RACI matrix', () => {
  const cells = (m: RaciMatrix, values: Record<string, 'R' | 'A' | 'C' | 'I' | null>) =>
    Object.entries(values).map(([key, value]) => ({ roleId: m.roles.find((r) => r.key === key)!.id, value }));

  it('adds an activity only with exactly one accountable role', async () => {
    const m = await call('roles.getRaci', {});
    const before = rowCount(h.sqlite(), 'raci_activities');
    const none = expectError(await h.client.raw('roles.activityCreate', { name: 'Patch servers', cells: cells(m, { 'isms-manager': 'R' }) }), 'VALIDATION');
    expect(none.message).toBe('Patch servers: Every activity needs exactly one accountable role (A); this one has none.');
    expect(none.details).toMatchObject({ field: 'cells' });
    const two = expectError(await h.client.raw('roles.activityCreate', { name: 'Patch servers', cells: cells(m, { 'isms-manager': 'A', 'asset-owner': 'A' }) }), 'VALIDATION');
    expect(two.message).toMatch(/this one has 2\.$/);
    expect(fieldsOf(two)).toEqual(['cells']);
    const dup = [...cells(m, { 'isms-manager': 'A' }), ...cells(m, { 'isms-manager': 'R' })];
    expect(expectError(await h.client.raw('roles.activityCreate', { name: 'Dup', cells: dup }), 'VALIDATION').message).toMatch(/only once in a row/);
    expectError(await h.client.raw('roles.activityCreate', { name: 'Ghost', cells: [{ roleId: RANDOM_ID, value: 'A' }] }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'raci_activities')).toBe(before);
    const ok = await call('roles.activityCreate', { name: 'Patch servers', cells: cells(m, { 'isms-manager': 'A', 'asset-owner': 'R', 'risk-owner': null }) });
    expect(ok).toMatchObject({ name: 'Patch servers', key: null, sortOrder: 15 });
    expect(ok.cells.map((c) => c.value)).toEqual(['A', 'R']);
  });

  it('saves rows: moving the A in one step works; removing it or doubling it is refused for the whole batch', async () => {
    const m = await call('roles.getRaci', {});
    const report = rowOf(m, 'report-performance');
    const audit = rowOf(m, 'internal-audit');
    const moved = await call('roles.raciSave', { rows: [{ activityId: report.id, cells: cells(m, { 'isms-manager': 'R', 'top-management': 'A', 'internal-auditor': 'I' }) }] });
    expect(rowOf(moved, 'report-performance').cells.map((c) => [m.roles.find((r) => r.id === c.roleId)!.key, c.value])).toEqual([
      ['top-management', 'A'],
      ['isms-manager', 'R'],
      ['internal-auditor', 'I'],
    ]);
    const log = rowCount(h.sqlite(), 'change_log');
    const err = expectError(
      await h.client.raw('roles.raciSave', {
        rows: [
          { activityId: audit.id, cells: cells(m, { 'internal-auditor': 'A' }) },
          { activityId: report.id, cells: cells(m, { 'isms-manager': 'R' }) },
        ],
      }),
      'VALIDATION',
    );
    expect(err.message).toBe('Report ISMS performance to top management: Every activity needs exactly one accountable role (A); this one has none.');
    expect(err.details).toMatchObject({ field: 'rows.1.cells', activityId: report.id });
    expect(rowCount(h.sqlite(), 'change_log')).toBe(log);
    expect(rowOf(await call('roles.getRaci', {}), 'internal-audit').cells).toEqual(audit.cells);
    expectError(await h.client.raw('roles.raciSave', { rows: [{ activityId: RANDOM_ID, cells: cells(m, { 'isms-manager': 'A' }) }] }), 'NOT_FOUND');
    const twice = { activityId: audit.id, cells: cells(m, { 'internal-auditor': 'A' }) };
    expect(fieldsOf(expectError(await h.client.raw('roles.raciSave', { rows: [twice, twice] }), 'VALIDATION'))).toEqual(['rows']);
  });

  it('renames and deletes activities with their cells', async () => {
    const m = await call('roles.getRaci', {});
    const soa = rowOf(m, 'soa');
    expect((await call('roles.activityUpdate', { id: soa.id, name: 'Keep the SoA current', description: 'd' })).name).toBe('Keep the SoA current');
    const cellsBefore = rowCount(h.sqlite(), 'raci_entries');
    await call('roles.activityDelete', { id: soa.id, confirm: true });
    expect(rowCount(h.sqlite(), 'raci_entries')).toBe(cellsBefore - soa.cells.length);
    expectError(await h.client.raw('roles.activityDelete', { id: soa.id }), 'NOT_FOUND');
    expectError(await h.client.raw('roles.activityUpdate', { id: soa.id, name: 'x' }), 'NOT_FOUND');
  });
});
