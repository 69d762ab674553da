import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { openHarness, type Harness, topManager } from './helpers';

// The harness clock starts at 2026-11-29T10:00Z.
let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);
const clause = async (id: string) => (await call('readiness.summary', {})).clauses.find((c) => c.id === id)!;
const expectClause = async (id: string, percent: number, met: boolean[]) => {
  const c = await clause(id);
  expect(c.criteria.map((k) => k.met), id).toEqual(met);
  expect(c.percent, id).toBe(percent);
  return c;
};
const doc = (...lines: string[]) => ({ type: 'doc' as const, content: lines.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })) });

describe('readiness 5.2: policy', () => {
  it('rises criterion by criterion from writing the policy to every acknowledgement', async () => {
    const ann = await topManager(h.client, 'Ann Approver');
    const bob = await call('people.create', { name: 'Bob Reader' });
    await expectClause('5.2', 0, [false, false, false, false, false, false]);
    const p = await call('policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security' });
    const c1 = await expectClause('5.2', 17, [true, false, false, false, false, false]);
    expect(c1.criteria[0].detail).toBe('version 1.0, draft');
    await call('policies.submit', { versionId: p.current.id });
    await expectClause('5.2', 17, [true, false, false, false, false, false]);
    await call('policies.approve', { versionId: p.current.id, approverId: ann.id, approvedOn: '2026-11-29' });
    expect((await expectClause('5.2', 33, [true, true, false, false, false, false])).criteria[1].detail).toBe('by Ann Approver on 2026-11-29');
    await call('policies.publish', { versionId: p.current.id });
    const published = await expectClause('5.2', 83, [true, true, true, true, false, true]);
    expect(published.criteria[4].detail).toBe('no distribution list yet');
    await call('policies.distributionAdd', { policyId: p.id, personId: ann.id });
    await call('policies.distributionAdd', { policyId: p.id, personId: bob.id });
    expect((await expectClause('5.2', 83, [true, true, true, true, false, true])).criteria[4].detail).toBe('0 of 2 acknowledged');
    await call('policies.acknowledge', { versionId: p.current.id, personId: bob.id });
    expect((await expectClause('5.2', 83, [true, true, true, true, false, true])).criteria[4].detail).toBe('1 of 2 acknowledged');
    await call('policies.acknowledge', { versionId: p.current.id, personId: ann.id });
    const done = await expectClause('5.2', 100, [true, true, true, true, true, true]);
    expect(done.status).toBe('done');
    // A new topic policy in draft, or a new draft of the published one, has nothing in force to
    // review yet: readiness stays where it is (issue 9).
    await call('policies.create', { title: 'Backup policy', kind: 'topic', templateKey: 'backup' });
    await expectClause('5.2', 100, [true, true, true, true, true, true]);
    await call('policies.saveDraft', { policyId: p.id, content: doc('A better wording, not yet approved.') });
    await expectClause('5.2', 100, [true, true, true, true, true, true]);
    // Once a policy is in force without a review date, it counts again.
    h.sqlite().prepare('update policies set review_date = null where id = ?').run(p.id);
    expect((await expectClause('5.2', 83, [true, true, true, true, true, false])).criteria[5].detail).toBe('1 without a review date');
  });

  it('a published policy that misses what 5.2 asks is reported, and a new draft does not count until published', async () => {
    const ann = await topManager(h.client, 'Ann Approver');
    const p = await call('policies.create', { title: 'ISP', kind: 'information-security' });
    await call('policies.saveDraft', { policyId: p.id, content: doc('Our information security objectives are set each year.', 'We are committed to meeting applicable legal requirements.') });
    await call('policies.submit', { versionId: p.current.id });
    await call('policies.approve', { versionId: p.current.id, approverId: ann.id });
    await call('policies.publish', { versionId: p.current.id });
    expect((await clause('5.2')).criteria[3]).toMatchObject({ met: false, detail: '2 of 3 found' });
    await call('policies.saveDraft', { policyId: p.id, content: doc('Objectives of information security are set.', 'We will comply with the law.', 'We will continually improve the ISMS.') });
    expect((await clause('5.2')).criteria[3].met).toBe(false);
    const draft = (await call('policies.get', { id: p.id })).current;
    await call('policies.submit', { versionId: draft.id });
    await call('policies.approve', { versionId: draft.id, approverId: ann.id });
    await call('policies.publish', { versionId: draft.id });
    expect((await clause('5.2')).criteria[3]).toMatchObject({ met: true });
  });

  it('lists policy reviews due within 30 days and overdue ones on the dashboard', async () => {
    const a = await call('policies.create', { title: 'Access control policy', kind: 'topic', templateKey: 'access-control' });
    const b = await call('policies.create', { title: 'Backup policy', kind: 'topic', templateKey: 'backup' });
    await call('policies.update', { id: a.id, title: a.title, reviewDate: '2026-11-15' });
    await call('policies.update', { id: b.id, title: b.title, reviewDate: '2026-12-20' });
    const s = await call('readiness.summary', {});
    expect(s.due).toEqual([
      { clauseId: '5.2', text: 'Review the policy "Access control policy"', date: '2026-11-15', overdue: true, route: '/clause/5.2' },
      { clauseId: '5.2', text: 'Review the policy "Backup policy"', date: '2026-12-20', overdue: false, route: '/clause/5.2' },
    ]);
    expect(s.clauses.find((c) => c.id === '5.2')!.criteria[5]).toMatchObject({ met: false, detail: '1 overdue' });
    h.setNow('2027-01-01T08:00:00.000Z');
    expect((await call('readiness.summary', {})).due.map((d) => d.overdue)).toEqual([true, true]);
  });
});

