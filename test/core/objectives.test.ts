import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { smartCheck, type SmartInput } from '../../shared/objectives';
import { RANDOM_ID, expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);

const complete: SmartInput = {
  title: 'Patch critical systems quickly',
  description: 'Apply critical security patches to every server within fourteen days',
  ownerId: 'someone',
  dueDate: '2027-06-30',
  resources: 'Two days a month of the operations team',
  evaluation: 'Monthly patch report from the update server',
  targetValue: 95,
  targetUnit: '%',
  achievability: 'The update server already covers most servers',
  policyId: 'policy',
  riskIds: [],
  metricId: null,
  resourceLines: 0,
};
const missingOf = (o: Partial<SmartInput>) => Object.fromEntries(smartCheck({ ...complete, ...o }).map((r) => [r.letter, r.missing]));

describe('SMART check (6.2), per letter', () => {
  it('passes a complete objective on every letter', () => {
    expect(smartCheck(complete).every((r) => r.met && r.missing.length === 0)).toBe(true);
    expect(smartCheck(complete).map((r) => r.word)).toEqual(['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound']);
  });
  it('S: needs what will be done in a few words and who is responsible', () => {
    expect(missingOf({ description: 'Patch things' }).S).toEqual(['say what will be done (at least 5 words)']);
    expect(missingOf({ ownerId: null }).S).toEqual(['name who is responsible']);
    expect(missingOf({ ownerId: null }).M).toEqual([]);
  });
  it('M: needs a target value, its unit and how results are evaluated; a linked metric stands in for the target', () => {
    expect(missingOf({ targetValue: null }).M).toEqual(['set a target value']);
    expect(missingOf({ targetUnit: ' ' }).M).toEqual(['give the unit of the target']);
    expect(missingOf({ evaluation: '' }).M).toEqual(['say how the results will be evaluated']);
    expect(missingOf({ targetValue: null, targetUnit: '', metricId: 'metric' }).M).toEqual([]);
    expect(missingOf({ targetValue: 0 }).M).toEqual([]); // zero incidents is a target
  });
  it('A: needs resources (in words or as 7.1 lines) and why it can be reached', () => {
    expect(missingOf({ resources: '' }).A).toEqual(['list the resources needed (in words or as 7.1 resource lines)']);
    expect(missingOf({ resources: '', resourceLines: 1 }).A).toEqual([]);
    expect(missingOf({ achievability: '' }).A).toEqual(['say why the target can be reached']);
  });
  it('R: needs a link to the policy or to a risk', () => {
    expect(missingOf({ policyId: null }).R).toEqual(['link it to the information security policy or to a risk']);
    expect(missingOf({ policyId: null, riskIds: ['r'] }).R).toEqual([]);
  });
  it('T: needs a due date', () => {
    expect(missingOf({ dueDate: null }).T).toEqual(['set a due date']);
    expect(smartCheck({ ...complete, dueDate: null }).filter((r) => !r.met).map((r) => r.letter)).toEqual(['T']);
  });
});

async function fixtures() {
  const owner = await call('people.create', { name: 'Olu Owner', jobTitle: 'IT manager' });
  const policy = await call('policies.create', { title: 'Information security policy', kind: 'information-security' });
  const asset = await call('risk.assetCreate', { name: 'File server' });
  const risk = await call('risk.create', { title: 'Unpatched server exploited', basis: 'event', event: 'Attack', affectsC: true, likelihood: 3, impact: 4 });
  return { owner, policy, asset, risk };
}

