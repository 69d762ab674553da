import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import type { IsmsProcess } from '../../shared/contract/scope';
import { openHarness, type Harness, topManager } from './helpers';

// The harness clock is 2026-11-29T10:00Z: "today" is 2026-11-29.
let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const summary = () => h.client.call('readiness.summary', {});
const clause = async (id: string) => (await summary()).clauses.find((c) => c.id === id)!;
const expectClause = async (id: string, percent: number, met: boolean[]) => {
  const c = await clause(id);
  expect(c.criteria.map((k) => k.met), `${id} criteria`).toEqual(met);
  expect(c.percent, `${id} percent`).toBe(percent);
  expect(c.status).toBe(percent === 100 ? 'done' : percent === 0 ? 'not-started' : 'in-progress');
  expect(c.available).toBe(true);
  return c;
};
type PartyInput = MethodInput<'parties.create'>;
const party = (name: string, type: PartyInput['type'], more: Partial<PartyInput> = {}) => h.client.call('parties.create', { name, type, ...more });
const processUpdate = (p: IsmsProcess, more: Partial<MethodInput<'scope.processUpdate'>>) =>
  h.client.call('scope.processUpdate', { id: p.id, name: p.name, description: p.description, ownerId: p.ownerId, inputs: p.inputs, outputs: p.outputs, clauseRef: p.clauseRef, feeds: p.feeds, ...more });

describe('readiness of 4.2 (5 criteria, 20 % each)', () => {
  it('rises step by step as parties, kinds, requirements and decisions are recorded', async () => {
    const c0 = await expectClause('4.2', 0, [false, false, false, false, false]);
    expect(c0.criteria.map((k) => k.detail)).toEqual(['0 parties', '0 kinds', undefined, undefined, undefined]);

    // One party: identified, and (no review date) nothing overdue.
    const dpa = await party('DPA', 'regulator');
    const c1 = await expectClause('4.2', 40, [true, false, false, false, true]);
    expect(c1.criteria[0].detail).toBe('1 party');
    expect((await summary()).next.find((n) => n.clauseId === '4.2')).toEqual({
      clauseId: '4.2', text: 'Parties of at least 3 different kinds considered', route: '/clause/4.2',
    });
    const second = await party('Sector regulator', 'regulator');
    expect((await clause('4.2')).criteria[1].met).toBe(false); // a second regulator is still one kind
    const customer = await party('Big customer', 'customer');
    const staff = await party('Staff', 'employee');
    const c2 = await expectClause('4.2', 60, [true, true, false, false, true]);
    expect(c2.criteria[2].detail).toBe('4 parties without requirements');

    const all = [dpa, second, customer, staff];
    const reqs = [];
    for (const p of all) {
      if (p === staff) expect((await clause('4.2')).criteria[2].detail).toBe('1 party without requirements');
      reqs.push(await h.client.call('parties.requirementCreate', { partyId: p.id, text: `Needs of ${p.name}`, type: 'expectation' }));
    }
    const c3 = await expectClause('4.2', 80, [true, true, true, false, true]);
    expect(c3.criteria[3].detail).toBe('4 requirements not decided');

    for (const r of reqs) await h.client.call('parties.requirementUpdate', { ...r, decision: r.partyId === staff.id ? 'not-addressed' : 'addressed', how: 'Reason' });
    const c4 = await expectClause('4.2', 100, [true, true, true, true, true]);
    expect(c4.criteria.map((k) => k.detail)).toEqual(['4 parties', '3 kinds', undefined, undefined, undefined]);
    expect((await summary()).next.map((n) => n.clauseId)).not.toContain('4.2');

    // A new party without requirements undoes "every party has a requirement".
    await party('Newcomer', 'public');
    await expectClause('4.2', 80, [true, true, false, true, true]);
  });

  it('an overdue party review is unmet, shows in due as overdue; due today is not overdue; 30-day window', async () => {
    const p = await party('DPA', 'regulator', { reviewDate: '2026-11-28' });
    const c = await expectClause('4.2', 20, [true, false, false, false, false]);
    expect(c.criteria[4].detail).toBe('1 overdue');
    expect((await summary()).due).toEqual([{ clauseId: '4.2', text: 'Review the interested party "DPA"', date: '2026-11-28', overdue: true, route: '/clause/4.2' }]);

    await h.client.call('parties.update', { id: p.id, name: 'DPA', type: 'regulator', reviewDate: '2026-11-29' });
    await expectClause('4.2', 40, [true, false, false, false, true]);
    expect((await summary()).due).toEqual([expect.objectContaining({ clauseId: '4.2', date: '2026-11-29', overdue: false })]);

    await party('Day 30', 'customer', { reviewDate: '2026-12-29' });
    await party('Day 31', 'customer', { reviewDate: '2026-12-30' });
    await h.client.call('context.create', { title: 'Issue due', kind: 'internal', category: 'culture', swot: 'strength', reviewDate: '2026-12-01' });
    expect((await summary()).due.map((d) => [d.clauseId, d.date])).toEqual([
      ['4.2', '2026-11-29'],
      ['4.1', '2026-12-01'],
      ['4.2', '2026-12-29'],
    ]);
  });
});

