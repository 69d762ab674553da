import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportsDirOf } from '../../electron/host/platform';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { readDocx } from '../utils/office';

describe('export page: documents about one record', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('asks which nonconformity a report is for, keeps Export off until one is chosen, and writes that one', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Contoso Freight' });
    await rpc(page, 'improvement.ncCreate', { title: 'Visitor log left unattended at reception', source: 'incident', clauseId: '7.5', severity: 'minor', raisedOn: '2026-11-20' });
    const second = await rpc<{ ref: string }>(page, 'improvement.ncCreate', { title: 'Backup restore test skipped in October', source: 'internal-audit', clauseId: '8.1', severity: 'major', raisedOn: '2026-11-21' });

    await page.evaluate(`window.location.hash = '/exports'`);
    const exportButton = page.getByRole('button', { name: 'Export Nonconformity report with root cause analysis (10.2)' });
    await expect.poll(() => exportButton.isDisabled()).toBe(true);
    // The audit report and the review minutes say there is nothing to choose yet.
    await page.getByPlaceholder('No audit yet').waitFor();
    await page.getByPlaceholder('No management review yet').waitFor();

    await pickOption(page, page.getByPlaceholder('Choose a nonconformity'), `${second.ref} Backup restore test skipped in October`);
    await expect.poll(() => exportButton.isDisabled()).toBe(false);
    await exportButton.click();
    await page.getByText('Document exported').first().waitFor();

    const dir = exportsDirOf(e.dataDir);
    const file = readdirSync(dir).find((f) => f.includes(second.ref.toLowerCase()) && f.endsWith('.docx'))!;
    expect(file, readdirSync(dir).join(', ')).toBeTruthy();
    const doc = await readDocx(join(dir, file));
    expect(doc.text).toContain('Backup restore test skipped in October');
    expect(doc.text).not.toContain('Visitor log left unattended at reception');
  }, 120_000);
});
