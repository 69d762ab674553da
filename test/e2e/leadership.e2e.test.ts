import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startE2E, type E2E } from './harness';
import { ClauseScreen, PeopleScreen, pickOption, WelcomeScreen } from './pages';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

describe('5.1 and 5.3 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('names top management and attaches an evidence file that is stored in the workspace with its SHA-256', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    const people = new PeopleScreen(page);
    await people.open();
    await people.add('Cara Chief', 'Chief executive');
    const leadership = new ClauseScreen(page, '5.1 Leadership and commitment');
    await leadership.open();
    await poll(() => leadership.percent()).toBe('0% done');
    await leadership.step('Top management');
    await pickOption(page, page.getByRole('combobox', { name: 'Add a member of top management' }), 'Cara Chief (Chief executive)');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await poll(() => leadership.percent()).toBe('25% done');

    await leadership.step('Commitments');
    const card = page.getByTestId('commitment-resources');
    await card.getByRole('button', { name: /^Add evidence for/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Evidence', exact: true }).fill('Board minutes approving the 2027 security budget');
    const bytes = Buffer.from('%PDF-1.4 minutes of the board\n');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'board-minutes.pdf', mimeType: 'application/pdf', buffer: bytes });
    await dialog.getByRole('button', { name: 'Add evidence' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => card.textContent()).toContain('board-minutes.pdf');
    await e.shot('l01-evidence');
    const stored = e.session.current!.sqlite.prepare('select name, mime, size, sha256, data from attachments').get() as { name: string; mime: string; size: number; sha256: string; data: Buffer };
    expect(stored).toMatchObject({ name: 'board-minutes.pdf', mime: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(stored.data.equals(bytes)).toBe(true);
    // And it comes back out of the workspace unchanged.
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByText('board-minutes.pdf').click()]);
    expect(download.suggestedFilename()).toBe('board-minutes.pdf');
    expect(readFileSync((await download.path())!).equals(bytes)).toBe(true);
  });

  it('the RACI matrix marks a row with two accountable roles and saves only once it has one', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    const roles = new ClauseScreen(page, '5.3 Roles, responsibilities and authorities');
    await roles.open();
    await page.getByRole('tab', { name: 'RACI matrix' }).click();
    const activity = 'Report ISMS performance to top management';
    const row = page.getByTestId('raci-row-report-performance');
    await page.getByLabel(`${activity}: Top management`).selectOption('A');
    await poll(() => row.getByRole('alert').textContent()).toBe('Every activity needs exactly one accountable role (A); this one has 2.');
    await expect(page.getByRole('button', { name: /^Save matrix/ }).isDisabled()).resolves.toBe(true);
    await e.shot('r01-two-accountable');
    await page.getByLabel(`${activity}: ISMS manager / CISO`).selectOption('R');
    await poll(() => row.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Save matrix (1)' }).click();
    await poll(() => page.getByRole('button', { name: /^Save matrix/ }).isDisabled()).toBe(true);
    const cells = e.session.current!.sqlite
      .prepare("select r.key, e.value from raci_entries e join raci_activities a on a.id = e.activity_id join roles r on r.id = e.role_id where a.key = 'report-performance' order by r.sort_order")
      .all();
    expect(cells).toEqual([
      { key: 'top-management', value: 'A' },
      { key: 'isms-manager', value: 'R' },
    ]);
  });
});
