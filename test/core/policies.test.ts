import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { MethodInput } from '../../shared/contract';
import { docToText, type RichDoc } from '../../shared/richtext';
import { RANDOM_ID, START, changesFor, expectError, fieldsOf, openHarness, rowCount, topManager, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);
const text = (...lines: string[]): RichDoc => ({ type: 'doc', content: lines.map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l }] })) });
const person = (name: string) => call('people.create', { name });
const topPolicy = (more: Partial<MethodInput<'policies.create'>> = {}) =>
  call('policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security', ...more });
const bodyOf = async (versionId: string) => docToText((await call('policies.getVersion', { versionId: versionId })).content);

/** Takes the newest version of a policy through review, approval and publication. */
async function publishNewest(policyId: string, approverId: string, dates: { approvedOn?: string; publishedOn?: string } = {}) {
  const { current } = await call('policies.get', { id: policyId });
  await call('policies.submit', { versionId: current.id });
  await call('policies.approve', { versionId: current.id, approverId, approvedOn: dates.approvedOn });
  return call('policies.publish', { versionId: current.id, publishedOn: dates.publishedOn });
}

describe('policies: templates and creation', () => {
  it('lists the ten shipped templates', async () => {
    const templates = await call('policies.listTemplates', {});
    expect(templates).toHaveLength(10);
    expect(templates[0]).toMatchObject({ key: 'information-security', kind: 'information-security', controls: ['5.1'] });
  });

  it('starts version 1.0 as a draft from the template, filled from the workspace and the roles', async () => {
    const owner = await person('Olivia Owner');
    const p = await topPolicy({ ownerId: owner.id, reviewMonths: 6 });
    expect(p).toMatchObject({ title: 'Information security policy', kind: 'information-security', ownerName: 'Olivia Owner', reviewMonths: 6, reviewDate: null, published: null, drift: null });
    expect(p.current).toMatchObject({ version: '1.0', status: 'draft', authorId: owner.id, authorName: 'Olivia Owner', changeNote: 'Started from the template.', createdAt: START });
    expect(p.versions.map((v) => v.version)).toEqual(['1.0']);
    const body = await bodyOf(p.current.id);
    expect(body).toContain('Acme Ltd depends on information');
    expect(body).toContain('owned by Olivia Owner');
    expect(body).toContain('Top management (top management) sets the direction of this policy');
    // The body names no approver: who approved is in document control (issue #8).
    expect(body).not.toContain('approved by');
    expect(body).toContain('at least every 6 months');
    expect(body).not.toContain('{{');
    expect(p.coverage).toEqual({ version: '1.0', results: [expect.objectContaining({ element: 'objectives', found: true }), expect.objectContaining({ element: 'requirements', found: true }), expect.objectContaining({ element: 'improvement', found: true })] });
  });

  it('allows one information security policy only, and refuses a template of the other kind', async () => {
    await topPolicy();
    const err = expectError(await h.client.raw('policies.create', { title: 'Second', kind: 'information-security' }), 'CONFLICT');
    expect(err.message).toMatch(/already an information security policy/);
    const wrong = expectError(await h.client.raw('policies.create', { title: 'Backup', kind: 'information-security', templateKey: 'backup' }), 'VALIDATION');
    expect(fieldsOf(wrong)).toEqual(['templateKey']);
    expectError(await h.client.raw('policies.create', { title: 'X', kind: 'topic', templateKey: 'information-security' }), 'VALIDATION');
    expect(rowCount(h.sqlite(), 'policies')).toBe(1);
  });

  it('a blank topic policy starts with its title as heading; the list puts the top policy first', async () => {
    const blank = await call('policies.create', { title: 'Zebra crossing policy', kind: 'topic' });
    expect(await bodyOf(blank.current.id)).toBe('# Zebra crossing policy');
    await call('policies.create', { title: 'Access control policy', kind: 'topic', templateKey: 'access-control' });
    await topPolicy();
    expect((await call('policies.list', {})).map((p) => p.title)).toEqual(['Information security policy', 'Access control policy', 'Zebra crossing policy']);
  });
});

