import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';
import type { Page } from 'playwright-core';

const RISK = 'Information security risk assessment';
const AUDIT = 'Internal auditing';
/** A labelled field, whether or not it is marked required (Mantine adds " *" to the label). */
const field = (scope: Pick<Page, 'getByLabel'>, label: string) => scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`)).first();

describe('7.2 through the real UI', () => {
  let e: E2E;
  let roleId: string;
  let caraId: string;
  beforeEach(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Northwind Clinics' });
    caraId = (await rpc<{ id: string }>(e.page, 'people.create', { name: 'Cara Candidate' })).id;
    await rpc(e.page, 'people.create', { name: 'Ivan Assessor' });
    roleId = (await rpc<{ id: string }>(e.page, 'roles.create', { name: 'Security champion', responsibilities: 'Promote good habits in the team.' })).id;
  });
  afterEach(async () => {
    await e?.close();
  });

  it('defines a role with two required skills, audits a candidate who lacks one, records training, and the audit after appointment sees the gap closed', async () => {
    const { page } = e;
    const notice = (text: string | RegExp) => page.getByText(text).first().waitFor();
    const axe = async () => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('7.2 Competence').click();
    await page.getByRole('heading', { name: '7.2 Competence' }).waitFor();

    // The role needs two skills.
    await page.getByRole('tab', { name: 'Requirements' }).click();
    await pickOption(page, page.getByLabel('Role (from 5.3)', { exact: true }).first(), 'Security champion (0 skills)');
    for (const [skill, level] of [[RISK, '3 Practised'], [AUDIT, '2 Basic']] as const) {
      await page.getByRole('button', { name: 'Add a required skill' }).click();
      const dialog = page.getByRole('dialog');
      await pickOption(page, field(dialog, 'Skill'), skill);
      await pickOption(page, field(dialog, 'Level needed'), level);
      await dialog.getByRole('button', { name: 'Save requirement' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    const needs = page.getByRole('table', { name: 'Skills needed by Security champion' });
    await needs.getByRole('row', { name: new RegExp(`${AUDIT}.*2 Basic`) }).waitFor();
    await needs.getByRole('row', { name: new RegExp(`${RISK}.*3 Practised`) }).waitFor();

    // Before appointment: the candidate has the risk skill but not the auditing one.
    const audit = async (kind: 'Before appointment' | 'After appointment', levels: Array<[string, string]>) => {
      await page.getByRole('tab', { name: 'Skills audits' }).click();
      await page.getByRole('button', { name: 'Record skills audit' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(kind, { exact: true }).click();
      await pickOption(page, field(dialog, kind === 'Before appointment' ? 'Candidate' : 'Role holder'), 'Cara Candidate');
      await pickOption(page, field(dialog, 'Role'), 'Security champion');
      await pickOption(page, field(dialog, 'Assessor'), 'Ivan Assessor');
      for (const [skill, level] of levels) await pickOption(page, field(dialog, `Level found in ${skill}`), level);
      return dialog;
    };
    let dialog = await audit('Before appointment', [[RISK, '3 Practised'], [AUDIT, '1 Aware']]);
    await dialog.getByText(`${AUDIT}: 1 of 2`).waitFor(); // the gap shows while typing
    expect(await axe()).toEqual([]);
    await dialog.getByRole('button', { name: 'Record audit' }).click();
    await notice('Skills audit recorded.');
    dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'CMP-001 Cara Candidate, Security champion' }).waitFor();
    await dialog.getByText('Gaps found').waitFor();
    await dialog.getByText('1 level short').waitFor();

    // Plan training straight from the gap.
    await dialog.getByRole('button', { name: `Plan training in ${AUDIT}` }).click();
    const planDialog = page.getByRole('dialog');
    await planDialog.getByRole('heading', { name: 'Plan training' }).waitFor();
    const due = planDialog.getByLabel('Due by');
    await due.fill('2026-12-31');
    await due.press('Tab');
    await planDialog.getByRole('button', { name: 'Plan training' }).click();
    await notice('Training planned.');
    await planDialog.waitFor({ state: 'detached' });

    // The training took place: recorded against the plan, with its certificate.
    await page.getByRole('tab', { name: 'Training' }).click();
    await page.getByRole('row', { name: /TRP-001.*Internal auditing.*1 → 2/ }).waitFor();
    await page.getByRole('button', { name: 'Record training' }).click();
    const trainingDialog = page.getByRole('dialog');
    await pickOption(page, field(trainingDialog, 'Person'), 'Cara Candidate');
    await pickOption(page, field(trainingDialog, 'Carries out the plan'), `TRP-001 ${AUDIT} to 2`);
    await trainingDialog.getByLabel('What was learnt').fill('Internal auditor course');
    await trainingDialog.getByLabel('Provider').fill('Audit Academy');
    await trainingDialog.locator('input[type="file"]').setInputFiles({ name: 'certificate.txt', mimeType: 'text/plain', buffer: Buffer.from('Passed') });
    await trainingDialog.getByRole('button', { name: 'Record training' }).click();
    await notice('Training recorded.');
    await trainingDialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /TRP-001.*Done/ }).waitFor();
    await page.getByRole('row', { name: /TRN-001.*Internal auditor course.*certificate\.txt/ }).waitFor();

    // Appointed; the audit after appointment finds the gap closed.
    await rpc(page, 'roles.assign', { roleId, personId: caraId, acceptedOn: '2026-11-20' });
    dialog = await audit('After appointment', []);
    await dialog.getByText('No gaps').waitFor();
    await dialog.getByRole('button', { name: 'Record audit' }).click();
    await notice('Skills audit recorded.');
    dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'CMP-002 Cara Candidate, Security champion' }).waitFor();
    await dialog.getByText('Gaps closed').waitFor();
    await dialog.getByText(`Compared with CMP-001: closed ${AUDIT}; nothing left open.`).waitFor();
    expect(await axe()).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });

    // The gap view per person agrees.
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.getByText('Per person').click();
    await page.getByLabel('Gaps of Cara Candidate').getByText('No gaps').waitFor();
  }, 240_000);
});
