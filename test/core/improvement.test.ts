import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NC_ACTIONS, NC_STATUSES, REVIEW_ACTIONS, nextNcStatus, type NcStatus } from '../../shared/ncStates';
import { expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Improve Ltd')));
afterEach(() => h.cleanup());

const call: Harness['client']['call'] = (method, input) => h.client.call(method, input);
const raw = (method: string, input: unknown) => h.client.raw(method, input);

function tableRows() {
  const s = h.sqlite();
  const names = (s.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%without rowid' order by name").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(names.map((t) => [t, s.prepare(`select * from "${t}" order by rowid`).all()]));
}

async function people() {
  const owner = await call('people.create', { name: 'Olive Owner' });
  const reviewer = await call('people.create', { name: 'Rita Reviewer' });
  return { owner, reviewer };
}

async function newNc(extra: Record<string, unknown> = {}) {
  return call('improvement.ncCreate', { title: 'Leavers kept access', source: 'internal-audit', sourceReference: 'IA-2026 finding 3', clauseId: '8.1', severity: 'major', raisedOn: '2026-11-20', ...extra } as never);
}

/** Drives a new nonconformity to `target` through the real methods. */
async function ncAt(target: NcStatus, who: { owner: { id: string }; reviewer: { id: string } }) {
  const nc = await newNc();
  const go = async (action: string, more: Record<string, unknown> = {}) => call('improvement.ncTransition', { id: nc.id, action, ...more } as never);
  const stage = NC_STATUSES.indexOf(target);
  if (stage >= 1) {
    await call('improvement.ncUpdate', { id: nc.id, correction: 'Disabled the 4 accounts', containment: 'Checked their last logins' });
    await go('record-correction');
  }
  if (stage >= 2) {
    await call('improvement.ncUpdate', { id: nc.id, whys: ['HR did not tell IT', 'No leaver step in the HR checklist'], rootCause: 'The leaver process has no step for IT.' });
    await go('analyse-cause');
  }
  let action: { id: string } | undefined;
  if (stage >= 3) {
    action = await call('improvement.actionCreate', { ncId: nc.id, title: 'Add an IT step to the leaver checklist', ownerId: who.owner.id, dueDate: '2026-12-15' });
    await go('plan-actions');
  }
  if (stage >= 4) {
    await call('improvement.actionUpdate', { id: action!.id, status: 'done' });
    await go('complete-actions');
  }
  if (stage >= 5) {
    const review = await call('improvement.reviewCreate', { ncId: nc.id, plannedOn: '2026-11-28', reviewerId: who.reviewer.id, criteria: 'No leaver account active a day after leaving' });
    await call('improvement.reviewRecord', { id: review.id, result: 'effective', notes: 'Sampled 10 leavers: all disabled on time' });
  }
  if (stage >= 6) await go('close', { closedById: who.owner.id, closureEvidence: 'Leaver checklist v2 and the sample' });
  const got = await call('improvement.ncGet', { id: nc.id });
  expect(got.status).toBe(target);
  return got;
}

describe('the nonconformity state machine (shared/ncStates.ts)', () => {
  it('is one straight line with a single way back: a failed review reopens at "cause analysed"', () => {
    for (const [i, s] of NC_STATUSES.entries()) {
      const moves = NC_ACTIONS.map((a) => [a, nextNcStatus(s, a)] as const).filter(([, to]) => to !== null);
      if (s === 'closed') expect(moves).toEqual([]);
      else if (s === 'actions-done') expect(moves).toEqual([['review-passed', 'effectiveness-verified'], ['review-failed', 'cause-analysed']]);
      else expect(moves.map(([, to]) => to)).toEqual([NC_STATUSES[i + 1]]);
    }
  });

  it('refuses every illegal transition through the contract with CONFLICT and writes nothing', async () => {
    const who = await people();
    for (const status of NC_STATUSES) {
      const nc = await ncAt(status, who);
      for (const action of NC_ACTIONS.filter((a) => !REVIEW_ACTIONS.includes(a))) {
        if (nextNcStatus(status, action)) continue;
        const before = tableRows();
        const error = expectError(await raw('improvement.ncTransition', { id: nc.id, action, closedById: who.owner.id, closureEvidence: 'x' }), 'CONFLICT');
        expect(error.message).toContain(nc.ref);
        expect(tableRows()).toEqual(before);
      }
      // Review results are not steps a person takes with the transition method.
      for (const action of REVIEW_ACTIONS) expectError(await raw('improvement.ncTransition', { id: nc.id, action }), 'VALIDATION');
      // A review result outside "actions done" is refused too.
      if (status !== 'actions-done' && status !== 'closed') {
        const review = await call('improvement.reviewCreate', { ncId: nc.id, plannedOn: '2026-11-28', reviewerId: who.reviewer.id, criteria: 'c' });
        const before = tableRows();
        expectError(await raw('improvement.reviewRecord', { id: review.id, result: 'effective', notes: 'n' }), 'CONFLICT');
        expect(tableRows()).toEqual(before);
      }
    }
  }, 60_000);

  it('requires what each step needs on the record', async () => {
    const who = await people();
    const nc = await newNc();
    const step = (action: string, more = {}) => raw('improvement.ncTransition', { id: nc.id, action, ...more });
    expect(fieldsOf(expectError(await step('record-correction'), 'VALIDATION'))).toEqual(['correction']);
    await call('improvement.ncUpdate', { id: nc.id, correction: 'Fixed' });
    await call('improvement.ncTransition', { id: nc.id, action: 'record-correction' });
    expect(fieldsOf(expectError(await step('analyse-cause'), 'VALIDATION'))).toEqual(['whys']);
    await call('improvement.ncUpdate', { id: nc.id, whys: ['Because'] });
    expect(fieldsOf(expectError(await step('analyse-cause'), 'VALIDATION'))).toEqual(['rootCause']);
    await call('improvement.ncUpdate', { id: nc.id, rootCause: 'Cause' });
    await call('improvement.ncTransition', { id: nc.id, action: 'analyse-cause' });
    expect(fieldsOf(expectError(await step('plan-actions'), 'VALIDATION'))).toEqual(['actions']);
    const a = await call('improvement.actionCreate', { ncId: nc.id, title: 'Do it' });
    expect(expectError(await step('plan-actions'), 'VALIDATION').message).toContain(a.ref);
    await call('improvement.actionUpdate', { id: a.id, ownerId: who.owner.id, dueDate: '2026-12-01' });
    await call('improvement.ncTransition', { id: nc.id, action: 'plan-actions' });
    expect(expectError(await step('complete-actions'), 'VALIDATION').message).toContain(`${a.ref} not done`);
    await call('improvement.actionUpdate', { id: a.id, status: 'done' });
    const done = await call('improvement.ncTransition', { id: nc.id, action: 'complete-actions' });
    expect(done.actions[0].completedOn).toBe('2026-11-29');
    // Closure needs a passed effectiveness review first: the table refuses it here.
    expectError(await step('close', { closedById: who.owner.id, closureEvidence: 'Evidence' }), 'CONFLICT');
    // Once the actions are done the plan is frozen until the review says otherwise.
    expectError(await raw('improvement.actionCreate', { ncId: nc.id, title: 'Late idea' }), 'CONFLICT');
    expectError(await raw('improvement.actionUpdate', { id: a.id, status: 'planned' }), 'CONFLICT');
  });

  it('reopens on a failed effectiveness review, then closes after a passed one, keeping the whole history', async () => {
    const who = await people();
    const nc = await ncAt('actions-done', who);
    const first = await call('improvement.reviewCreate', { ncId: nc.id, plannedOn: '2026-11-29', reviewerId: who.reviewer.id, criteria: 'No active leaver accounts' });
    const reopened = await call('improvement.reviewRecord', { id: first.id, result: 'not-effective', notes: 'Two contractors were missed' });
    expect(reopened.status).toBe('cause-analysed');
    expect(reopened.reopenCount).toBe(1);
    expect(reopened.reviews[0]).toMatchObject({ result: 'not-effective', reviewedOn: '2026-11-29' });
    // A recorded review is kept as it was.
    expectError(await raw('improvement.reviewRecord', { id: first.id, result: 'effective', notes: 'changed my mind' }), 'CONFLICT');
    expectError(await raw('improvement.reviewDelete', { id: first.id }), 'CONFLICT');
    // Further actions can be planned again.
    const more = await call('improvement.actionCreate', { ncId: nc.id, title: 'Cover contractors in the checklist', ownerId: who.owner.id, dueDate: '2026-12-20', status: 'done' });
    expect(more.completedOn).toBe('2026-11-29');
    await call('improvement.ncTransition', { id: nc.id, action: 'plan-actions' });
    await call('improvement.ncTransition', { id: nc.id, action: 'complete-actions' });
    const second = await call('improvement.reviewCreate', { ncId: nc.id, plannedOn: '2026-11-29', reviewerId: who.reviewer.id, criteria: 'No active leaver or contractor accounts' });
    const verified = await call('improvement.reviewRecord', { id: second.id, result: 'effective', notes: 'All 12 sampled were disabled' });
    expect(verified.status).toBe('effectiveness-verified');
    expect(fieldsOf(expectError(await raw('improvement.ncTransition', { id: nc.id, action: 'close', closedById: who.owner.id }), 'VALIDATION'))).toEqual(['closureEvidence']);
    const closed = await call('improvement.ncTransition', { id: nc.id, action: 'close', closedById: who.owner.id, closureEvidence: 'Checklist v3, sample of 12' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-11-29', closedByName: 'Olive Owner', closureEvidence: 'Checklist v3, sample of 12' });
    expect(closed.history.map((t) => t.action)).toEqual(['record-correction', 'analyse-cause', 'plan-actions', 'complete-actions', 'review-failed', 'plan-actions', 'complete-actions', 'review-passed', 'close']);
    // A closed record no longer changes.
    expectError(await raw('improvement.ncUpdate', { id: nc.id, title: 'Rewritten' }), 'CONFLICT');
    expectError(await raw('improvement.reviewCreate', { ncId: nc.id, plannedOn: '2026-11-29', reviewerId: who.reviewer.id, criteria: 'c' }), 'CONFLICT');
  });
});

describe('nonconformity records', () => {
  it('keeps the 5 whys and the fishbone, changes only the fields given and clears with null', async () => {
    const control = (await call('controls.list', { search: '5.18' }))[0];
    const nc = await newNc({ controlId: control.id, whys: ['a', 'b'], fishbone: [{ category: 'people', cause: 'No training' }, { category: 'process', cause: 'No leaver step' }] });
    expect(nc).toMatchObject({ ref: 'NC-001', status: 'open', whys: ['a', 'b'], controlLabel: `5.18 ${control.title}` });
    const updated = await call('improvement.ncUpdate', { id: nc.id, severity: 'minor', controlId: null });
    expect(updated).toMatchObject({ severity: 'minor', controlId: null, clauseId: '8.1', whys: ['a', 'b'], fishbone: nc.fishbone, title: nc.title });
    // Clearing both requirement fields is refused on the record as it would be saved.
    expect(fieldsOf(expectError(await raw('improvement.ncUpdate', { id: nc.id, clauseId: null }), 'VALIDATION'))).toEqual(['clauseId']);
  });

  it('lists similar nonconformities: same clause, control or asset', async () => {
    const control = (await call('controls.list', { search: '5.18' }))[0];
    const asset = await call('risk.assetCreate', { name: 'HR system' });
    const a = await newNc({ clauseId: '8.1', controlId: control.id });
    const b = await newNc({ title: 'Access review skipped', clauseId: '9.2', controlId: control.id });
    const c = await newNc({ title: 'Laptop lost', clauseId: '7.5', assetId: asset.id });
    const d = await newNc({ title: 'Unrelated', clauseId: '5.2' });
    const similar = await call('improvement.ncSimilar', { excludeId: a.id, clauseId: '8.1', controlId: control.id, assetId: asset.id });
    expect(similar.map((s) => s.ref).sort()).toEqual([b.ref, c.ref].sort());
    expect(similar.find((s) => s.id === b.id)!.reasons).toEqual(['same control']);
    expect(similar.find((s) => s.id === c.id)!.reasons).toEqual(['same asset']);
    expect(similar.some((s) => s.id === d.id || s.id === a.id)).toBe(false);
    expect(await call('improvement.ncSimilar', {})).toEqual([]);
  });

  it('asks before deleting a nonconformity with actions, then removes them with it', async () => {
    const nc = await newNc();
    const a = await call('improvement.actionCreate', { ncId: nc.id, title: 'Act' });
    const opp = await call('improvement.opportunityCreate', { title: 'Automate leavers', source: 'audit-ofi', ncId: nc.id });
    const error = expectError(await raw('improvement.ncDelete', { id: nc.id }), 'CONFLICT');
    expect((error.details as { references: { id: string; effect: string }[] }).references).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: a.id, effect: 'deleted' }), expect.objectContaining({ id: opp.id, effect: 'unlinked' })]),
    );
    expect(rowCount(h.sqlite(), 'nonconformities')).toBe(1);
    await call('improvement.ncDelete', { id: nc.id, confirm: true });
    expect(rowCount(h.sqlite(), 'nonconformities')).toBe(0);
    expect(rowCount(h.sqlite(), 'corrective_actions')).toBe(0);
    expect((await call('improvement.opportunityGet', { id: opp.id })).ncId).toBeNull();
  });
});

