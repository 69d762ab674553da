import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIssue } from '../../electron/core/services/context';
import { startE2E, type E2E } from './harness';
import { ContextScreen, WelcomeScreen } from './pages';

/** Issue 8: who is working (asked once, remembered per machine, editable) and the register ids. */
describe('who is working, and register ids, through the real UI', () => {
  let e: E2E | undefined;
  afterEach(async () => {
    await e?.close();
    e = undefined;
  });

  it('asks for a name on first use, stamps it, lets it be changed, and shows ids in the 4.1 register', async () => {
    e = await startE2E({ actor: '' });
    const { page, session } = e;
    const dialog = page.getByRole('dialog', { name: 'Who is working?' });
    await dialog.waitFor();
    await e.shot('user-01-first-use');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Your name is required.');
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(JSON.parse(readFileSync(join(e.dataDir, 'settings.json'), 'utf8')).userName).toBe('Sam Patel');

    await new WelcomeScreen(page).createWorkspace({ organisation: 'Northwind Clinics' });
    const meta = () => session.current!.sqlite.prepare('select created_by as c, updated_by as u from workspace_meta').get();
    expect(meta()).toEqual({ c: 'Sam Patel', u: 'Sam Patel' });

    // Change the name under Workspace details; the next change carries the new one.
    await page.getByRole('button', { name: 'Workspace', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Workspace details' }).click();
    const nameForm = page.getByRole('form', { name: 'Your name' });
    await expect.poll(() => nameForm.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Sam Patel');
    await nameForm.getByRole('textbox', { name: 'Your name' }).fill('Samira Patel');
    await nameForm.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => JSON.parse(readFileSync(join(e!.dataDir, 'settings.json'), 'utf8')).userName).toBe('Samira Patel');
    await page.getByLabel('Engagement').fill('Certification 2027');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => meta()).toEqual({ c: 'Sam Patel', u: 'Samira Patel' });
    await e.shot('user-02-workspace-details');

    for (const title of ['Energy prices rising', 'New data law']) {
      createIssue(session.current!, { title, description: '', kind: 'external', category: 'legal', swot: 'threat', effect: '', impact: 'medium', source: '', reviewDate: null, ownerId: null });
    }
    const context = new ContextScreen(page);
    await context.open();
    await page.getByRole('tab', { name: /Register/ }).click();
    await expect.poll(() => context.registerRows().count()).toBe(2);
    expect(await context.registerRows().first().textContent()).toContain('CTX-001');
    await page.getByRole('textbox', { name: 'Search issues' }).fill('ctx2');
    await expect.poll(() => context.registerRows().count()).toBe(1);
    expect(await context.registerRows().first().textContent()).toContain('New data law');
    await e.shot('user-03-register-ids');
    await context.registerRows().first().dblclick();
    await page.getByRole('dialog', { name: 'Edit issue CTX-002' }).waitFor();
    expect(session.current!.sqlite.prepare("select created_by from context_issues where ref = 'CTX-002'").get()).toEqual({ created_by: 'Samira Patel' });
  });

  it('does not ask when the name is already known', async () => {
    e = await startE2E({ actor: 'Known Name' });
    await e.page.getByRole('button', { name: 'Create workspace' }).waitFor();
    expect(await e.page.getByRole('dialog', { name: 'Who is working?' }).count()).toBe(0);
  });
});