describe('policies: version lifecycle', () => {
  it('draft -> in review -> approved -> published, with approver, dates, hash and the next review', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const p = await topPolicy();
    const id = p.current.id;
    expect((await call('policies.submit', { versionId: id })).status).toBe('in-review');
    const approved = await call('policies.approve', { versionId: id, approverId: approver.id, approvedOn: '2026-11-29' });
    expect(approved).toMatchObject({ status: 'approved', approverId: approver.id, approverName: 'Ann Approver', approvedOn: '2026-11-29', publishedOn: null });
    const published = await call('policies.publish', { versionId: id });
    expect(published).toMatchObject({ status: 'published', publishedOn: '2026-11-29' });
    const stored = (h.sqlite().prepare('select content from policy_versions where id = ?').get(id) as { content: string }).content;
    expect(published.contentSha256).toBe(createHash('sha256').update(stored).digest('hex'));
    const after = await call('policies.get', { id: p.id });
    expect(after).toMatchObject({ reviewDate: '2027-11-29', drift: null });
    expect(after.published?.id).toBe(id);
    expect(changesFor(h.sqlite(), id).map((c) => c.op)).toEqual(['insert', 'update', 'update', 'update']);
  });

  it('refuses illegal transitions with CONFLICT and writes nothing', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const { current } = await topPolicy();
    const before = rowCount(h.sqlite(), 'change_log');
    const refuse = async (m: 'policies.returnToDraft' | 'policies.approve' | 'policies.publish' | 'policies.submit', message: RegExp) => {
      const err = expectError(await h.client.raw(m, { versionId: current.id, approverId: approver.id }), 'CONFLICT');
      expect(err.message).toMatch(message);
    };
    await refuse('policies.approve', /^Version 1\.0 is draft\. Only a version in review can be approved\.$/);
    await refuse('policies.publish', /Only an approved version can be published/);
    await refuse('policies.returnToDraft', /Only a version in review/);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
    await call('policies.submit', { versionId: current.id });
    await refuse('policies.submit', /is in review\. Only a draft can be sent for review/);
    await refuse('policies.publish', /is in review/);
    await call('policies.approve', { versionId: current.id, approverId: approver.id });
    await refuse('policies.approve', /is approved/);
    await refuse('policies.returnToDraft', /is approved/);
    await call('policies.publish', { versionId: current.id });
    for (const m of ['policies.submit', 'policies.approve', 'policies.publish', 'policies.returnToDraft'] as const) await refuse(m, /is published/);
  });

  it('a version in review goes back to draft and can then be edited again', async () => {
    const { id: policyId, current } = await topPolicy();
    await call('policies.submit', { versionId: current.id });
    expectError(await h.client.raw('policies.saveDraft', { policyId, content: text('x') }), 'CONFLICT');
    expectError(await h.client.raw('policies.updateVersion', { versionId: current.id, content: text('x') }), 'CONFLICT');
    expect((await call('policies.returnToDraft', { versionId: current.id })).status).toBe('draft');
    const saved = await call('policies.saveDraft', { policyId, content: text('Edited'), changeNote: 'Shorter' });
    expect(saved).toMatchObject({ id: current.id, version: '1.0', status: 'draft', changeNote: 'Shorter' });
    expect(docToText(saved.content)).toBe('Edited');
  });

  it('published content is immutable; a change becomes draft 1.1 and the policy shows the drift', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const p = await topPolicy();
    await publishNewest(p.id, approver.id);
    const publishedBody = await bodyOf(p.current.id);
    const sha = (h.sqlite().prepare('select content_sha256 as s from policy_versions where id = ?').get(p.current.id) as { s: string }).s;

    const err = expectError(await h.client.raw('policies.updateVersion', { versionId: p.current.id, content: text('Tampered') }), 'CONFLICT');
    expect(err.message).toBe('Version 1.0 is published. Its text can no longer change; save your changes as a new draft instead.');

    const draft = await call('policies.saveDraft', { policyId: p.id, content: text('New wording'), changeNote: 'Reworded' });
    expect(draft).toMatchObject({ version: '1.1', status: 'draft', changeNote: 'Reworded' });
    expect(await bodyOf(p.current.id)).toBe(publishedBody);
    expect((h.sqlite().prepare('select content_sha256 as s from policy_versions where id = ?').get(p.current.id) as { s: string }).s).toBe(sha);

    const drifted = await call('policies.get', { id: p.id });
    expect(drifted.drift).toEqual({ working: '1.1', workingStatus: 'draft', base: '1.0', baseStatus: 'published', changed: true });
    expect(drifted.current.version).toBe('1.1');
    expect(drifted.published?.version).toBe('1.0');
    expect(drifted.coverage?.version).toBe('1.1');
    expect(drifted.coverage?.results.every((r) => !r.found)).toBe(true);

    // A second save edits the same draft; saving the published text again shows no drift.
    await call('policies.saveDraft', { policyId: p.id, content: (await call('policies.getVersion', { versionId: p.current.id })).content });
    expect((await call('policies.get', { id: p.id })).drift).toMatchObject({ working: '1.1', changed: false });
    expect(rowCount(h.sqlite(), 'policy_versions')).toBe(2);
  });

  it('publishing 1.1 supersedes 1.0, which stays immutable; a major revision starts 2.0', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const p = await topPolicy();
    await publishNewest(p.id, approver.id, { approvedOn: '2026-11-29', publishedOn: '2026-11-29' });
    const first = p.current.id;
    await call('policies.saveDraft', { policyId: p.id, content: text('Version two', 'We will improve.') });
    h.setNow('2027-01-10T09:00:00.000Z');
    await publishNewest(p.id, approver.id);
    const after = await call('policies.get', { id: p.id });
    expect(after.versions.map((v) => [v.version, v.status, v.supersededOn])).toEqual([
      ['1.1', 'published', null],
      ['1.0', 'superseded', '2027-01-10'],
    ]);
    expect(after.reviewDate).toBe('2028-01-10');
    expectError(await h.client.raw('policies.updateVersion', { versionId: first, content: text('x') }), 'CONFLICT');
    expectError(await h.client.raw('policies.publish', { versionId: first }), 'CONFLICT');
    const major = await call('policies.saveDraft', { policyId: p.id, content: text('Rewrite'), major: true });
    expect(major.version).toBe('2.0');
  });

  it('an approved version that is never published is superseded when a newer one is published', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const p = await topPolicy();
    await call('policies.submit', { versionId: p.current.id });
    await call('policies.approve', { versionId: p.current.id, approverId: approver.id });
    await call('policies.saveDraft', { policyId: p.id, content: text('Better text') });
    expect((await call('policies.get', { id: p.id })).drift).toEqual({ working: '1.1', workingStatus: 'draft', base: '1.0', baseStatus: 'approved', changed: true });
    await publishNewest(p.id, approver.id);
    expect((await call('policies.get', { id: p.id })).versions.map((v) => v.status)).toEqual(['published', 'superseded']);
  });

  it('checks submissions, approvals and publication dates', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const blank = await call('policies.create', { title: 'Blank', kind: 'topic' });
    await call('policies.saveDraft', { policyId: blank.id, content: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(fieldsOf(expectError(await h.client.raw('policies.submit', { versionId: blank.current.id }), 'VALIDATION'))).toEqual(['content']);
    await call('policies.saveDraft', { policyId: blank.id, content: text('Ask {{isms_manager}} or {{mystery}}.') });
    expect(expectError(await h.client.raw('policies.submit', { versionId: blank.current.id }), 'VALIDATION').message).toBe(
      'Replace the placeholders still in the text before review: {{isms_manager}}, {{mystery}}.',
    );
    await call('policies.saveDraft', { policyId: blank.id, content: text('Ask the ISMS manager.') });
    await call('policies.submit', { versionId: blank.current.id });
    expect(expectError(await h.client.raw('policies.approve', { versionId: blank.current.id, approverId: RANDOM_ID }), 'NOT_FOUND').details).toMatchObject({ field: 'approverId' });
    expect(fieldsOf(expectError(await h.client.raw('policies.approve', { versionId: blank.current.id, approverId: approver.id, approvedOn: '2026-11-30' }), 'VALIDATION'))).toEqual(['approvedOn']);
    // Not before the version existed (it was written on 2026-11-29): the rule in shared/dates.ts.
    const early = expectError(await h.client.raw('policies.approve', { versionId: blank.current.id, approverId: approver.id, approvedOn: '2019-05-01' }), 'VALIDATION');
    expect(fieldsOf(early)).toEqual(['approvedOn']);
    expect(early.message).toBe('This version was written on 2026-11-29; it cannot have been approved before that.');
    expect(fieldsOf(expectError(await h.client.raw('policies.approve', { versionId: blank.current.id, approverId: approver.id, approvedOn: '2026-11-10' }), 'VALIDATION'))).toEqual(['approvedOn']);
    // Only by someone whose role may approve, or with a reason (issue #8).
    const clerk = await person('Colin Clerk');
    const refused = expectError(await h.client.raw('policies.approve', { versionId: blank.current.id, approverId: clerk.id, approvedOn: '2026-11-29' }), 'VALIDATION');
    expect(fieldsOf(refused)).toEqual(['reason']);
    expect(refused.message).toContain('Colin Clerk holds no role that may approve');
    expect(await call('policies.get', { id: blank.id })).toMatchObject({ current: { status: 'in-review' } });
    h.setNow('2026-12-10T09:00:00.000Z');
    await call('policies.approve', { versionId: blank.current.id, approverId: clerk.id, approvedOn: '2026-12-05', reason: 'Board delegated approval of topic policies to Colin on 2026-11-28.' });
    expect(h.sqlite().prepare('select approval_reason as r from policy_versions where id = ?').get(blank.current.id)).toEqual({ r: 'Board delegated approval of topic policies to Colin on 2026-11-28.' });
    expect(fieldsOf(expectError(await h.client.raw('policies.publish', { versionId: blank.current.id, publishedOn: '2026-12-04' }), 'VALIDATION'))).toEqual(['publishedOn']);
    expect((await call('policies.get', { id: blank.id })).current.status).toBe('approved');
  });

  it('the approver and author names recorded at approval survive renaming and deleting the people', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const author = await person('Otto Author');
    const p = await topPolicy({ ownerId: author.id });
    await publishNewest(p.id, approver.id);
    await call('people.update', { id: approver.id, name: 'Ann Renamed' });
    await call('people.delete', { id: author.id, confirm: true });
    const v = (await call('policies.get', { id: p.id })).published!;
    expect(v).toMatchObject({ approverName: 'Ann Approver', authorName: 'Otto Author', authorId: null });
  });
});