describe('traceability', () => {
  it('links a nonconformity and its action to changed controls, policies and risks, and traces both ways', async () => {
    const who = await people();
    const control = (await call('controls.list', { search: '5.18' }))[0];
    const policy = await call('policies.create', { title: 'Access control policy', kind: 'topic' } as never);
    const risk = await call('risk.create', { title: 'Leaver access abused', basis: 'event', event: 'A leaver logs in', affectsC: true } as never);
    const nc = await newNc();
    const action = await call('improvement.actionCreate', { ncId: nc.id, title: 'Change the leaver checklist', ownerId: who.owner.id });
    await call('improvement.linkCreate', { ncId: nc.id, actionId: action.id, kind: 'control', targetId: control.id });
    await call('improvement.linkCreate', { ncId: nc.id, actionId: action.id, kind: 'policy', targetId: policy.id, note: 'Section 4 rewritten' });
    await call('improvement.linkCreate', { ncId: nc.id, kind: 'risk', targetId: risk.id });
    expectError(await raw('improvement.linkCreate', { ncId: nc.id, kind: 'risk', targetId: risk.id }), 'CONFLICT');
    // Findings (issue 14) and metrics (issue 13) exist now: a link needs a real finding or metric.
    expectError(await raw('improvement.linkCreate', { ncId: nc.id, kind: 'finding', targetId: risk.id }), 'NOT_FOUND');
    expectError(await raw('improvement.linkCreate', { ncId: nc.id, kind: 'metric', targetId: risk.id }), 'NOT_FOUND');

    const fromNc = await call('improvement.trace', { kind: 'nonconformity', id: nc.id });
    const keys = fromNc.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining([`source:${nc.id}`, `nonconformity:${nc.id}`, `action:${action.id}`, `control:${control.id}`, `policy:${policy.id}`, `risk:${risk.id}`]));
    expect(fromNc.edges).toEqual(expect.arrayContaining([
      { from: `source:${nc.id}`, to: `nonconformity:${nc.id}` },
      { from: `nonconformity:${nc.id}`, to: `action:${action.id}` },
      { from: `action:${action.id}`, to: `control:${control.id}` },
      { from: `nonconformity:${nc.id}`, to: `risk:${risk.id}` },
    ]));
    // The other way: from the policy back to the nonconformity and its source.
    const fromPolicy = await call('improvement.trace', { kind: 'policy', id: policy.id });
    expect(fromPolicy.focus).toMatchObject({ ref: policy.ref, title: 'Access control policy' });
    expect(fromPolicy.nodes.map((n) => n.key)).toEqual(expect.arrayContaining([`nonconformity:${nc.id}`, `action:${action.id}`, `source:${nc.id}`]));
    const fromAction = await call('improvement.trace', { kind: 'action', id: action.id });
    expect(fromAction.nodes.map((n) => n.key)).toContain(`control:${control.id}`);
    // A policy deleted with confirmation takes its link with it.
    const refused = expectError(await raw('policies.delete', { id: policy.id }), 'CONFLICT');
    expect(JSON.stringify(refused.details)).toContain('improvement.link');
  });
});

