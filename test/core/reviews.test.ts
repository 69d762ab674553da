import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INPUT_KEYS } from '../../shared/contract/reviews';
import { expectError, fieldsOf, openHarness, RANDOM_ID, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Review Co')));
afterEach(() => h.cleanup());

const call: Harness['client']['call'] = (method, input) => h.client.call(method, input);
const raw = (method: string, input: unknown) => h.client.raw(method, input);
const at = (day: string) => h.setNow(`${day}T09:00:00.000Z`);
const allNotes = Object.fromEntries(INPUT_KEYS.map((k) => [k, `Discussed ${k}.`]));

async function chair() {
  const p = await call('people.create', { name: 'Carla Chair' });
  const roles = await call('roles.list', {});
  await call('roles.assign', { roleId: roles.find((r) => r.key === 'top-management')!.id, personId: p.id, acceptedOn: null });
  return p;
}

const input = (review: { inputs: { key: string; figures: { label: string; value: number | string }[]; lines: string[] }[] }, key: string) => review.inputs.find((i) => i.key === key)!;
const figure = (review: Parameters<typeof input>[0], key: string, label: string) => input(review, key).figures.find((f) => f.label === label)?.value;

async function signedFirstReview() {
  const c = await chair();
  at('2027-01-05');
  const issueA = await call('context.create', { title: 'New data law', kind: 'external', category: 'legal', swot: 'threat' } as never);
  at('2027-02-01');
  const r1 = await call('reviews.create', { title: 'Management review Q1', meetingDate: '2027-02-01', chairId: c.id, attendeeIds: [c.id], guests: 'External adviser' });
  const later = await call('reviews.actionAdd', { reviewId: r1.id, title: 'Train the new starters', ownerId: c.id, dueDate: '2027-09-01' });
  const soon = await call('reviews.actionAdd', { reviewId: r1.id, title: 'Renew the backup contract', ownerId: c.id, dueDate: '2027-03-01' });
  await call('reviews.outputAdd', { reviewId: r1.id, kind: 'decision', text: 'Fund the awareness programme' });
  await call('reviews.update', { id: r1.id, notes: allNotes });
  const signed = await call('reviews.signOff', { id: r1.id });
  return { c, issueA, r1: signed, later, soon };
}

describe('compiling the inputs over the review period', () => {
  it('defaults the period to the day the workspace began, then from the previous meeting, and counts only records inside it', async () => {
    const { r1, issueA } = await signedFirstReview();
    expect(r1).toMatchObject({ ref: 'MRV-001', windowFrom: '2026-11-29', windowTo: '2027-02-01', status: 'signed-off', signedByName: 'Carla Chair', frozen: true });
    expect(input(r1, 'b').lines).toEqual(['Issue added: CTX-001 New data law']);

    at('2027-03-10');
    await call('context.create', { title: 'Competitor breach in the news', kind: 'external', category: 'economic', swot: 'opportunity' } as never);
    await call('context.update', { id: issueA.id, title: 'New data protection law' } as never);
    await call('improvement.ncCreate', { title: 'Customer complaint about slow breach notice', source: 'complaint', clauseId: '7.4', raisedOn: '2027-03-10' } as never);
    const party = await call('parties.create', { name: 'Regulator', type: 'regulator', interest: 4, influence: 5, trust: 3, agreement: 3 } as never);
    void party;
    at('2027-06-01');
    const r2 = await call('reviews.create', { title: 'Management review Q2', meetingDate: '2027-06-01' });
    expect([r2.windowFrom, r2.windowTo]).toEqual(['2027-02-01', '2027-06-01']);
    expect(input(r2, 'b').figures.map((f) => f.value)).toEqual([1, 1, 0]);
    expect(input(r2, 'b').lines).toEqual(['Issue added: CTX-002 Competitor breach in the news', 'Issue changed: CTX-001 New data protection law']);
    expect(figure(r2, 'c', 'Parties added')).toBe(1);
    expect(figure(r2, 'e', 'Complaints raised')).toBe(1);
    expect(figure(r2, 'd1', 'Raised in the period')).toBe(1);
    expect(input(r2, 'd1').lines).toEqual(['Raised from complaint: 1']);

    // Narrowing the window to before the changes leaves them out.
    const narrow = await call('reviews.update', { id: r2.id, windowTo: '2027-03-01' });
    expect(input(narrow, 'b').figures.map((f) => f.value)).toEqual([0, 0, 0]);
    expect(figure(narrow, 'e', 'Complaints raised')).toBe(0);
  });

  it('shows the open actions of earlier reviews in the next one by query, and drops them once done', async () => {
    const { later, soon } = await signedFirstReview();
    at('2027-06-01');
    const r2 = await call('reviews.create', { title: 'Management review Q2', meetingDate: '2027-06-01' });
    expect(figure(r2, 'a', 'Open')).toBe(2);
    expect(figure(r2, 'a', 'Overdue')).toBe(1);
    expect(input(r2, 'a').lines).toEqual([`${soon.ref} Renew the backup contract (from MRV-001; Carla Chair; due 2027-03-01, overdue)`, `${later.ref} Train the new starters (from MRV-001; Carla Chair; due 2027-09-01)`]);
    expect(rowCount(h.sqlite(), 'management_review_actions')).toBe(2);

    // The action is tracked on the signed-off review; the next review sees the change at once.
    const done = await call('reviews.actionUpdate', { id: soon.id, status: 'done', note: 'Signed for three years' });
    expect(done).toMatchObject({ status: 'done', completedOn: '2027-06-01', overdue: false });
    const after = await call('reviews.get', { id: r2.id });
    expect(input(after, 'a').lines).toEqual([`${later.ref} Train the new starters (from MRV-001; Carla Chair; due 2027-09-01)`]);
    expect(figure(after, 'a', 'Done in the period')).toBe(1);
    // Nothing was copied into the second review.
    expect(after.actions).toEqual([]);
  });
});

describe('sign-off freezes and locks the record', () => {
  it('keeps the figures the meeting saw even when the data changes later', async () => {
    const { r1 } = await signedFirstReview();
    const seen = input(r1, 'b');
    at('2027-03-10');
    await call('context.create', { title: 'Office move', kind: 'internal', category: 'structure', swot: 'weakness' } as never);
    // A draft over the same period would now count the new issue; the signed record does not.
    const again = await call('reviews.get', { id: r1.id });
    expect(input(again, 'b')).toEqual(seen);
    expect(again.inputs.map((i) => i.note)).toEqual(INPUT_KEYS.map((k) => `Discussed ${k}.`));
  });

  it('refuses changes to a signed-off review with CONFLICT, while its actions still move', async () => {
    const { r1, later } = await signedFirstReview();
    const before = rowCount(h.sqlite(), 'change_log');
    expectError(await raw('reviews.update', { id: r1.id, title: 'Changed' }), 'CONFLICT');
    expectError(await raw('reviews.update', { id: r1.id, notes: { a: 'Rewritten' } }), 'CONFLICT');
    expectError(await raw('reviews.outputAdd', { reviewId: r1.id, kind: 'decision', text: 'Late decision' }), 'CONFLICT');
    expectError(await raw('reviews.outputUpdate', { id: r1.outputs[0]!.id, text: 'Reworded' }), 'CONFLICT');
    expectError(await raw('reviews.actionAdd', { reviewId: r1.id, title: 'Late action' }), 'CONFLICT');
    expectError(await raw('reviews.actionUpdate', { id: later.id, title: 'Reworded' }), 'CONFLICT');
    expectError(await raw('reviews.actionRemove', { id: later.id }), 'CONFLICT');
    expectError(await raw('reviews.signOff', { id: r1.id }), 'CONFLICT');
    expectError(await raw('reviews.delete', { id: r1.id, confirm: true }), 'CONFLICT');
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
    const cancelled = await call('reviews.actionUpdate', { id: later.id, status: 'cancelled', note: 'Replaced by the new onboarding course' });
    expect(cancelled).toMatchObject({ status: 'cancelled', completedOn: '2027-02-01' });
  });

  it('needs a chair, a note on every input and an output before sign-off', async () => {
    at('2027-02-01');
    const r = await call('reviews.create', { title: 'Review', meetingDate: '2027-02-01' });
    expect(fieldsOf(expectError(await raw('reviews.signOff', { id: r.id }), 'VALIDATION'))).toEqual(['chairId']);
    const other = await call('people.create', { name: 'Nora Noapprover' });
    await call('reviews.update', { id: r.id, chairId: other.id, notes: { a: 'Seen' } });
    expect(fieldsOf(expectError(await raw('reviews.signOff', { id: r.id }), 'VALIDATION'))).toEqual(['notes']);
    await call('reviews.update', { id: r.id, notes: allNotes });
    expect(fieldsOf(expectError(await raw('reviews.signOff', { id: r.id }), 'VALIDATION'))).toEqual(['outputs']);
    await call('reviews.outputAdd', { reviewId: r.id, kind: 'change', text: 'Add supplier reviews to the ISMS' });
    // A chair without an approving role records why they sign (the approval rule of 7.5).
    expect(fieldsOf(expectError(await raw('reviews.signOff', { id: r.id }), 'VALIDATION'))).toEqual(['reason']);
    expect(fieldsOf(expectError(await raw('reviews.signOff', { id: r.id, reason: 'Acting director', signedOn: '2027-01-31' }), 'VALIDATION'))).toEqual(['signedOn']);
    const signed = await call('reviews.signOff', { id: r.id, reason: 'Acting director' });
    expect(signed).toMatchObject({ status: 'signed-off', signedByName: 'Nora Noapprover', signedOn: '2027-02-01', signReason: 'Acting director' });
  });
});

describe('bad input', () => {
  it('is refused with the field named and nothing written', async () => {
    at('2027-02-01');
    const before = rowCount(h.sqlite(), 'change_log');
    expect(fieldsOf(expectError(await raw('reviews.create', { title: 'X', meetingDate: '2027-02-01', windowFrom: '2027-02-01', windowTo: '2027-01-01' }), 'VALIDATION'))).toEqual(['windowTo']);
    expect(fieldsOf(expectError(await raw('reviews.create', { title: '', meetingDate: '2027-02-30' }), 'VALIDATION')).sort()).toEqual(['meetingDate', 'title']);
    expectError(await raw('reviews.create', { title: 'X', meetingDate: '2027-02-01', chairId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await raw('reviews.create', { title: 'X', meetingDate: '2027-02-01', attendeeIds: [RANDOM_ID] }), 'NOT_FOUND');
    const r = await call('reviews.create', { title: 'Review', meetingDate: '2027-02-01' });
    const mid = rowCount(h.sqlite(), 'change_log');
    expect(fieldsOf(expectError(await raw('reviews.update', { id: r.id, notes: { z: 'unknown input' } }), 'VALIDATION'))).toEqual(['notes']);
    expectError(await raw('reviews.outputAdd', { reviewId: r.id, kind: 'decision', text: 'Linked', changeId: RANDOM_ID }), 'VALIDATION');
    expectError(await raw('reviews.outputAdd', { reviewId: r.id, kind: 'change', text: 'Linked', changeId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await raw('reviews.outputAdd', { reviewId: r.id, kind: 'wish', text: 'X' }), 'VALIDATION');
    const a = await call('reviews.actionAdd', { reviewId: r.id, title: 'Do it' });
    const mid2 = rowCount(h.sqlite(), 'change_log');
    expect(fieldsOf(expectError(await raw('reviews.actionUpdate', { id: a.id, status: 'cancelled' }), 'VALIDATION'))).toEqual(['note']);
    expect(fieldsOf(expectError(await raw('reviews.actionUpdate', { id: a.id, status: 'done', completedOn: '2099-01-01' }), 'VALIDATION'))).toEqual(['completedOn']);
    expect(fieldsOf(expectError(await raw('reviews.actionUpdate', { id: a.id, completedOn: '2027-01-01' }), 'VALIDATION'))).toEqual(['completedOn']);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(mid2);
    expect(mid).toBeGreaterThan(before);
    // A draft with outputs and actions asks before it goes.
    expectError(await raw('reviews.delete', { id: r.id, confirm: false }), 'CONFLICT');
    await call('reviews.delete', { id: r.id, confirm: true });
    expect(rowCount(h.sqlite(), 'management_reviews')).toBe(0);
    expect(rowCount(h.sqlite(), 'management_review_actions')).toBe(0);
  });
});

describe('readiness 9.3 and what is due', () => {
  const clause = async () => (await call('readiness.summary', {})).clauses.find((c) => c.id === '9.3')!;
  it('counts a signed-off review within the interval, notes, outputs and overdue actions; lists due actions and the next review', async () => {
    expect((await clause()).criteria.map((c) => c.met)).toEqual([false, false, false, false, false]);
    const { soon, later } = await signedFirstReview();
    expect((await clause()).criteria.map((c) => c.met)).toEqual([true, true, true, true, true]);
    expect((await clause()).percent).toBe(100);
    at('2027-02-20');
    let s = await call('readiness.summary', {});
    expect(s.due.filter((d) => d.clauseId === '9.3')).toEqual([{ clauseId: '9.3', text: `Review action ${soon.ref} "Renew the backup contract" (from MRV-001)`, date: '2027-03-01', overdue: false, route: `/clause/9.3/review/${soon.reviewId}` }]);
    at('2027-03-02');
    const c = await clause();
    expect(c.criteria[4]).toMatchObject({ met: false, detail: `${soon.ref} overdue` });
    // Twelve months on, the next review is due; the interval is the review interval of the controlled document.
    at('2028-01-15');
    s = await call('readiness.summary', {});
    expect(s.due.filter((d) => d.clauseId === '9.3').map((d) => [d.text, d.date, d.overdue])).toEqual([
      [`Review action ${soon.ref} "Renew the backup contract" (from MRV-001)`, '2027-03-01', true],
      [`Review action ${later.ref} "Train the new starters" (from MRV-001)`, '2027-09-01', true],
      ['Hold the next management review (the last, MRV-001, was on 2027-02-01)', '2028-02-01', false],
    ]);
    await call('documents.update', { key: 'management-review', reviewMonths: 6 } as never);
    expect((await clause()).criteria[3]).toMatchObject({ label: 'A review was signed off by its chair within the last 6 months', met: false });
  });
});

describe('people named on a review', () => {
  it('are listed before a person is deleted; the signed-off review keeps the names it recorded', async () => {
    const { c, r1 } = await signedFirstReview();
    const refusal = expectError(await raw('people.delete', { id: c.id, confirm: false }), 'CONFLICT');
    const kinds = (refusal.details as { references: { kind: string }[] }).references.map((x) => x.kind);
    expect(kinds).toEqual(expect.arrayContaining(['reviews.review', 'reviews.attendee', 'reviews.action']));
    await call('people.delete', { id: c.id, confirm: true });
    const after = await call('reviews.get', { id: r1.id });
    expect(after).toMatchObject({ chairId: null, signedByName: 'Carla Chair', attendees: [{ personId: null, name: 'Carla Chair' }] });
    expect(after.actions.map((a) => a.ownerId)).toEqual([null, null]);
  });
});

describe('the other inputs', () => {
  it('count objectives, risks and improvements, with what was added inside the period only', async () => {
    at('2026-12-10');
    await call('improvement.opportunityCreate', { title: 'Single sign-on', source: 'suggestion' });
    await call('risk.create', { title: 'Supplier outage', basis: 'event', event: 'The hosting supplier fails', affectsA: true } as never);
    at('2027-03-10');
    await call('improvement.opportunityCreate', { title: 'Password manager for all staff', source: 'management-review' });
    await call('objectives.create', { title: 'Phishing click rate under 5 %', dueDate: '2027-04-30' } as never);
    at('2027-06-01');
    const r = await call('reviews.create', { title: 'Review', meetingDate: '2027-06-01', windowFrom: '2027-02-01' });
    expect(figure(r, 'g', 'Proposed in the period')).toBe(1);
    expect(figure(r, 'g', 'Waiting for a decision')).toBe(2);
    expect(figure(r, 'd4', 'Objectives')).toBe(1);
    expect(figure(r, 'd4', 'Past their date and open')).toBe(1);
    expect(figure(r, 'f', 'Risks')).toBe(1);
    expect(figure(r, 'f', 'Added in the period')).toBe(0);
    expect(figure(r, 'f', 'Last risk assessment')).toBe('none recorded');
    expect(figure(r, 'd3', 'Audits reported')).toBe(0);
    expect(figure(r, 'd2', 'Metrics')).toBe(0);
  });
});
