import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportsDirOf } from '../../electron/host/platform';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { readDocx } from '../utils/office';

describe('10.2 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Northwind Clinics' });
    await rpc(e.page, 'people.create', { name: 'Olive Owner' });
    await rpc(e.page, 'people.create', { name: 'Rita Reviewer' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('records a nonconformity, analyses it with 5 whys and a fishbone, acts, fails the effectiveness review, reopens, passes it and closes', async () => {
    const { page } = e;
    const notice = (text: string | RegExp) => page.getByText(text).first().waitFor();
    const status = (label: string) => page.getByLabel(`Status: ${label}`).waitFor();
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('10.2 Nonconformity and corrective action').click();

    // The guided wizard: its second step records one.
    await page.getByRole('button', { name: 'Next: Nonconformities' }).click();
    await page.getByRole('button', { name: 'Record nonconformity' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('What is wrong').fill('Leavers kept access to the clinic system');
    await pickOption(page, dialog.getByLabel(/^Found through/), 'Internal audit finding');
    await dialog.getByLabel('Source reference').fill('Internal audit 2026, finding 3');
    await pickOption(page, dialog.getByLabel('Severity', { exact: true }), 'Major');
    await pickOption(page, dialog.getByLabel('Clause breached', { exact: true }), '8.1 Operational planning and control');
    await dialog.getByText('No similar nonconformity recorded').waitFor();
    await pickOption(page, dialog.getByLabel('Owner', { exact: true }), 'Olive Owner');
    await dialog.getByRole('button', { name: 'Record nonconformity' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Leavers kept access to the clinic system' }).waitFor();
    await status('Open');

    // Correction and containment, then the step.
    await page.getByLabel('Correction', { exact: true }).fill('Disabled the four accounts still active');
    await page.getByLabel('Containment of consequences').fill('Checked their logins after leaving: none');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await notice('Correction saved.');
    await page.getByRole('button', { name: 'Mark correction done' }).click();
    await status('Correction done');

    // Root cause: a chain of whys, a fishbone, the statement.
    await page.getByRole('button', { name: 'Ask the first why' }).click();
    await page.getByLabel(/^Why 1: why did "Leavers kept access/).fill('IT was not told about the leavers');
    await page.getByRole('button', { name: 'Ask why again' }).click();
    await page.getByLabel('Why 2: why did "IT was not told about the leavers" happen?').fill('The HR leaver checklist has no step for IT');
    await page.getByRole('button', { name: 'Add a cause under Process' }).click();
    await page.getByRole('textbox', { name: 'Process cause' }).fill('No IT step in the leaver checklist');
    await page.getByRole('button', { name: 'Add a cause under People' }).click();
    await page.getByRole('textbox', { name: 'People cause' }).fill('Managers unaware they must tell IT');
    await page.getByLabel('Root cause', { exact: true }).fill('The leaver process has no step for removing IT access.');
    await page.getByRole('button', { name: 'Save analysis' }).click();
    await notice('Root cause analysis saved.');
    await page.getByRole('button', { name: 'Mark cause analysed' }).click();
    await status('Cause analysed');

    // One corrective action with an owner and a due date.
    await page.getByRole('button', { name: 'Add corrective action' }).click();
    const actionDialog = page.getByRole('dialog');
    await actionDialog.getByLabel(/^Action/).fill('Add an IT access step to the leaver checklist');
    await pickOption(page, actionDialog.getByLabel('Owner', { exact: true }), 'Olive Owner');
    const due = actionDialog.getByLabel('Due date');
    await due.fill('2027-01-15');
    await due.press('Tab');
    await actionDialog.getByRole('button', { name: 'Add action' }).click();
    await actionDialog.waitFor({ state: 'detached' });
    const plan = page.getByRole('table', { name: 'Corrective actions of this nonconformity' });
    await plan.getByText('CA-001').waitFor();
    await plan.getByText('2027-01-15').waitFor();
    await page.getByRole('button', { name: 'Actions planned' }).click();
    await status('Actions planned');
    await pickOption(page, page.getByLabel('Status of CA-001').locator('visible=true').first(), 'Done');
    await notice('Action updated.');
    await page.getByRole('button', { name: 'All actions done' }).click();
    await status('Actions done');

    // The effectiveness review: planned, then failed: the nonconformity reopens.
    await page.getByLabel(/^Reviewer/).locator('visible=true').first().waitFor();
    await pickOption(page, page.getByLabel(/^Reviewer/).locator('visible=true').first(), 'Rita Reviewer');
    await page.getByLabel('Criteria').fill('No leaver account active a day after leaving');
    await page.getByRole('button', { name: 'Plan review' }).click();
    await notice('Review planned.');
    await page.getByRole('radiogroup', { name: 'Were the actions effective?' }).getByText('Not effective').click();
    await page.getByLabel('What the review found').fill('Two contractors were missed');
    await page.getByRole('button', { name: 'Record the review result' }).click();
    await notice('Review failed: the nonconformity is reopened.');
    await status('Cause analysed');

    // Reopened, the record opens on its actions again: further action, planned and done, then a passed review.
    await page.getByRole('button', { name: 'Add corrective action' }).click();
    const second = page.getByRole('dialog');
    await second.getByLabel(/^Action/).fill('Cover contractors in the leaver checklist');
    await pickOption(page, second.getByLabel('Owner', { exact: true }), 'Olive Owner');
    await second.getByLabel('Due date').fill('2027-01-20');
    await second.getByLabel('Due date').press('Tab');
    await pickOption(page, second.getByLabel('Status', { exact: true }), 'Done');
    await second.getByRole('button', { name: 'Add action' }).click();
    await second.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Corrective actions of this nonconformity' }).getByText('CA-002').waitFor();
    await page.getByRole('button', { name: 'Actions planned' }).click();
    await status('Actions planned');
    await page.getByRole('button', { name: 'All actions done' }).click();
    await status('Actions done');
    await pickOption(page, page.getByLabel(/^Reviewer/).locator('visible=true').first(), 'Rita Reviewer');
    await page.getByLabel('Criteria').fill('No leaver or contractor account active a day after leaving');
    await page.getByRole('button', { name: 'Plan review' }).click();
    await notice('Review planned.');
    await page.getByLabel('What the review found').fill('A sample of 12 leavers and contractors: all disabled on time');
    await page.getByRole('button', { name: 'Record the review result' }).click();
    await notice('Review passed: the nonconformity can be closed.');
    await status('Effectiveness verified');
    await page.getByText('Reopened 1x').waitFor();

    // Closure with evidence.
    await page.getByLabel('Closure evidence').fill('Leaver checklist version 2 and the sample of 12');
    await pickOption(page, page.getByLabel(/^Closed by/).locator('visible=true').first(), 'Rita Reviewer');
    await page.getByRole('button', { name: 'Close nonconformity' }).click();
    await status('Closed');
    await page.getByText(/^Closed on \d{4}-\d{2}-\d{2} by Rita Reviewer$/).waitFor();
    await e.shot('102-closed');

    // The record's history, as the workspace holds it.
    const list = await rpc<{ items: { id: string; ref: string }[] }>(page, 'improvement.ncList', {});
    const detail = await rpc<{ status: string; reopenCount: number; history: { action: string }[]; whys: string[]; fishbone: unknown[] }>(page, 'improvement.ncGet', { id: list.items[0].id });
    expect(detail.status).toBe('closed');
    expect(detail.reopenCount).toBe(1);
    expect(detail.whys).toEqual(['IT was not told about the leavers', 'The HR leaver checklist has no step for IT']);
    expect(detail.fishbone).toHaveLength(2);
    expect(detail.history.map((h) => h.action)).toEqual(['record-correction', 'analyse-cause', 'plan-actions', 'complete-actions', 'review-failed', 'plan-actions', 'complete-actions', 'review-passed', 'close']);

    // The report, exported from the closure step, carries the analysis and the fishbone picture.
    await page.getByRole('button', { name: 'Export report (DOCX)' }).click();
    await notice('Document exported');
    const dir = exportsDirOf(e.dataDir);
    const file = readdirSync(dir).find((f) => f.endsWith('.docx'))!;
    const doc = await readDocx(join(dir, file));
    expect(doc.text).toContain('The HR leaver checklist has no step for IT');
    expect(doc.text).toContain('Closed record');
    expect(Object.keys(doc.zip.files).some((n) => n.startsWith('word/media/'))).toBe(true);

    // The trace from the record.
    await page.getByRole('button', { name: 'Trace NC-001' }).click();
    await page.getByRole('heading', { name: /Trace of NC-001/ }).waitFor();
    await page.getByRole('region', { name: 'Corrective action' }).getByText('CA-002').waitFor();
  }, 240_000);
});