describe('policies: diff and delete', () => {
  it('diffs two versions line by line and refuses versions of different policies', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const p = await call('policies.create', { title: 'Backup', kind: 'topic' });
    await call('policies.saveDraft', { policyId: p.id, content: text('Keep', 'Old line', 'Also keep') });
    await publishNewest(p.id, approver.id);
    const draft = await call('policies.saveDraft', { policyId: p.id, content: text('Keep', 'New line', 'Also keep', 'Added at end') });
    const diff = await call('policies.getDiff', { fromVersionId: p.current.id, toVersionId: draft.id });
    expect(diff).toEqual({
      from: '1.0',
      to: '1.1',
      added: 2,
      removed: 1,
      lines: [
        { op: 'same', text: 'Keep' },
        { op: 'removed', text: 'Old line' },
        { op: 'added', text: 'New line' },
        { op: 'same', text: 'Also keep' },
        { op: 'added', text: 'Added at end' },
      ],
    });
    const other = await topPolicy();
    expect(fieldsOf(expectError(await h.client.raw('policies.getDiff', { fromVersionId: p.current.id, toVersionId: other.current.id }), 'VALIDATION'))).toEqual(['toVersionId']);
    expectError(await h.client.raw('policies.getDiff', { fromVersionId: p.current.id, toVersionId: RANDOM_ID }), 'NOT_FOUND');
  });

  it('deletes a policy that was never published, with its versions and distribution; refuses one that was', async () => {
    const approver = await topManager(h.client, 'Ann Approver');
    const draftOnly = await call('policies.create', { title: 'Draft only', kind: 'topic', templateKey: 'backup' });
    await call('policies.distributionAdd', { policyId: draftOnly.id, personId: approver.id });
    expect(await call('policies.delete', { id: draftOnly.id, confirm: true })).toEqual({ ok: true });
    expect([rowCount(h.sqlite(), 'policies'), rowCount(h.sqlite(), 'policy_versions'), rowCount(h.sqlite(), 'policy_distribution')]).toEqual([0, 0, 0]);
    const p = await topPolicy();
    await publishNewest(p.id, approver.id);
    expect(expectError(await h.client.raw('policies.delete', { id: p.id }), 'CONFLICT').message).toMatch(/has been published/);
    expect(rowCount(h.sqlite(), 'policies')).toBe(1);
  });

  it('updates title, owner, review interval and review date', async () => {
    const owner = await person('New Owner');
    const p = await topPolicy();
    const u = await call('policies.update', { id: p.id, title: 'ISP', ownerId: owner.id, reviewMonths: 24, reviewDate: '2027-05-01' });
    expect(u).toMatchObject({ title: 'ISP', ownerName: 'New Owner', reviewMonths: 24, reviewDate: '2027-05-01', kind: 'information-security' });
    expectError(await h.client.raw('policies.update', { id: p.id, title: 'ISP', ownerId: RANDOM_ID }), 'NOT_FOUND');
  });
});