describe('readiness of 4.3 (6 criteria)', () => {
  it('17, 33, 50, 67, 83, 100 %: only included boundaries count; a new draft after approval drops to 83 %', async () => {
    await expectClause('4.3', 0, [false, false, false, false, false, false]);
    const b = (kind: MethodInput<'scope.boundaryCreate'>['kind'], name: string, included = true) =>
      h.client.call('scope.boundaryCreate', { kind, name, included, justification: included ? '' : 'Reason' });

    await b('process', 'Canteen', false);
    await b('location', 'Warehouse', false);
    expect((await expectClause('4.3', 0, [false, false, false, false, false, false])).criteria[0].detail).toBe('0 processes');
    await b('process', 'Payroll');
    expect((await expectClause('4.3', 17, [true, false, false, false, false, false])).criteria[0].detail).toBe('1 process');
    await b('location', 'Head office');
    await expectClause('4.3', 33, [true, true, false, false, false, false]);
    await b('unit', 'Finance'); // a unit as well as a location counts once
    await expectClause('4.3', 33, [true, true, false, false, false, false]);
    await b('asset', 'Customer data');
    await expectClause('4.3', 50, [true, true, true, false, false, false]);
    await h.client.call('scope.interfaceCreate', { counterpart: 'Bank', crossing: 'Payments' });
    expect((await expectClause('4.3', 67, [true, true, true, true, false, false])).criteria[3].detail).toBe('1 interface');
    await h.client.call('scope.statementSave', { text: 'Our scope' });
    expect((await expectClause('4.3', 83, [true, true, true, true, true, false])).criteria[5].detail).toBe('version 1 is a draft');
    const approver = await topManager(h.client, 'CEO');
    await h.client.call('scope.statementApprove', { approverId: approver.id, approvedOn: '2026-11-29' });
    expect((await expectClause('4.3', 100, [true, true, true, true, true, true])).criteria[5].detail).toBe('version 1 approved');
    await h.client.call('scope.statementSave', { text: 'Our scope, changed' });
    expect((await expectClause('4.3', 83, [true, true, true, true, true, false])).criteria[5].detail).toBe('version 2 is a draft');
  });
});

describe('readiness of 4.4 (4 criteria, 25 % each)', () => {
  it('a new workspace is at 0 %: the seeded processes have inputs, outputs and links, but count only once an owner is named', async () => {
    const c = await expectClause('4.4', 0, [false, false, false, false]);
    expect(c.criteria.map((k) => k.detail)).toEqual(['0 of 17 processes have an owner', '17 without an owner', undefined, undefined]);
    expect((await summary()).next.find((n) => n.clauseId === '4.4')?.text).toBe('Process list adopted: owners named for the processes you run');
  });

  it('one owner adopts the list (75 %), all owners complete it; a bare new process loses owners, flows and links; no processes is 0 %', async () => {
    const owner = await h.client.call('people.create', { name: 'Owner' });
    const seeded = await h.client.call('scope.processList', {});
    await processUpdate(seeded[0], { ownerId: owner.id });
    const adopted = await expectClause('4.4', 75, [true, false, true, true]);
    expect(adopted.criteria.map((k) => k.detail)).toEqual(['1 of 17 processes have an owner', '16 without an owner', undefined, undefined]);
    for (const p of seeded.slice(1, 16)) await processUpdate(p, { ownerId: owner.id });
    expect((await expectClause('4.4', 75, [true, false, true, true])).criteria[1].detail).toBe('1 without an owner');
    await processUpdate(seeded[16], { ownerId: owner.id });
    await expectClause('4.4', 100, [true, true, true, true]);

    const bare = await h.client.call('scope.processCreate', { name: 'Bare' });
    const c = await expectClause('4.4', 25, [true, false, false, false]);
    expect(c.criteria.map((k) => k.detail)).toEqual(['17 of 18 processes have an owner', '1 without an owner', '1 incomplete', '1 not linked']);
    const withInputs = await processUpdate(bare, { ownerId: owner.id, inputs: 'Only inputs' });
    await expectClause('4.4', 50, [true, true, false, false]); // inputs without outputs is still incomplete
    const complete = await processUpdate(withInputs, { outputs: 'Outputs' });
    await expectClause('4.4', 75, [true, true, true, false]);
    // Being fed by another process counts as linked, too.
    await processUpdate(seeded[0], { ownerId: owner.id, feeds: [...seeded[0].feeds, complete.id] });
    await expectClause('4.4', 100, [true, true, true, true]);

    for (const p of await h.client.call('scope.processList', {})) await h.client.call('scope.processDelete', { id: p.id, confirm: true });
    expect((await expectClause('4.4', 0, [false, false, false, false])).criteria[0].detail).toBe('0 of 0 processes have an owner');
  });
});

