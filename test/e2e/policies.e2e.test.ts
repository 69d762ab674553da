import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { startE2E, type E2E } from './harness';
import { PeopleScreen, PoliciesScreen, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { openRoute } from './screens';

const db = (e: E2E) => e.session.current!.sqlite;
/** Screens reload after each write through the host; give them a few seconds on a busy machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

describe('5.2 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('writes a policy from the template, approves and publishes it, records an acknowledgement, and 5.2 readiness rises', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Northwind Clinics' });
    const people = new PeopleScreen(page);
    await people.open();
    await people.add('Ann Approver', 'Chief executive');
    await people.add('Rob Reader');

    const policies = new PoliciesScreen(page);
    await policies.open();
    await poll(() => policies.percent()).toBe('0% done');
    await e.shot('p01-wizard-empty');
    await policies.startFromTemplate();
    await poll(() => policies.editor().textContent()).toContain('Northwind Clinics depends on information');
    expect(await policies.editor().textContent()).not.toContain('{{');
    expect(await policies.status()).toMatch(/^1\.0\s*Draft$/);
    await policies.appendAndSave('Our clinics review this policy with the board every spring.', 'Added the review practice');
    await e.shot('p02-editor');
    const stored = db(e).prepare('select major, minor, status, change_note as note, content from policy_versions').all() as { content: string; note: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0].note).toBe('Added the review practice');
    expect(JSON.parse(stored[0].content).type).toBe('doc');
    expect(stored[0].content).toContain('Our clinics review this policy with the board every spring.');

    await page.getByText('← 5.2 Policy').click();
    await poll(() => policies.percent()).toBe('17% done');
    await page.getByText('Information security policy').first().waitFor();
    await page.goBack();

    await policies.sendForReviewApproveAndPublish('Ann Approver');
    await poll(() => policies.status()).toMatch(/^1\.0\s*Published$/);
    await e.shot('p03-published');
    expect(db(e).prepare('select status, approver_name as approver, content_sha256 is not null as hashed from policy_versions').get()).toEqual({ status: 'published', approver: 'Ann Approver', hashed: 1 });

    await policies.distributeTo('Rob Reader');
    await page.getByRole('button', { name: 'Record acknowledgement by Rob Reader' }).waitFor();
    await page.getByText('← 5.2 Policy').click();
    // Written, approved, published, covering what 5.2 asks, reviewed on schedule; not yet acknowledged.
    await poll(() => policies.percent()).toBe('83% done');
    await page.goBack();
    await policies.tab(/^Distribution/);
    await policies.recordAcknowledgement('Rob Reader');
    await poll(() => page.getByRole('tab', { name: /^Distribution/ }).textContent()).toBe('Distribution (1/1)');
    await e.shot('p04-acknowledged');
    expect(db(e).prepare('select person_name as name from policy_acknowledgements').all()).toEqual([{ name: 'Rob Reader' }]);

    await page.getByText('← 5.2 Policy').click();
    await poll(() => policies.percent()).toBe('100% done');
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('Home').click();
    await poll(() => page.getByTestId('readiness-5.2').getAttribute('data-percent')).toBe('100');
    await e.shot('p05-home');
  });

  it('records the acknowledgements of a whole unit at once, with one date', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Contoso Freight' });
    const unit = await rpc<{ id: string }>(page, 'people.unitCreate', { name: 'Depot' });
    for (const name of ['Ana Driver', 'Ben Loader', 'Cy Planner']) await rpc(page, 'people.create', { name, unitId: unit.id });
    const boss = await rpc<{ id: string }>(page, 'people.create', { name: 'Dee Director' });
    const roles = await rpc<{ id: string; key: string }[]>(page, 'roles.list');
    await rpc(page, 'roles.assign', { roleId: roles.find((r) => r.key === 'top-management')!.id, personId: boss.id, acceptedOn: null });
    const policy = await rpc<{ id: string; current: { id: string } }>(page, 'policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security' });
    await rpc(page, 'policies.submit', { versionId: policy.current.id });
    await rpc(page, 'policies.approve', { versionId: policy.current.id, approverId: boss.id });
    await rpc(page, 'policies.publish', { versionId: policy.current.id });
    await rpc(page, 'policies.distributionAdd', { policyId: policy.id, unitId: unit.id });

    await openRoute(page, `/clause/5.2/policy/${policy.id}`);
    await new PoliciesScreen(page).tab(/^Distribution/);
    const bulk = page.getByLabel('Record acknowledgements for the selected people');
    await page.getByRole('checkbox', { name: 'Select everyone who has not acknowledged' }).check();
    await bulk.getByText('3 selected').waitFor();
    await page.getByRole('checkbox', { name: 'Select Cy Planner' }).uncheck();
    await bulk.getByRole('button', { name: 'Record for 2 people' }).click();
    await poll(() => page.getByRole('tab', { name: /^Distribution/ }).textContent()).toBe('Distribution (2/3)');
    const rows = db(e).prepare('select person_name as name, acknowledged_on as date from policy_acknowledgements order by person_name').all() as { name: string; date: string }[];
    expect(rows.map((r) => r.name)).toEqual(['Ana Driver', 'Ben Loader']);
    expect(new Set(rows.map((r) => r.date)).size).toBe(1);
    // Only Cy is left: the batch bar goes, his own button stays.
    await page.getByRole('button', { name: 'Record acknowledgement by Cy Planner' }).waitFor();
    await bulk.waitFor({ state: 'detached' });
    await e.shot('p06-bulk-acknowledged');
  });

  it('an edit after publication becomes draft 1.1, the policy shows the drift and the diff, and version 1.0 exports as DOCX', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Contoso Health' });
    const people = new PeopleScreen(page);
    await people.open();
    await people.add('Ann Approver');
    const policies = new PoliciesScreen(page);
    await policies.open();
    await policies.startFromTemplate();
    await policies.sendForReviewApproveAndPublish('Ann Approver');

    await policies.appendAndSave('Visitors are escorted at all times.', 'Visitor rule');
    await poll(() => policies.status()).toMatch(/^1\.1\s*Draft$/);
    await poll(() => page.getByTestId('drift-alert').textContent()).toContain('Draft 1.1 differs from published 1.0');
    await policies.tab(/^Versions/);
    await poll(() => page.getByTestId('diff-counts').textContent()).toBe('+1 −0 lines');
    await poll(() => page.getByText(/unchanged lines/).count()).toBe(1);
    const added = page.getByRole('generic', { name: 'Differences' }).or(page.getByLabel('Differences')).locator('[data-op="added"]');
    expect(await added.textContent()).toContain('Visitors are escorted at all times.');
    await e.shot('p06-diff');
    // The published text did not change.
    const rows = db(e).prepare('select major, minor, status, content from policy_versions order by minor').all() as { status: string; content: string }[];
    expect(rows.map((r) => r.status)).toEqual(['published', 'draft']);
    expect(rows[0].content).not.toContain('Visitors are escorted');

    await page.getByRole('button', { name: 'Export version 1.0 (DOCX)' }).click();
    const note = page.getByRole('alert').filter({ hasText: 'Document exported' });
    await note.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), note.getByRole('link', { name: 'Download' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Contoso Health');
    expect(xml).toContain('Document control');
    expect(xml).not.toContain('Visitors are escorted');
  });
});