describe('corrective actions on the dashboard and readiness', () => {
  it('shows overdue corrective actions as overdue, and 10.2 readiness follows the records', async () => {
    const who = await people();
    const nc = await ncAt('cause-analysed', who);
    await call('improvement.actionCreate', { ncId: nc.id, title: 'Late action', ownerId: who.owner.id, dueDate: '2026-11-10' });
    const summary = await call('readiness.summary', {});
    const item = summary.due.find((d) => d.clauseId === '10.2')!;
    expect(item).toMatchObject({ overdue: true, date: '2026-11-10', route: `/clause/10.2?open=nc:${nc.id}` });
    expect(item.text).toContain('Late action');
    const c102 = summary.clauses.find((c) => c.id === '10.2')!;
    expect(c102.available).toBe(true);
    expect(c102.criteria.find((c) => c.label.includes('overdue'))!.met).toBe(false);
    expect(c102.criteria.find((c) => c.label.includes('correction recorded'))!.met).toBe(true);
    expect((await call('improvement.ncList', {})).items[0].overdueActions).toBe(1);
  });

  it('search finds nonconformities, actions and improvements by id and text', async () => {
    const nc = await newNc();
    await call('improvement.actionCreate', { ncId: nc.id, title: 'Rewrite the leaver checklist' });
    await call('improvement.opportunityCreate', { title: 'Self-service leaver form', source: 'suggestion' });
    const byRef = await call('search.query', { text: 'NC-001' });
    expect(byRef.items[0]).toMatchObject({ kind: 'nonconformity', ref: 'NC-001', route: `/clause/10.2?open=nc:${nc.id}` });
    const byText = await call('search.query', { text: 'leaver' });
    expect(byText.items.map((i) => i.kind)).toEqual(expect.arrayContaining(['correctiveAction', 'improvement']));
  });
});

