import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { WelcomeScreen } from './pages';
import { rpc } from './seed';
import { openRoute } from './screens';

/** Global search (Ctrl+K) and the keyboard shortcuts for frequent actions (issue 9, parts 5 and 7). */
describe('keyboard: search and shortcuts', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Contoso Freight' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('finds a record with Ctrl+K by words of its description and by its id, and opens its clause', async () => {
    const { page } = e;
    const issue = await rpc<{ ref: string }>(page, 'context.create', {
      kind: 'external',
      category: 'legal',
      swot: 'threat',
      title: 'New customs rules',
      description: 'Border clearance paperwork goes digital in 2027',
    });
    await rpc(page, 'people.create', { name: 'Customs broker contact' });
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Search the workspace' });
    await dialog.getByRole('textbox', { name: 'Search every record' }).fill('clearance digital');
    const results = dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('New customs rules')]);
    expect(await results.first().textContent()).toContain('Border clearance paperwork');
    expect(await results.first().textContent()).toContain(issue.ref);

    await dialog.getByRole('textbox', { name: 'Search every record' }).fill(issue.ref.toLowerCase());
    await expect.poll(() => results.count()).toBe(1);
    await dialog.getByRole('textbox', { name: 'Search every record' }).press('Enter');
    await page.getByRole('heading', { name: '4.1 Organisation and its context' }).waitFor();
    expect(await dialog.count()).toBe(0);

    // Both kinds of record, the title match first; nothing found says so.
    await page.keyboard.press('Control+K');
    await dialog.getByRole('textbox', { name: 'Search every record' }).fill('customs');
    await expect.poll(() => results.count()).toBe(2);
    await dialog.getByRole('textbox', { name: 'Search every record' }).fill('zzzz nothing');
    await dialog.getByText('Nothing found.').waitFor();
  });

  it('lists the shortcuts with ?, adds a person with Alt+N and Ctrl+S, and steps a wizard with Alt+arrows', async () => {
    const { page } = e;
    await page.locator('body').press('Shift+?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['Ctrl+K', 'Alt+N', 'Ctrl+S', 'Alt+→', 'Alt+←']) await help.getByText(key, { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await openRoute(page, '/people');
    await page.locator('body').press('Alt+N');
    const dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.getByLabel('Name').fill('Keyboard Kim');
    await dialog.getByLabel('Name').press('Control+S');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'People' }).getByText('Keyboard Kim').waitFor();

    await openRoute(page, '/clause/4.1');
    const activeStep = () => page.locator('main .mantine-Stepper-step[data-progress] .mantine-Stepper-stepLabel').textContent();
    expect(await activeStep()).toBe('About 4.1');
    await page.locator('body').press('Alt+ArrowRight');
    await expect.poll(activeStep).toBe('External issues');
    await page.locator('body').press('Alt+ArrowRight');
    await expect.poll(activeStep).toBe('Internal issues');
    await page.locator('body').press('Alt+ArrowLeft');
    await expect.poll(activeStep).toBe('External issues');
    // Still on the app's page: Alt+← did not go back in the browser's history.
    expect(page.url()).toContain('#/clause/4.1');
  });
});