describe('readiness 5.1: leadership', () => {
  it('25 points each: top management named, owners, evidence, everything in place', async () => {
    await expectClause('5.1', 0, [false, false, false, false]);
    const o = await call('leadership.get', {});
    const cara = await call('people.create', { name: 'Cara CEO' });
    await call('roles.assign', { roleId: o.topManagementRoleId, personId: cara.id });
    expect((await expectClause('5.1', 25, [true, false, false, false])).criteria[0].detail).toBe('Cara CEO');
    for (const c of o.commitments) await call('leadership.commitmentUpdate', { id: c.id, title: c.title, description: c.description, status: 'in-progress', ownerId: cara.id });
    expect((await expectClause('5.1', 50, [true, true, false, false])).criteria[2].detail).toBe('0 of 8 with evidence');
    for (const c of o.commitments) await call('leadership.evidenceAdd', { commitmentId: c.id, description: `Minutes for ${c.key}` });
    expect((await expectClause('5.1', 75, [true, true, true, false])).criteria[3].detail).toBe('0 of 8 done');
    for (const c of o.commitments) await call('leadership.commitmentUpdate', { id: c.id, title: c.title, description: c.description, status: 'done', ownerId: cara.id });
    await expectClause('5.1', 100, [true, true, true, true]);
  });
});

describe('readiness 5.3: roles', () => {
  it('rises with descriptions, the two required assignments, acceptance and a holder for every role', async () => {
    await expectClause('5.3', 0, [false, false, false, false]);
    const roles = await call('roles.list', {});
    // The shipped catalogue describes every role, but it counts only once the organisation assigns people.
    expect((await expectClause('5.3', 0, [false, false, false, false])).criteria[0].detail).toBe('the shipped catalogue counts once people are assigned');
    const byKey = (k: string) => roles.find((r) => r.key === k)!;
    const cara = await call('people.create', { name: 'Cara CEO' });
    const iris = await call('people.create', { name: 'Iris Manager' });
    const top = await call('roles.assign', { roleId: byKey('top-management').id, personId: cara.id });
    const c = await expectClause('5.3', 25, [true, false, false, false]);
    expect(c.criteria[3].detail).toBe('nobody holds the accountable role for reporting performance');
    const isms = await call('roles.assign', { roleId: byKey('isms-manager').id, personId: iris.id });
    expect((await expectClause('5.3', 50, [true, false, false, true])).criteria[2].detail).toBe('0 of 2 accepted');
    await call('roles.assignmentUpdate', { id: top.id, acceptedOn: '2026-11-01' });
    await call('roles.assignmentUpdate', { id: isms.id, acceptedOn: '2026-11-01' });
    await expectClause('5.3', 75, [true, false, true, true]);
    for (const r of roles.filter((x) => !['top-management', 'isms-manager'].includes(x.key!))) {
      await call('roles.assign', { roleId: r.id, personId: iris.id, acceptedOn: '2026-11-02' });
    }
    await expectClause('5.3', 100, [true, true, true, true]);
    await call('roles.update', { id: byKey('risk-owner').id, name: 'Risk owner', responsibilities: 'Treat risks.', authorities: '' });
    expect((await expectClause('5.3', 75, [false, true, true, true])).criteria[0].detail).toBe('1 role to complete');
  });
});