describe('10.1 improvement register', () => {
  it('evaluates, decides and implements in order, with a derived priority', async () => {
    const o = await call('improvement.opportunityCreate', { title: 'Single sign-on', source: 'management-review' });
    expect(o).toMatchObject({ ref: 'IMP-001', status: 'proposed', priority: null });
    expect(fieldsOf(expectError(await raw('improvement.opportunityUpdate', { id: o.id, status: 'evaluated' }), 'VALIDATION'))).toEqual(['benefit', 'effort']);
    const evaluated = await call('improvement.opportunityUpdate', { id: o.id, status: 'evaluated', benefit: 5, effort: 2 });
    expect(evaluated.priority).toBe(20);
    expectError(await raw('improvement.opportunityUpdate', { id: o.id, status: 'implemented', implementedOn: '2026-11-29', decision: 'd', decidedOn: '2026-11-29' }), 'CONFLICT');
    expect(fieldsOf(expectError(await raw('improvement.opportunityUpdate', { id: o.id, status: 'approved' }), 'VALIDATION'))).toEqual(['decision', 'decidedOn']);
    await call('improvement.opportunityUpdate', { id: o.id, status: 'approved', decision: 'Worth it', decidedOn: '2026-11-29', dueDate: '2026-11-01' });
    expect((await call('improvement.opportunityGet', { id: o.id })).overdue).toBe(true);
    const done = await call('improvement.opportunityUpdate', { id: o.id, status: 'implemented', implementedOn: '2026-11-29' });
    expect(done).toMatchObject({ status: 'implemented', overdue: false, benefit: 5, decision: 'Worth it' });
  });
});
