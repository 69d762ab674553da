import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportsDirOf } from '../../electron/host/platform';
import { startE2E, type E2E } from './harness';
import { ClauseScreen, pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { readXlsx } from '../utils/office';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
/** Days from today (the host runs on the real clock), as YYYY-MM-DD. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('8.1 suppliers and 7.4 communication through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('adds a supplier with an expiring certificate, sees it due on the home page, and exports the register', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    await rpc(page, 'people.create', { name: 'Petra Procurement', jobTitle: 'Procurement lead' });
    const expires = inDays(40);

    const suppliers = new ClauseScreen(page, '8.1 Operational planning and control');
    await suppliers.open();
    await poll(() => suppliers.percent()).toBe('0% done');
    await page.getByRole('button', { name: 'Add supplier' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Supplier' }).fill('Nimbus Hosting');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Criticality' }), 'Critical');
    await dialog.getByRole('textbox', { name: 'Data they handle' }).fill('Customer accounts');
    await dialog.getByRole('textbox', { name: 'Contract reference' }).fill('MSA-2025-014');
    await dialog.getByRole('checkbox', { name: 'Security clauses in the contract' }).check();
    await dialog.getByRole('textbox', { name: 'Which clauses' }).fill('Breach notice within 24 hours');
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    await dialog.getByRole('textbox', { name: 'Certificate' }).fill('ISO/IEC 27001');
    await dialog.getByRole('textbox', { name: 'Issuer' }).fill('BSI');
    const validUntil = dialog.getByLabel('Valid until');
    await validUntil.fill(expires);
    await validUntil.press('Tab');
    await pickOption(page, dialog.getByLabel('Owner', { exact: true }), 'Petra Procurement');
    await e.shot('s01-supplier-form');
    await dialog.getByRole('button', { name: 'Add supplier' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Supplier register' });
    await poll(() => table.textContent()).toContain('SUP-001');
    expect(await table.textContent()).toContain('1 expires soon');
    await e.shot('s01b-register');
    await suppliers.step('Certificates');
    await poll(() => page.getByRole('table', { name: 'Supplier certificates' }).textContent()).toContain(expires);
    await e.shot('s02-certificates');

    // The home page lists the certificate (60 days ahead) and the critical supplier never assessed.
    await page.getByRole('navigation').getByText('Home', { exact: true }).first().click();
    const due = page.getByTestId('due-list');
    await poll(() => due.textContent()).toContain('Certificate ISO/IEC 27001 of supplier SUP-001 "Nimbus Hosting" expires');
    expect(await due.textContent()).toContain('Assess critical supplier SUP-001 "Nimbus Hosting" (never assessed)');
    await e.shot('s03-home-due');

    // The register as a workbook, from the exports page.
    await page.evaluate(`window.location.hash = '/exports'`);
    await page.getByRole('button', { name: 'Export Supplier register workbook (8.1)' }).click();
    await page.getByText('Document exported').first().waitFor();
    const dir = exportsDirOf(e.dataDir);
    const file = readdirSync(dir).find((f) => f.includes('supplier-register') && f.endsWith('.xlsx'))!;
    expect(file).toBeTruthy();
    const wb = await readXlsx(join(dir, file));
    const sheets = wb.worksheets.map((w) => w.name);
    expect(sheets).toEqual(expect.arrayContaining(['Suppliers', 'Certificates']));
    const certs = JSON.stringify(wb.getWorksheet('Certificates')!.getSheetValues());
    expect(certs).toContain('SUP-001');
    expect(certs).toContain('ISO/IEC 27001');
    expect(certs).toContain('Expires soon');
  }, 180_000);

  it('logs a planned communication, after which the row is no longer overdue', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    await rpc(page, 'people.create', { name: 'Cora Comms' });
    await rpc(page, 'communication.planCreate', { topic: 'Phishing reminder', audience: 'All staff', frequency: 'quarterly', startsOn: inDays(-10), channel: 'E-mail' });

    const comms = new ClauseScreen(page, '7.4 Communication');
    await comms.open();
    const plan = page.getByRole('table', { name: 'Communication plan' });
    await poll(() => plan.textContent()).toContain('COM-001');
    expect(await plan.textContent()).toContain('Overdue');
    await page.getByRole('button', { name: 'Log it for COM-001' }).click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.getByRole('textbox', { name: 'Topic' }).inputValue()).toBe('Phishing reminder');
    await pickOption(page, dialog.getByLabel('By', { exact: true }), 'Cora Comms');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Sent with the simulation results');
    await dialog.getByRole('button', { name: 'Log it' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => plan.textContent()).not.toContain('Overdue');
    expect(await plan.textContent()).toContain(`last ${inDays(0)}`);
    await e.shot('c01-plan-logged');
    await comms.step('Log');
    await poll(() => page.getByRole('table', { name: 'Communication log' }).textContent()).toContain('Sent with the simulation results');

    const db = e.session.current!.sqlite;
    expect(db.prepare('select topic, note from communication_log').get()).toEqual({ topic: 'Phishing reminder', note: 'Sent with the simulation results' });
  }, 180_000);
});