describe('overall readiness', () => {
  it('is the rounded mean of all 23 clauses, every one guided (4.1-4.4, 5.1-5.3, 6.1-6.3, 7.1-7.5, 8.1-8.3, 9.1-9.3, 10.1, 10.2) and at 0 % until touched', async () => {
    const available = async () => (await summary()).clauses.filter((c) => c.available).map((c) => [c.id, c.percent]);
    expect((await summary()).overall).toBe(0);
    expect(await summary()).toMatchObject({ guided: 23, total: 23 });
    expect(await available()).toEqual(['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '10.1', '10.2'].map((id) => [id, 0]));
    await h.client.call('context.create', { title: 'Recession', kind: 'external', category: 'economic', swot: 'threat' }); // 4.1: 20
    await party('A', 'regulator');
    await party('B', 'customer');
    await party('C', 'employee'); // 4.2: 60
    await h.client.call('scope.boundaryCreate', { kind: 'asset', name: 'Data' }); // 4.3: 17
    const s = await summary();
    expect(s.clauses.filter((c) => c.available).map((c) => [c.id, c.percent])).toEqual([
      ['4.1', 20],
      ['4.2', 60],
      ['4.3', 17],
      ['4.4', 0],
      ['5.1', 0],
      ['5.2', 0],
      ['5.3', 0],
      ['6.1', 0],
      ['6.2', 0],
      ['6.3', 0],
      ['7.1', 0],
      ['7.2', 0],
      ['7.3', 0],
      ['7.4', 0],
      ['7.5', 0],
      ['8.1', 0],
      ['8.2', 0],
      ['8.3', 0],
      ['9.1', 0],
      ['9.2', 0],
      ['9.3', 0],
      ['10.1', 0],
      ['10.2', 0],
    ]);
    expect(s.overall).toBe(4); // (20 + 60 + 17 + 0 x 23) / 23 = 4.2
    expect(s.next.map((n) => n.clauseId)).toEqual(['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '10.1', '10.2']);
    await h.client.call('scope.interfaceCreate', { counterpart: 'Bank', crossing: 'Payments' }); // 4.3: 33
    expect((await summary()).overall).toBe(5); // (20 + 60 + 33 + 0 x 23) / 23 = 4.9
    const owner = await h.client.call('people.create', { name: 'Owner' });
    await processUpdate((await h.client.call('scope.processList', {}))[0], { ownerId: owner.id }); // 4.4: 75
    expect((await summary()).overall).toBe(8); // (20 + 60 + 33 + 75 + 0 x 19) / 23 = 8.2
    // Opening 5.1 and 5.3 seeds their shipped checklist, roles and RACI; that alone is not progress.
    await h.client.call('leadership.get', {});
    await h.client.call('roles.list', {});
    expect((await available()).slice(4, 7)).toEqual([['5.1', 0], ['5.2', 0], ['5.3', 0]]);
    expect((await summary()).overall).toBe(8);
    // Naming top management is one of the four 5.1 criteria (25 %) and gives the role a holder.
    const { topManagementRoleId } = await h.client.call('leadership.get', {});
    await h.client.call('roles.assign', { roleId: topManagementRoleId, personId: owner.id });
    // 5.3: the catalogue is adopted once someone is assigned, so its descriptions count (25 %).
    expect((await available()).slice(4, 7)).toEqual([['5.1', 25], ['5.2', 0], ['5.3', 25]]);
    expect((await summary()).overall).toBe(10); // (20 + 60 + 33 + 75 + 25 + 0 + 25 + 0 x 16) / 23 = 10.3
  });

});
