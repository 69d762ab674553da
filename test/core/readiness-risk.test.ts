import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './helpers';

// The harness clock is 2026-11-29.
let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const clause = async (id: string) => (await h.client.call('readiness.summary', {})).clauses.find((c) => c.id === id)!;
const met = async (id: string) => (await clause(id)).criteria.map((c) => c.met);

describe('readiness of 6.1, 8.2 and 8.3', () => {
  it('6.1 criteria follow the work: method adopted, assets and risks owned, treated, approved, accepted, SoA complete', async () => {
    expect(await met('6.1')).toEqual(Array(12).fill(false));
    const owner = await h.client.call('people.create', { name: 'Ola Owner' });
    await h.client.call('risk.methodUpdate', {}); // reviewed and adopted as shipped
    const asset = await h.client.call('risk.assetCreate', { name: 'CRM', type: 'software', ownerId: owner.id });
    const issue = await h.client.call('context.create', { title: 'Ransomware wave', kind: 'external', category: 'technological', swot: 'threat' });
    const threat = (await h.client.call('risk.threatList', {}))[0];
    const controls = await h.client.call('controls.list', {});
    const risk = await h.client.call('risk.create', { title: 'CRM encrypted by ransomware', assetId: asset.id, threatId: threat.id, affectsA: true, ownerId: owner.id, likelihood: 4, impact: 4, issueIds: [issue.id] });
    expect(await met('6.1')).toEqual([true, false, true, true, true, false, true, false, false, false, false, false]);
    await h.client.call('risk.update', { id: risk.id, treatment: 'modify' });
    expect((await clause('6.1')).criteria[6]).toMatchObject({ met: false, detail: '1 risk without a control' });
    await h.client.call('risk.update', { id: risk.id, controlIds: [controls.find((c) => c.ref === '8.13')!.id], residualLikelihood: 2, residualImpact: 2 });
    await h.client.call('risk.approvePlan', { riskId: risk.id, decidedById: owner.id, decision: 'approved' });
    await h.client.call('risk.acceptResidual', { riskId: risk.id, decidedById: owner.id, decision: 'approved', reviewDate: '2027-11-29' });
    expect(await met('6.1')).toEqual([true, false, true, true, true, true, true, true, true, true, false, true]);
    // 6.1.1 opportunities: recorded from the same issue, then decided.
    const opp = await h.client.call('improvement.opportunityCreate', { title: 'Offer customers an encrypted portal', source: 'planning', issueIds: [issue.id] });
    expect((await clause('6.1')).criteria[1]).toMatchObject({ met: false, detail: '1 opportunity waiting for a decision' });
    await h.client.call('improvement.opportunityUpdate', { id: opp.id, status: 'approved', benefit: 4, effort: 2, decision: 'Build it with the CRM upgrade', decidedOn: '2026-11-28', ownerId: owner.id });
    expect((await clause('6.1')).criteria[1]).toMatchObject({ met: true, detail: '1 opportunity' });
    // Decide every other control: excluded with a reason.
    for (const c of controls.filter((c) => c.ref !== '8.13')) await h.client.call('controls.update', { id: c.id, applicable: false, exclusionReason: 'Not relevant to a two-person office' });
    const done = await clause('6.1');
    expect(done.percent).toBe(100);
    // Excluding a control that treats a risk breaks the SoA criterion.
    await h.client.call('controls.update', { id: controls.find((c) => c.ref === '8.13')!.id, applicable: false, exclusionReason: 'oops' });
    expect((await clause('6.1')).criteria[11]).toMatchObject({ met: false, detail: '1 necessary control omitted, 0 without justification' });
  });

  it('counts controls and actions per treatment correctly when risks not being modified have them too', async () => {
    const controls = await h.client.call('controls.list', {});
    const ev = (title: string, more: Record<string, unknown>) => h.client.call('risk.create', { title, basis: 'event', event: 'e', affectsA: true, likelihood: 2, impact: 2, ...more });
    await ev('Retained with a control', { treatment: 'retain', controlIds: [controls[0]!.id] });
    await ev('Modified with two controls', { treatment: 'modify', controlIds: [controls[1]!.id, controls[2]!.id] });
    const bare = await ev('Modified without a control', { treatment: 'modify' });
    const kept = await ev('Retained with an action', { treatment: 'retain' });
    await h.client.call('risk.actionCreate', { riskId: kept.id, title: 'Watch it' });
    const shared = await ev('Shared with an action', { treatment: 'share', controlIds: [controls[3]!.id] });
    await h.client.call('risk.actionCreate', { riskId: shared.id, title: 'Buy insurance' });
    expect((await clause('6.1')).criteria[6]).toMatchObject({ met: false, detail: '1 risk without a control' });
    // Treated: two modified, one shared; one of them has an action.
    expect((await clause('8.3')).criteria[1]).toMatchObject({ met: false, detail: '2 risks without an action' });
    await h.client.call('risk.update', { id: bare.id, treatment: 'avoid' });
    expect((await clause('6.1')).criteria[6]).toMatchObject({ met: true });
    expect((await clause('8.3')).criteria[1]).toMatchObject({ met: false, detail: '2 risks without an action' });
  });

  it('8.2 needs a run within the planned interval; 8.3 needs owned, dated actions none overdue; both show in due', async () => {
    expect(await met('8.2')).toEqual([false, false]);
    await h.client.call('risk.runCreate', { name: 'First', runDate: '2025-10-01' });
    expect(await met('8.2')).toEqual([true, false]);
    expect((await h.client.call('readiness.summary', {})).due).toContainEqual({ clauseId: '8.2', text: 'Repeat the risk assessment', date: '2026-10-01', overdue: true, route: '/clause/6.1' });
    await h.client.call('risk.runCreate', { name: 'Second', runDate: '2026-11-01' });
    expect(await met('8.2')).toEqual([true, true]);

    const owner = await h.client.call('people.create', { name: 'Ava' });
    const risk = await h.client.call('risk.create', { title: 'Power cut', basis: 'event', event: 'Grid failure', affectsA: true, treatment: 'modify', likelihood: 3, impact: 3 });
    expect(await met('8.3')).toEqual([false, false, false, false]);
    const action = await h.client.call('risk.actionCreate', { riskId: risk.id, title: 'Buy a UPS' });
    expect(await met('8.3')).toEqual([true, true, false, true]);
    await h.client.call('risk.actionUpdate', { id: action.id, ownerId: owner.id, dueDate: '2026-11-20' });
    expect(await met('8.3')).toEqual([true, true, true, false]);
    expect((await h.client.call('readiness.summary', {})).due).toContainEqual({ clauseId: '8.3', text: 'RSK-001: Buy a UPS', date: '2026-11-20', overdue: true, route: '/clause/6.1' });
    await h.client.call('risk.actionUpdate', { id: action.id, status: 'done' });
    expect((await clause('8.3')).percent).toBe(100);
  });
});
