import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';

describe('6.1 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Northwind Clinics' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('configures a 5x5 method, adds an asset and a risk from the catalogues, treats it with two Annex A controls, sees them applicable in the SoA and exports it', async () => {
    const { page } = e;
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('6.1 Risks, opportunities and treatment').click();

    // Method: a 5 x 5 scale (shrink impact to 4 and back), a renamed level, one cell changed by hand.
    await page.getByRole('tab', { name: 'Method' }).click();
    const impactLevels = page.getByRole('radiogroup', { name: 'Impact levels' });
    await impactLevels.getByText('4', { exact: true }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Impact 5 label' }).count()).toBe(0);
    await impactLevels.getByText('5', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Impact 5 label' }).fill('Catastrophic');
    await page.getByRole('textbox', { name: 'Likelihood 5 label' }).fill('Very likely');
    await page.getByRole('button', { name: 'Likelihood 1, impact 5: Medium' }).click();
    await page.getByRole('button', { name: 'Likelihood 1, impact 5: High' }).waitFor();
    await page.getByRole('button', { name: 'Save and adopt the method' }).click();
    await page.getByText('Method saved. 0 risks re-evaluated, 0 changed level.').first().waitFor();

    // Asset.
    await page.getByRole('tab', { name: 'Assets' }).click();
    await page.getByRole('button', { name: 'Add asset' }).click();
    const assetDialog = page.getByRole('dialog');
    await assetDialog.getByLabel('Name').fill('Patient records database');
    await pickOption(page, assetDialog.getByLabel('Confidentiality', { exact: true }), '4 Secret');
    await assetDialog.getByRole('button', { name: 'Add asset' }).click();
    await assetDialog.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Asset inventory' }).getByText('AST-001').waitFor();

    // Risk from the catalogues, treated with two Annex A controls.
    await page.getByRole('tab', { name: 'Risk register' }).click();
    await page.getByRole('button', { name: 'Add risk' }).click();
    const riskDialog = page.getByRole('dialog');
    await pickOption(page, riskDialog.getByLabel('Asset', { exact: true }), 'AST-001 Patient records database');
    await pickOption(page, riskDialog.getByLabel('Threat', { exact: true }), 'Unauthorised access to systems');
    await pickOption(page, riskDialog.getByLabel('Vulnerability', { exact: true }), 'Weak authentication');
    await expect.poll(() => riskDialog.getByLabel(/^Title/).inputValue()).toBe('Unauthorised access to systems');
    await pickOption(page, riskDialog.getByLabel('Likelihood', { exact: true }), '4 Likely');
    await pickOption(page, riskDialog.getByLabel('Impact', { exact: true }), '4 Major');
    await riskDialog.getByText('Above the acceptance threshold').waitFor();
    await pickOption(page, riskDialog.getByLabel('Treatment option', { exact: true }), 'Modify (mitigate)');
    const controls = riskDialog.getByLabel('Controls', { exact: true });
    await pickOption(page, controls, '8.5 Secure authentication');
    await pickOption(page, controls, '5.15 Access control');
    await page.keyboard.press('Escape');
    await riskDialog.getByRole('button', { name: 'Add risk' }).click();
    await riskDialog.waitFor({ state: 'detached' });
    const register = page.getByRole('table', { name: 'Risk register' });
    await register.getByText('RSK-001').waitFor();
    await expect.poll(() => register.locator('[data-level]').first().getAttribute('data-level')).toBe('high');

    // The heat-map cell opens the risks in it.
    await page.getByRole('button', { name: '1 risk at likelihood 4, impact 4 (High)' }).first().click();
    const showing = page.getByRole('button', { name: 'Showing inherent likelihood 4, impact 4: show all risks' });
    await showing.waitFor();
    expect(await register.getByText('RSK-001').count()).toBe(1);
    await e.shot('61-register');
    // The chosen cell and the level filter are in the address: a reload shows the same list.
    await pickOption(page, page.getByLabel('Level', { exact: true }).first(), 'Low');
    await page.getByText('No risks match.').waitFor();
    expect(page.url()).toMatch(/risk-level=low.*risk-cell=inherent-4-4|risk-cell=inherent-4-4.*risk-level=low/);
    await page.reload();
    await showing.waitFor();
    await page.getByText('No risks match.').waitFor();
    await pickOption(page, page.getByLabel('Level', { exact: true }).first(), 'High');
    await register.getByText('RSK-001').waitFor();
    await showing.click();
    await showing.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('risk-cell');

    // The wizard's step is in the address too (?step=4 is Risks), so a reload stays on it.
    await page.getByRole('tab', { name: 'Guided wizard' }).click();
    await page.getByRole('button', { name: 'Next: Method' }).click();
    await page.getByRole('button', { name: 'Next: Assets' }).click();
    await page.getByRole('button', { name: 'Next: Risks' }).click();
    await page.getByRole('button', { name: 'Next: Opportunities' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Next: Opportunities' }).waitFor();
    await page.getByRole('table', { name: 'Risk register' }).getByText('RSK-001').waitFor();

    // The SoA marks both controls applicable with the risk as the justification.
    await page.getByRole('tab', { name: 'Statement of Applicability' }).click();
    const soa = page.getByRole('table', { name: 'Statement of Applicability' });
    for (const ref of ['8.5', '5.15']) {
      const row = soa.locator(`tr[data-control="${ref}"]`);
      await row.getByText('Applicable', { exact: true }).waitFor();
      await row.getByText('Treats risk: RSK-001').waitFor();
      await row.getByText('Risk assessment result').waitFor();
    }
    expect(await soa.locator('tr[data-control="8.24"]').getByText('Not decided').count()).toBe(1);
    await e.shot('61-soa');

    // Export the SoA and read it back.
    await page.getByRole('button', { name: 'Export SoA (XLSX)' }).click();
    const note = page.getByRole('alert').filter({ hasText: 'Document exported' });
    const [download] = await Promise.all([page.waitForEvent('download'), note.getByRole('link', { name: 'Download' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.getWorksheet('Statement of Applicability')!;
    const rows: Record<string, unknown[]> = {};
    ws.eachRow((row) => {
      const v = row.values as unknown[];
      if (typeof v[1] === 'string') rows[v[1]] = v.slice(1);
    });
    expect(Object.keys(rows).filter((k) => /^\d+\.\d+$/.test(k))).toHaveLength(93);
    expect(rows['8.5'].slice(3, 5)).toEqual(['Yes', 'Risk assessment result\nTreats risk: RSK-001']);
    expect(rows['5.15'].slice(3, 5)).toEqual(['Yes', 'Risk assessment result\nTreats risk: RSK-001']);
    expect(rows['8.24'][3]).toBe('Not decided');
  });

  it('edits an action title in the risk dialog, and keeps a typed risk and the open dialog across a reload', async () => {
    const { page } = e;
    const risk = await rpc<{ id: string; ref: string }>(page, 'risk.create', { title: 'Laptop stolen from a car', basis: 'event', event: 'A laptop is taken from a parked car.', affectsC: true, likelihood: 3, impact: 3, treatment: 'modify' });
    await rpc(page, 'risk.actionCreate', { riskId: risk.id, title: 'Encrypt disks', status: 'planned' });
    await page.evaluate(`window.location.hash = '/clause/6.1?tab=risks&open=risk:${risk.id}:plan'`);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('table', { name: 'Actions of this risk' }).getByText('Encrypt disks').waitFor();
    await dialog.getByRole('button', { name: 'Edit Encrypt disks' }).click();
    const form = dialog.getByRole('form', { name: 'Edit action RTP-001' });
    await form.getByLabel(/^Action/).fill('Encrypt every laptop disk with BitLocker');
    await form.getByLabel('Notes').fill('Keys escrowed to the directory.');
    await form.getByRole('button', { name: 'Save action' }).click();
    await form.waitFor({ state: 'detached' });
    await dialog.getByText('Encrypt every laptop disk with BitLocker').waitFor();
    const actions = await rpc<Array<{ title: string; notes: string }>>(page, 'risk.actionList', { riskId: risk.id });
    expect(actions.map((a) => [a.title, a.notes])).toEqual([['Encrypt every laptop disk with BitLocker', 'Keys escrowed to the directory.']]);
    // An empty title is refused next to the field and nothing is saved.
    await dialog.getByRole('button', { name: 'Edit Encrypt every laptop disk with BitLocker' }).click();
    await form.getByLabel(/^Action/).fill('');
    await form.getByRole('button', { name: 'Save action' }).click();
    await form.getByText(/Action/).first().waitFor();
    expect(await form.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await rpc<Array<{ title: string }>>(page, 'risk.actionList', { riskId: risk.id }))[0].title).toBe('Encrypt every laptop disk with BitLocker');

    // A new risk typed but not saved survives a reload: the dialog is in the address, the text in the draft.
    await page.evaluate(`window.location.hash = '/clause/6.1?tab=risks&open=risk:new'`);
    await page.getByRole('form', { name: 'New risk' }).getByLabel(/^Title/).fill('Courier loses the backup tapes');
    await expect.poll(() => page.evaluate(`Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes('Courier loses the backup tapes'))`)).toBe(true);
    const onDialog = (d: import('playwright-core').Dialog) => void d.accept(); // the "leave with unsaved edits?" prompt
    page.on('dialog', onDialog);
    await page.reload();
    page.off('dialog', onDialog);
    const restored = page.getByRole('form', { name: 'New risk' });
    await expect.poll(() => restored.getByLabel(/^Title/).inputValue(), { timeout: 15_000 }).toBe('Courier loses the backup tapes');
  }, 120_000);

  it('compares the latest assessment run with the one before by default, and keeps a chosen comparison across a reload', async () => {
    const { page } = e;
    await page.evaluate(`window.location.hash = '/clause/6.1?tab=runs'`);
    await page.getByText('No assessment run yet.', { exact: false }).waitFor();
    const risk = await rpc<{ id: string }>(page, 'risk.create', { title: 'Ransomware on the file server', basis: 'event', event: 'Files are encrypted.', affectsA: true, likelihood: 4, impact: 4 });
    await rpc(page, 'risk.create', { title: 'Fire in the server room', basis: 'event', event: 'A fire.', affectsA: true, likelihood: 1, impact: 5 });
    await rpc(page, 'risk.runCreate', { name: 'Annual assessment', runDate: '2026-11-01' });
    await rpc(page, 'risk.update', { id: risk.id, likelihood: 1 });
    await rpc(page, 'risk.runCreate', { name: 'After the backup project', runDate: '2026-11-20', reason: 'change' });
    await page.reload();
    const summary = page.getByTestId('run-comparison-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^0 new, 0 closed, 0 risen, 1 fallen, 1 unchanged\./);
    // Swap the two runs: the risk has now risen, and the choice survives a reload.
    await pickOption(page, page.getByLabel('Earlier run', { exact: true }).first(), 'RUN-002 After the backup project (2026-11-20)');
    await pickOption(page, page.getByLabel('Later run', { exact: true }).first(), 'RUN-001 Annual assessment (2026-11-01)');
    await expect.poll(() => summary.textContent()).toMatch(/^0 new, 0 closed, 1 risen, 0 fallen, 1 unchanged\./);
    await page.reload();
    await expect.poll(() => summary.textContent()).toMatch(/^0 new, 0 closed, 1 risen, 0 fallen, 1 unchanged\./);
  });
});