describe('objectives (6.2): register, links and status history', () => {
  it('creates an objective with its plan and links, and reports SMART per letter', async () => {
    const { owner, policy, risk } = await fixtures();
    const bare = await call('objectives.create', { title: 'Fewer incidents' });
    expect(bare.ref).toBe('OBJ-001');
    expect(bare.smart.filter((s) => !s.met).map((s) => s.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
    const o = await call('objectives.create', { ...complete, ownerId: owner.id, policyId: policy.id, riskIds: [risk.id], metricId: null });
    expect(o).toMatchObject({ ref: 'OBJ-002', ownerName: 'Olu Owner', policyTitle: 'Information security policy', status: 'not-started', progress: 0, riskIds: [risk.id] });
    expect(o.risks).toEqual([{ id: risk.id, ref: risk.ref, title: risk.title }]);
    expect(o.smart.every((s) => s.met)).toBe(true);
  });

  it('updates partially: a field left out keeps its value, null clears, risk links follow the list given', async () => {
    const { owner, policy, risk } = await fixtures();
    const o = await call('objectives.create', { ...complete, ownerId: owner.id, policyId: policy.id, riskIds: [risk.id], metricId: null });
    const u = await call('objectives.update', { id: o.id, dueDate: null });
    expect(u).toMatchObject({ dueDate: null, ownerId: owner.id, policyId: policy.id, riskIds: [risk.id], targetValue: 95 });
    expect(u.smart.find((s) => s.letter === 'T')).toMatchObject({ met: false, missing: ['set a due date'] });
    expect((await call('objectives.update', { id: o.id, riskIds: [] })).riskIds).toEqual([]);
    expect(rowCount(h.sqlite(), 'objective_links')).toBe(0);
  });

  it('refuses unknown people, policies, risks and metrics, writing nothing', async () => {
    const before = rowCount(h.sqlite(), 'change_log');
    expect(expectError(await h.client.raw('objectives.create', { title: 'X', ownerId: RANDOM_ID }), 'NOT_FOUND').details).toMatchObject({ field: 'ownerId' });
    expect(expectError(await h.client.raw('objectives.create', { title: 'X', policyId: RANDOM_ID }), 'NOT_FOUND').details).toMatchObject({ field: 'policyId' });
    expect(expectError(await h.client.raw('objectives.create', { title: 'X', riskIds: [RANDOM_ID] }), 'NOT_FOUND').details).toMatchObject({ field: 'riskIds' });
    expect(expectError(await h.client.raw('objectives.create', { title: 'X', metricId: RANDOM_ID }), 'NOT_FOUND').details).toMatchObject({ field: 'metricId' });
    expect(rowCount(h.sqlite(), 'objectives')).toBe(0);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
  });

  it('is measured by a 9.1 metric: its latest value and status show on the objective; deleting the metric asks first and unlinks it', async () => {
    const metric = await call('metrics.create', { title: 'Servers patched on time', baseMeasures: [{ key: 'done', label: 'Patched' }, { key: 'all', label: 'Servers' }], formula: 'done / all * 100', unit: '%', direction: 'higher', greenAt: 95, redAt: 80, collectFrom: '2026-01-01' });
    const o = await call('objectives.create', { ...complete, ownerId: null, policyId: null, targetValue: null, targetUnit: '', metricId: metric.id });
    expect(o.metricId).toBe(metric.id);
    expect(o.metric).toEqual({ id: metric.id, ref: metric.ref, title: 'Servers patched on time', unit: '%', latest: null });
    expect(o.smart.find((s) => s.letter === 'M')?.missing).toEqual([]); // the metric stands in for the target value and unit
    await call('metrics.record', { metricId: metric.id, period: '2026-10', values: { done: 17, all: 20 } });
    expect((await call('objectives.get', { id: o.id })).metric?.latest).toEqual({ period: '2026-10', value: 85, status: 'amber' });
    // A partial update that leaves metricId out keeps the link; null clears it; it can be set again.
    expect((await call('objectives.update', { id: o.id, title: 'Patch servers on time' })).metricId).toBe(metric.id);
    expect((await call('objectives.update', { id: o.id, metricId: null })).metric).toBeNull();
    expect(rowCount(h.sqlite(), 'objective_links')).toBe(0);
    await call('objectives.update', { id: o.id, metricId: metric.id });
    expect(rowCount(h.sqlite(), 'objective_links')).toBe(1);
    // Deleting the metric names the objective it measures; confirmed, the objective stays without it.
    const refused = expectError(await h.client.raw('metrics.delete', { id: metric.id }), 'CONFLICT');
    expect((refused.details as { references: { kind: string; id: string; effect: string }[] }).references).toContainEqual(expect.objectContaining({ kind: 'objectives.objective', id: o.id, effect: 'unlinked' }));
    await call('metrics.delete', { id: metric.id, confirm: true });
    const after = await call('objectives.get', { id: o.id });
    expect([after.metricId, after.metric, after.title]).toEqual([null, null, 'Patch servers on time']);
    expect(rowCount(h.sqlite(), 'objective_links')).toBe(0);
  });

  it('keeps every recorded status and progress as dated history, newest shown on the objective', async () => {
    const o = await call('objectives.create', { title: 'Phishing click rate below 5 %', targetValue: 5, targetUnit: '%' });
    h.setNow('2026-12-10T09:00:00.000Z');
    await call('objectives.progressRecord', { objectiveId: o.id, status: 'on-track', progress: 30, currentValue: 12, note: 'First campaign' });
    h.setNow('2027-01-10T09:00:00.000Z');
    const after = await call('objectives.progressRecord', { objectiveId: o.id, status: 'at-risk', progress: 40, currentValue: 9, note: 'Slow' });
    expect(after).toMatchObject({ status: 'at-risk', progress: 40, currentValue: 9 });
    expect(after.history.map((e) => [e.recordedOn, e.status, e.progress, e.currentValue])).toEqual([
      ['2026-12-10', 'on-track', 30, 12],
      ['2027-01-10', 'at-risk', 40, 9],
    ]);
  });

  it('refuses progress in the future, before the latest entry, or achieved below 100 %', async () => {
    const o = await call('objectives.create', { title: 'Backups tested' });
    await call('objectives.progressRecord', { objectiveId: o.id, status: 'on-track', progress: 50, recordedOn: '2026-11-20' });
    const bad: Array<[MethodInput<'objectives.progressRecord'>, string]> = [
      [{ objectiveId: o.id, status: 'on-track', progress: 60, recordedOn: '2026-12-30' }, 'recordedOn'],
      [{ objectiveId: o.id, status: 'on-track', progress: 60, recordedOn: '2026-11-01' }, 'recordedOn'],
      [{ objectiveId: o.id, status: 'achieved', progress: 90 }, 'progress'],
      [{ objectiveId: o.id, status: 'on-track', progress: 101 }, 'progress'],
    ];
    for (const [input, field] of bad) expect(fieldsOf(expectError(await h.client.raw('objectives.progressRecord', input), 'VALIDATION'))).toEqual([field]);
    expect((await call('objectives.get', { id: o.id })).history).toHaveLength(1);
    expect((await call('objectives.progressRecord', { objectiveId: o.id, status: 'achieved', progress: 100 })).status).toBe('achieved');
  });

  it('asks before deleting an objective with history or resource lines; the lines stay, unlinked', async () => {
    const o = await call('objectives.create', { title: 'Encrypt laptops' });
    await call('objectives.progressRecord', { objectiveId: o.id, status: 'on-track', progress: 10 });
    const line = await call('competence.resourceCreate', { title: 'Encryption licences', amount: 1200, unit: 'EUR', objectiveId: o.id });
    const refused = expectError(await h.client.raw('objectives.delete', { id: o.id }), 'CONFLICT');
    expect((refused.details as { references: { kind: string; effect: string }[] }).references.map((r) => [r.kind, r.effect])).toEqual([
      ['competence.resource', 'unlinked'],
      ['objectives.progress', 'deleted'],
    ]);
    expect(rowCount(h.sqlite(), 'objectives')).toBe(1);
    await call('objectives.delete', { id: o.id, confirm: true });
    expect(rowCount(h.sqlite(), 'objective_progress')).toBe(0);
    expect((await call('competence.resourceList', {})).find((l) => l.id === line.id)?.objective).toBeNull();
  });

  it('a deleted risk leaves the objective linked to the others; a deleted policy asks first', async () => {
    const { policy, risk } = await fixtures();
    const o = await call('objectives.create', { title: 'Patch', policyId: policy.id, riskIds: [risk.id] });
    await call('risk.delete', { id: risk.id, confirm: true }); // the objective's link to it is listed first (6.1 deletes ask)
    expect((await call('objectives.get', { id: o.id })).riskIds).toEqual([]);
    const refused = expectError(await h.client.raw('policies.delete', { id: policy.id }), 'CONFLICT');
    expect(JSON.stringify(refused.details)).toContain('objectives.objective');
    await call('policies.delete', { id: policy.id, confirm: true });
    expect((await call('objectives.get', { id: o.id })).policyId).toBeNull();
  });

  it('lists the objectives a person is responsible for before the person is deleted', async () => {
    const { owner } = await fixtures();
    await call('objectives.create', { title: 'Patch', ownerId: owner.id });
    const refused = expectError(await h.client.raw('people.delete', { id: owner.id }), 'CONFLICT');
    expect(JSON.stringify(refused.details)).toContain('Responsible for the objective');
  });
});

describe('planned changes (6.3)', () => {
  async function approver() {
    const ceo = await call('people.create', { name: 'Cara CEO', jobTitle: 'Chief executive' });
    const top = (await call('roles.list', {})).find((r) => r.key === 'top-management')!;
    await call('roles.assign', { roleId: top.id, personId: ceo.id });
    return ceo;
  }

  it('logs a change with why and impact, approves it by the shared approval rules, and records it carried out', async () => {
    const ceo = await approver();
    const c = await call('objectives.changeCreate', { title: 'Move e-mail to a cloud service', rationale: 'Old server out of support', impact: 'Scope interfaces and risks change', plannedOn: '2027-02-01' });
    expect(c).toMatchObject({ ref: 'CHG-001', decision: 'proposed', status: 'proposed' });
    expect(fieldsOf(expectError(await h.client.raw('objectives.changeUpdate', { id: c.id, completedOn: '2026-11-29' }), 'VALIDATION'))).toEqual(['completedOn']);
    const approved = await call('objectives.changeDecide', { id: c.id, decision: 'approved', approverId: ceo.id, note: 'Go ahead' });
    expect(approved).toMatchObject({ decision: 'approved', approverName: 'Cara CEO', decidedOn: '2026-11-29', decisionNote: 'Go ahead' });
    expectError(await h.client.raw('objectives.changeDecide', { id: c.id, decision: 'rejected', approverId: ceo.id }), 'CONFLICT');
    expect((await call('objectives.changeUpdate', { id: c.id, completedOn: '2026-11-29' })).status).toBe('done');
  });

  it('refuses an approver without an approving role unless a reason is given, and dates in the future', async () => {
    await approver();
    const clerk = await call('people.create', { name: 'Chris Clerk' });
    const c = await call('objectives.changeCreate', { title: 'New backup tool' });
    expect(fieldsOf(expectError(await h.client.raw('objectives.changeDecide', { id: c.id, decision: 'approved', approverId: clerk.id }), 'VALIDATION'))).toEqual(['reason']);
    expect(fieldsOf(expectError(await h.client.raw('objectives.changeDecide', { id: c.id, decision: 'approved', approverId: clerk.id, reason: 'Delegated', approvedOn: '2027-01-01' }), 'VALIDATION'))).toEqual(['approvedOn']);
    expect((await call('objectives.changeList', {}))[0].decision).toBe('proposed');
    const ok = await call('objectives.changeDecide', { id: c.id, decision: 'rejected', approverId: clerk.id, reason: 'Delegated by the CEO' });
    expect(ok).toMatchObject({ status: 'rejected', approverReason: 'Delegated by the CEO' });
  });
});

describe('resources (7.1)', () => {
  it('links resource lines to objectives and treatment actions, and unlinks them when those go', async () => {
    const { risk, owner } = await fixtures();
    const action = await call('risk.actionCreate', { riskId: risk.id, title: 'Deploy patch management' });
    const o = await call('objectives.create', { title: 'Patch' });
    const a = await call('competence.resourceCreate', { title: 'Patch tool licence', kind: 'tools', amount: 3000, unit: 'EUR', treatmentActionId: action.id, ownerId: owner.id });
    const b = await call('competence.resourceCreate', { title: 'Admin time', kind: 'people', amount: 10, unit: 'days', objectiveId: o.id });
    expect(a).toMatchObject({ ref: 'RES-001', treatmentAction: { id: action.id, riskRef: risk.ref }, objective: null, ownerName: 'Olu Owner' });
    expect(b.objective).toEqual({ id: o.id, ref: o.ref, title: 'Patch' });
    expect((await call('objectives.get', { id: o.id })).resourceLines).toBe(1);
    expect((await call('competence.resourceUpdate', { id: b.id, status: 'approved' })).amount).toBe(10);
    await call('risk.actionDelete', { id: action.id, confirm: true }); // the resource line funding it is listed first
    expect((await call('competence.resourceList', {})).find((l) => l.id === a.id)?.treatmentAction).toBeNull();
    expectError(await h.client.raw('competence.resourceCreate', { title: 'X', objectiveId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await h.client.raw('competence.resourceCreate', { title: 'X', treatmentActionId: RANDOM_ID }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'resource_lines')).toBe(2);
  });
});

describe('readiness and search for 6.2, 6.3 and 7.1', () => {
  it('shows the three clauses as guided, starting at 0 %, and counts what is done', async () => {
    const clause = async (id: string) => (await call('readiness.summary', {})).clauses.find((c) => c.id === id)!;
    for (const id of ['6.2', '6.3', '7.1']) expect(await clause(id)).toMatchObject({ available: true, percent: 0, status: 'not-started' });
    const { owner, policy } = await fixtures();
    const o = await call('objectives.create', { ...complete, ownerId: owner.id, policyId: policy.id, riskIds: [], metricId: null, dueDate: '2026-12-15' });
    expect((await clause('6.2')).criteria.map((c) => c.met)).toEqual([true, true, true, false]);
    await call('objectives.progressRecord', { objectiveId: o.id, status: 'on-track', progress: 20 });
    expect((await clause('6.2')).percent).toBe(100);
    await call('competence.resourceCreate', { title: 'Admin time', objectiveId: o.id, ownerId: owner.id, status: 'approved' });
    expect((await clause('7.1')).percent).toBe(100);
    await call('objectives.changeCreate', { title: 'New supplier', rationale: 'Cost', impact: 'Interfaces' });
    expect((await clause('6.3')).criteria.map((c) => c.met)).toEqual([true, true, false, false]);
    const due = (await call('readiness.summary', {})).due.filter((d) => d.clauseId === '6.2');
    expect(due).toEqual([expect.objectContaining({ date: '2026-12-15', overdue: false, route: `/clause/6.2?open=objective:${o.id}` })]);
  });

  it('finds objectives, changes and resource lines by id and words', async () => {
    await call('objectives.create', { title: 'Reduce phishing clicks', description: 'Run quarterly simulations' });
    await call('objectives.changeCreate', { title: 'Replace firewall', rationale: 'End of life' });
    await call('competence.resourceCreate', { title: 'Firewall budget' });
    const kinds = async (text: string) => (await call('search.query', { text })).items.map((i) => `${i.kind}:${i.ref}`);
    expect(await kinds('OBJ-001')).toEqual(['objective:OBJ-001']);
    expect(await kinds('simulations')).toEqual(['objective:OBJ-001']);
    expect(await kinds('firewall')).toEqual(['change:CHG-001', 'resource:RES-001']);
  });
});
