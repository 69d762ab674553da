import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { openRoute } from './screens';

/** 6.1.1 opportunities in the 6.1 wizard: recorded with the 4.1 issue they come from, also in the 10.1 register. */
describe('6.1.1 opportunities through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Litware Books' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('records an opportunity from a 4.1 strength in the wizard step and finds it in the improvement register', async () => {
    const { page } = e;
    const issue = await rpc<{ ref: string }>(page, 'context.create', { title: 'Staff keen on new tools', kind: 'internal', category: 'culture', swot: 'strength' });
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('6.1 Risks, opportunities and treatment').click();
    await page.getByRole('button', { name: /Opportunities/ }).first().click();
    await page.getByRole('button', { name: 'Record opportunity' }).click();
    const dialog = page.getByRole('dialog', { name: 'New opportunity' });
    await dialog.getByRole('textbox', { name: 'Opportunity' }).fill('Pilot a password manager with keen teams');
    await pickOption(page, dialog.getByLabel('Comes from 4.1 issues'), `${issue.ref} Staff keen on new tools`);
    await dialog.getByRole('button', { name: 'Add opportunity' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Opportunities (6.1.1)' });
    await table.getByText('Pilot a password manager with keen teams').waitFor();
    expect(await table.textContent()).toContain(issue.ref);

    await openRoute(page, '/clause/10.1');
    await page.getByRole('tab', { name: 'Improvement register' }).click();
    await page.getByRole('table', { name: 'Improvement register' }).getByText('Pilot a password manager with keen teams').waitFor();
  });
});
