import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportsDirOf } from '../../electron/host/platform';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { readDocx } from '../utils/office';

const EVIDENCE = 'Risk register export 2026-11: RSK-002 and RSK-003 have no owner';

describe('9.2 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Northwind Clinics' });
    await rpc(e.page, 'people.create', { name: 'Lena Lead', jobTitle: 'Internal auditor' });
    const owner = await rpc<{ id: string }>(e.page, 'people.create', { name: 'Rita Riskowner' });
    await rpc(e.page, 'risk.create', { title: 'Patient records disclosed', basis: 'event', event: 'A laptop with patient records is lost', affectsC: true, ownerId: owner.id });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('plans an audit of clause 6 and two controls, flags an owner, records a minor nonconformity with a file and exports the report with its hash', async () => {
    const { page } = e;
    const axe = async () => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('9.2 Internal audit').click();

    // The programme, from the proposed wording.
    await page.getByRole('button', { name: 'New audit programme' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create programme' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Coverage of the cycle').waitFor();

    // The plan: clause 6 and controls 5.15 and 8.13.
    await page.getByRole('button', { name: 'Plan an audit' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Planning and access audit');
    await dialog.getByRole('checkbox', { name: '6 Planning' }).check();
    for (const control of ['5.15 Access control', '8.13 Information backup']) {
      await dialog.getByLabel('Annex A controls in scope').fill(control.split(' ')[0]!);
      await page.getByRole('option', { name: control, exact: true }).click();
    }
    const year = new Date().getUTCFullYear();
    for (const [label, value] of [['Starts on', `${year}-01-10`], ['Ends on', `${year}-01-11`]] as const) {
      const field = dialog.getByLabel(label);
      await field.fill(value);
      await field.press('Tab');
    }
    await dialog.getByRole('button', { name: 'Plan the audit' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: /AUD-001 Planning and access audit/ }).waitFor();
    await page.getByRole('tab', { name: /3 Checklist \(7\)/ }).waitFor(); // 5 requirements of clause 6 + 2 controls

    // The team: an independent lead auditor, then the risk owner, flagged and refused until justified.
    await page.getByRole('tab', { name: /2 Team/ }).click();
    await pickOption(page, page.getByRole('combobox', { name: 'Person' }), 'Lena Lead');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('Independent of the scope').waitFor();
    await pickOption(page, page.getByRole('combobox', { name: 'Person' }), 'Rita Riskowner (not independent)');
    await pickOption(page, page.getByRole('combobox', { name: 'Role' }), 'Technical expert');
    await page.getByText('Rita Riskowner is not independent of this audit’s scope').waitFor();
    await page.getByText(/Owner of risk RSK-001 Patient records disclosed/).waitFor();
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('A justification is required for a member who is not independent of the scope.').waitFor();
    await page.getByLabel('Justification').fill('Explains the risk method only; does not judge the items she owns.');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('Not independent: justified').waitFor();

    // Fieldwork from the keyboard: go to 6.1.2, write the note, 3 = minor nonconformity.
    await page.getByRole('tab', { name: /4 Fieldwork/ }).click();
    await page.getByRole('heading', { name: /^6\.1\.1 / }).waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await page.getByRole('heading', { name: /^6\.1\.2 / }).waitFor();
    await page.keyboard.press('n');
    await page.keyboard.type('Two risks in the register have no owner.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('3');
    await page.getByText('Minor nonconformity', { exact: true }).first().waitFor();
    // The evidence file, stored with its hash.
    await page.locator('form[aria-label="Attach evidence"] input[type="file"]').setInputFiles({ name: 'risk-register.txt', mimeType: 'text/plain', buffer: Buffer.from(EVIDENCE) });
    await page.getByRole('button', { name: 'Attach evidence' }).click();
    await page.getByRole('button', { name: 'risk-register.txt', exact: true }).waitFor();
    const hash = createHash('sha256').update(EVIDENCE).digest('hex');
    await page.getByText(`${hash.slice(0, 16)}…`).waitFor();
    expect(await axe()).toEqual([]);
    // A reload comes back to the same item.
    await page.reload();
    await page.getByRole('heading', { name: /^6\.1\.2 / }).waitFor();

    // The finding, then the report.
    await page.getByRole('tab', { name: /5 Findings \(1\)/ }).click();
    await page.getByText('FND-001').waitFor();
    await page.getByRole('tab', { name: /6 Report/ }).click();
    await page.getByRole('button', { name: 'Export the audit report (DOCX)' }).click();
    await page.getByText('Document exported').waitFor();
    const dir = exportsDirOf(e.dataDir);
    const file = readdirSync(dir).find((f) => f.endsWith('.docx'))!;
    expect(file).toMatch(/aud-001-report/);
    const doc = await readDocx(join(dir, file));
    for (const s of ['FND-001', 'Minor nonconformity', 'Two risks in the register have no owner.', 'risk-register.txt', hash, 'Rita Riskowner', 'Not independent of the scope; justified']) expect(doc.text, s).toContain(s);
  }, 240_000);
});
