import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportsDirOf } from '../../electron/host/platform';
import { INPUT_KEYS } from '../../shared/contract/reviews';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { readDocx } from '../utils/office';

describe('9.3 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Northwind Clinics' });
    const chair = await rpc<{ id: string }>(e.page, 'people.create', { name: 'Carla Chair', jobTitle: 'Managing director' });
    const roles = await rpc<{ id: string; key: string }[]>(e.page, 'roles.list', {});
    await rpc(e.page, 'roles.assign', { roleId: roles.find((r) => r.key === 'top-management')!.id, personId: chair.id, acceptedOn: null });
    await rpc(e.page, 'people.create', { name: 'Ivo Isms', jobTitle: 'ISMS manager' });
    await rpc(e.page, 'context.create', { title: 'New data protection law', kind: 'external', category: 'legal', swot: 'threat' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('plans a review, shows the compiled inputs, keeps typed notes over a reload, records a decision and an action, signs off, locks and exports the minutes', async () => {
    const { page } = e;
    const axe = async () => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('9.3 Management review').click();
    await page.getByRole('button', { name: 'Plan a review' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Annual management review');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Chair' }), 'Carla Chair');
    const meeting = dialog.getByLabel('Meeting date');
    await meeting.fill(new Date().toISOString().slice(0, 10));
    await meeting.press('Tab');
    await dialog.getByRole('button', { name: 'Plan the review' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: /MRV-001 Annual management review/ }).waitFor();

    // The inputs, compiled from the workspace: b) shows the issue recorded today.
    await page.getByRole('tab', { name: /2 Inputs/ }).click();
    await page.getByTestId('input-b').getByText('Issue added: CTX-001 New data protection law').waitFor();
    expect(await page.locator('[data-testid^="input-"]').count()).toBe(INPUT_KEYS.length);
    await page.getByLabel('Note on a)').fill('First review: no earlier actions.');
    // A note typed but not saved survives a reload (the shared draft machinery).
    await page.reload();
    await page.getByRole('tab', { name: /2 Inputs/, selected: true }).waitFor();
    await expect.poll(() => page.getByLabel('Note on a)').inputValue()).toBe('First review: no earlier actions.');
    for (const k of INPUT_KEYS.slice(1)) await page.getByLabel(`Note on ${k})`).fill(`Discussed ${k}.`);
    await page.getByRole('button', { name: 'Save notes' }).click();
    await page.getByRole('tab', { name: '2 Inputs (10/10 noted)' }).waitFor();
    expect(await axe()).toEqual([]);

    // Outputs and actions.
    await page.getByRole('tab', { name: /3 Outputs/ }).click();
    await page.getByRole('textbox', { name: 'Decision' }).fill('Fund phishing training for all staff');
    await page.getByRole('button', { name: 'Add output' }).click();
    await page.getByRole('table', { name: 'Decisions' }).getByText('Fund phishing training for all staff').waitFor();
    await page.getByRole('tab', { name: /4 Actions/ }).click();
    await page.getByRole('textbox', { name: 'Action' }).fill('Book the phishing training');
    await pickOption(page, page.getByRole('combobox', { name: 'Owner' }), 'Ivo Isms');
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByRole('table', { name: 'Actions' }).getByText('MRA-001').waitFor();

    // Sign-off, confirmed, locks the record.
    await page.getByRole('tab', { name: /5 Sign-off/ }).click();
    await page.getByRole('button', { name: 'Sign off as chair' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('review-locked').waitFor();
    await page.getByRole('tab', { name: /2 Inputs/ }).click();
    await page.getByText('Discussion:').first().waitFor();
    expect(await page.getByLabel('Note on a)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete review' }).count()).toBe(0);
    expect(await axe()).toEqual([]);

    // The minutes.
    await page.getByRole('button', { name: 'Minutes DOCX' }).click();
    await page.getByText('Document exported').waitFor();
    const dir = exportsDirOf(e.dataDir);
    const file = readdirSync(dir).find((f) => f.endsWith('.docx'))!;
    expect(file).toMatch(/mrv-001-minutes/);
    const doc = await readDocx(join(dir, file));
    for (const s of ['ISMS-9.3-MRV-001', 'First review: no earlier actions.', 'Issue added: CTX-001 New data protection law', 'Fund phishing training for all staff', 'MRA-001', 'Book the phishing training', 'Ivo Isms', 'Carla Chair, chair']) expect(doc.text, s).toContain(s);
  }, 240_000);
});
