import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { INPUT_KEYS, INPUT_TITLES } from '../../shared/contract/reviews';
import { expectError, fieldsOf, openHarness, topManager, type Harness } from './helpers';
import { readDocx } from '../utils/office';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Review Co')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
/** KEEP_EXPORTS=DIR keeps the files to look at. */
const file = (name: string) => join(process.env.KEEP_EXPORTS ?? h.dir, name);

async function review() {
  const chair = await topManager(h.client, 'Carla Chair', { jobTitle: 'Managing director' });
  const ciso = await call('people.create', { name: 'Ivo Isms' });
  await call('context.create', { title: 'New data law', kind: 'external', category: 'legal', swot: 'threat' } as never);
  const change = await call('objectives.changeCreate', { title: 'Add suppliers to the audit programme', rationale: 'Review decision' } as never);
  const r = await call('reviews.create', { title: 'Annual management review', meetingDate: '2026-11-29', location: 'Board room and video call', chairId: chair.id, attendeeIds: [chair.id, ciso.id], guests: 'Dana Adviser (external)' });
  await call('reviews.update', { id: r.id, notes: Object.fromEntries(INPUT_KEYS.map((k) => [k, `Meeting note on ${k}.`])) });
  await call('reviews.outputAdd', { reviewId: r.id, kind: 'decision', text: 'Fund phishing training for all staff' });
  await call('reviews.outputAdd', { reviewId: r.id, kind: 'change', text: 'Audit the main suppliers every year', changeId: (change as { id: string }).id });
  const action = await call('reviews.actionAdd', { reviewId: r.id, title: 'Book the phishing training', ownerId: ciso.id, dueDate: '2027-01-31' });
  return { r, chair, ciso, action };
}

describe('export: 9.3 management review minutes and results', () => {
  it('writes the minutes with the meeting, every input with its figures and note, outputs, actions and the sign-off; a draft until signed off', async () => {
    const { r, action } = await review();
    await call('export.document', { id: 'management-review-minutes', recordId: r.id, path: file('draft.docx') });
    const draft = await readDocx(file('draft.docx'));
    expect(draft.text).toContain('Working copy');
    expect(draft.paragraphs).toContain('Not signed off yet. These minutes are a draft until the chair signs the review off.');

    await call('reviews.signOff', { id: r.id });
    await call('export.document', { id: 'management-review-minutes', recordId: r.id, path: file('final.docx') });
    await call('export.document', { id: 'management-review-minutes', recordId: r.id, path: file('final.pdf') });
    const doc = await readDocx(file('final.docx'));
    expect(doc.text).toContain('ISMS-9.3-MRV-001');
    expect(doc.text).not.toContain('Working copy');
    for (const k of INPUT_KEYS) {
      expect(doc.paragraphs.some((p) => p.startsWith(INPUT_TITLES[k])), k).toBe(true);
      expect(doc.paragraphs, k).toContain(`Discussion: Meeting note on ${k}.`);
    }
    // Figures: b) counts the issue added in the period, as the meeting saw it.
    expect(doc.paragraphs).toContain('Issue added: CTX-001 New data law');
    expect(doc.text).toContain('Issues added');
    for (const t of ['Board room and video call', 'Carla Chair', 'Ivo Isms', 'Dana Adviser (external)', 'Fund phishing training for all staff', 'Audit the main suppliers every year', 'CHG-001', action.ref, 'Book the phishing training', '2027-01-31', 'Signed off by', 'Carla Chair, chair']) expect(doc.text, t).toContain(t);

    // The results document under document control lists the signed-off review with its actions.
    await call('export.document', { id: 'management-review', path: file('results.docx'), variant: 'draft' });
    const results = await readDocx(file('results.docx'));
    for (const t of ['ISMS-9.3', 'Results of management reviews', 'MRV-001', 'Annual management review', action.ref]) expect(results.text, t).toContain(t);
  });

  it('refuses minutes without a review chosen, or of a review that does not exist', async () => {
    expect(fieldsOf(expectError(await h.client.raw('export.document', { id: 'management-review-minutes', path: file('x.docx') }), 'VALIDATION'))).toEqual(['recordId']);
    expectError(await h.client.raw('export.document', { id: 'management-review-minutes', recordId: '3f0c8a3e-9b1d-4c6e-8f2a-5d7e9b0c1a2f', path: file('x.docx') }), 'NOT_FOUND');
  });
});
