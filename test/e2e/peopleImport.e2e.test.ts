import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { WelcomeScreen } from './pages';
import { openRoute } from './screens';

/** Bulk import of people from a file: the dry run shows each row's errors, the import is all or nothing. */
describe('people import through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Tailspin Haulage' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('shows a dry run with per-row errors, refuses to import until they are fixed, then imports every row', async () => {
    const { page } = e;
    await openRoute(page, '/people');
    await page.getByRole('button', { name: 'Import from file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import people and units' });
    const bad = 'Name,Email,Department\nAna Lee,ana@example.org,Transport\n,nobody@example.org,Transport\nBo Chen,not-an-email,Depot\n';
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect.poll(() => dialog.getByTestId('import-summary').textContent()).toContain('3 rows: 1 ready, 2 with errors.');
    expect(await dialog.getByTestId('import-line-3').textContent()).toContain('Name is required');
    expect(await dialog.getByTestId('import-line-4').textContent()).toContain('valid email');
    expect(await dialog.getByRole('button', { name: 'Import 1 people' }).isDisabled()).toBe(true);

    const good = 'Name,Email,Department\nAna Lee,ana@example.org,Transport\nBo Chen,bo@example.org,Depot\n';
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect.poll(() => dialog.getByTestId('import-summary').textContent()).toContain('2 rows: 2 ready, 0 with errors. New units: Transport, Depot.');
    await dialog.getByRole('button', { name: 'Import 2 people' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'People' });
    await table.getByText('Bo Chen').waitFor();
    await table.getByText('Ana Lee').waitFor();
    await page.getByRole('button', { name: 'Depot', exact: true }).waitFor();
  });
});
