import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { WelcomeScreen } from './pages';
import { rpc } from './seed';

describe('history, verify, password and lock through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('verifies the trail, names an entry changed outside the app, and locks and unlocks an encrypted workspace', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Trail Clinics' });
    const issue = await rpc<{ id: string }>(page, 'context.create', { title: 'Ransomware wave', kind: 'external', category: 'technological', swot: 'threat' });

    await page.getByRole('link', { name: 'History and integrity' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'History entries' }).textContent()).toContain('Ransomware wave');
    await page.getByRole('button', { name: 'Verify trail' }).click();
    await expect.poll(() => page.getByTestId('trail-ok').textContent()).toContain('The trail is intact');

    const seq = e.session.current!.sqlite.prepare("select seq from change_log where row_id = ? and op = 'insert'").pluck().get(issue.id) as number;
    e.session.current!.sqlite.prepare("update change_log set actor = 'Mallory' where seq = ?").run(seq);
    await page.getByRole('button', { name: 'Verify trail' }).click();
    const problems = page.getByTestId('trail-problems');
    await expect.poll(() => problems.textContent()).toContain(`entry ${seq}`);
    expect(await problems.textContent()).toContain('History entry changed');
    await e.shot('integrity-01-tampered');

    await page.goto(`${page.url().split('#')[0]}#/workspace`);
    const card = page.getByLabel('Password and encryption');
    await card.getByLabel('New password', { exact: true }).fill('e2e password 1');
    await card.getByLabel('New password again').fill('e2e password 1');
    await card.getByRole('button', { name: 'Add password' }).click();
    await expect.poll(() => card.textContent()).toContain('Encrypted');
    await card.getByRole('button', { name: 'Lock now' }).click();

    const dialog = page.getByRole('dialog', { name: 'This workspace is locked' });
    await dialog.waitFor();
    await dialog.getByLabel('Password', { exact: true }).fill('not the password');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => dialog.textContent()).toContain('not right');
    await e.shot('integrity-02-unlock');
    await dialog.getByLabel('Password', { exact: true }).fill('e2e password 1');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('workspace-organisation').waitFor();
    expect(e.session.current?.cipher).not.toBeNull();
  });
});
