import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { WelcomeScreen } from './pages';
import { rpc } from './seed';

/** Asset inventory import: the dry run shows each row's action and problems, the import is all or nothing. */
describe('asset import through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Fabrikam Dental' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('shows the dry run with line and column of each problem, then creates and updates every row in one go', async () => {
    const { page } = e;
    await rpc(page, 'people.create', { name: 'Ana Lee', email: 'ana@example.org' });
    await rpc(page, 'risk.assetCreate', { name: 'Patient records' });
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('6.1 Risks, opportunities and treatment').click();
    await page.getByRole('tab', { name: 'Assets' }).click();
    await page.getByRole('button', { name: 'Import from file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import assets' });

    const bad = 'Name;Type;Owner;Confidentiality\nX-ray images;information;Nobody;2\nChair sensors;gizmo;;9\n';
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'assets.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect.poll(() => dialog.getByTestId('asset-import-summary').textContent()).toContain('2 rows: 0 new, 0 to update, 2 with problems.');
    expect(await dialog.getByTestId('asset-import-line-2').textContent()).toContain('Owner: Nobody called "Nobody"');
    expect(await dialog.getByTestId('asset-import-line-3').textContent()).toContain('Type: "gizmo" is not an asset type');
    expect(await dialog.getByTestId('asset-import-line-3').textContent()).toContain('Confidentiality: "9" is not on');
    expect(await dialog.getByRole('button', { name: 'Import 0 assets' }).isDisabled()).toBe(true);

    const good = 'Name;Type;Owner;Confidentiality;Location\nX-ray images;information;Ana Lee;Secret;Imaging\nPatient records;information;ana@example.org;3;Clinic server\n';
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'assets.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect.poll(() => dialog.getByTestId('asset-import-summary').textContent()).toContain('2 rows: 1 new, 1 to update, 0 with problems.');
    expect(await dialog.getByTestId('asset-import-line-3').textContent()).toContain('Changes:');
    await dialog.getByRole('button', { name: 'Import 2 assets' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Asset inventory' });
    await table.getByText('X-ray images').waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Patient records' }).textContent()).toContain('Ana Lee');
  });
});
