import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness';
import { ContextScreen, PoliciesScreen, WelcomeScreen } from './pages';

/** Screens reload after each write through the host; give them a few seconds on a busy machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

/** Reloads the page, answering the browser's "leave site?" prompt; returns the prompts seen. */
async function reloadAcceptingPrompt(page: Page): Promise<string[]> {
  const prompts: string[] = [];
  const onDialog = (d: import('playwright-core').Dialog) => {
    prompts.push(d.type());
    void d.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  page.off('dialog', onDialog);
  return prompts;
}

const nav = (page: Page, label: string) => page.getByRole('navigation', { name: 'Clauses' }).getByText(label, { exact: false }).first().click();

describe('nothing typed is lost (issue 9)', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('an open issue dialog survives a reload with what was typed; Escape asks before discarding, Escape in the date picker closes only the picker', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Draft Freight Ltd' });
    const context = new ContextScreen(page);
    await context.open();
    await page.getByRole('tab', { name: /Register/ }).click();
    await page.getByRole('button', { name: 'New issue' }).click();
    await context.dialog().getByLabel('Title').fill('Fuel prices keep rising');
    await context.dialog().getByLabel('Effect on the ISMS').fill('Budget pressure on security work');
    expect(page.url()).toContain('open=issue');

    const prompts = await reloadAcceptingPrompt(page);
    expect(prompts).toEqual(['beforeunload']); // the browser asked before the reload threw the page away
    await context.dialog().waitFor();
    await poll(() => context.dialog().getByLabel('Title').inputValue()).toBe('Fuel prices keep rising');
    expect(await context.dialog().getByLabel('Effect on the ISMS').inputValue()).toBe('Budget pressure on security work');
    await context.dialog().getByTestId('draft-restored').waitFor();
    await e.shot('d01-dialog-restored');

    // Escape inside the date picker closes the picker, not the dialog.
    await context.dialog().getByLabel('Review by').click();
    await page.locator('[data-dates-dropdown]').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-dates-dropdown]').first().waitFor({ state: 'detached' });
    expect(await context.dialog().getByLabel('Title').isVisible()).toBe(true);

    // Escape in the form asks first; keeping the edits leaves the dialog open.
    await context.dialog().getByLabel('Title').press('Escape');
    await page.getByText('Discard your changes?').waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await context.dialog().getByLabel('Title').inputValue()).toBe('Fuel prices keep rising');

    // Cancel asks too; discarding closes it and forgets the draft.
    await context.dialog().getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(page.url()).not.toContain('open=');
    await page.getByRole('button', { name: 'New issue' }).click();
    expect(await context.dialog().getByLabel('Title').inputValue()).toBe('');
  });

  it('the wizard step survives a reload, and Next goes to the top of the new step', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Step Logistics' });
    const context = new ContextScreen(page);
    await context.open();
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.mouse.wheel(0, 2000);
    await page.getByRole('button', { name: 'Next: External issues' }).click();
    await poll(() => page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0);
    await page.getByRole('button', { name: 'Next: Internal issues' }).click();
    expect(page.url()).toContain('step=3');
    await page.reload();
    await page.getByRole('button', { name: 'Next: Effects and reviews' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    expect(page.url()).toContain('step=2');
  });

  it('the scope statement keeps its unsaved text across navigation (after asking) and a reload', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Scope Carriers' });
    await nav(page, '4.3 Scope');
    await page.getByRole('button', { name: /Statement/ }).first().click();
    const text = page.getByLabel('Scope statement text');
    await text.fill('The ISMS covers the Rotterdam depot and the route planning service.');
    await poll(() => page.getByTestId('save-state').textContent()).toBe('Unsaved changes');

    // Leaving for another clause asks first; staying keeps everything.
    await nav(page, '4.1 Organisation');
    await page.getByText('Leave with unsaved changes?').waitFor();
    await page.getByRole('button', { name: 'Stay and save' }).click();
    expect(page.url()).toContain('/clause/4.3');
    // Leaving anyway keeps the draft on this computer; coming back restores it.
    await nav(page, '4.1 Organisation');
    await page.getByRole('button', { name: 'Leave this page' }).click();
    await page.getByRole('heading', { name: '4.1 Organisation and its context' }).waitFor();
    await nav(page, '4.3 Scope');
    await page.getByRole('button', { name: /Statement/ }).first().click();
    await poll(() => text.inputValue()).toBe('The ISMS covers the Rotterdam depot and the route planning service.');

    await text.fill('The ISMS covers the Rotterdam depot, route planning and the customer portal.');
    await reloadAcceptingPrompt(page);
    await poll(() => page.getByLabel('Scope statement text').inputValue()).toBe('The ISMS covers the Rotterdam depot, route planning and the customer portal.');
    await e.shot('d02-statement-restored');

    await page.getByRole('region', { name: 'Save state' }).getByRole('button', { name: 'Save as version 1' }).click();
    await poll(() => page.getByTestId('save-state').textContent()).toBe('All changes saved');
    const stored = e.session.current!.sqlite.prepare('select text from scope_statements').all();
    expect(stored).toEqual([{ text: 'The ISMS covers the Rotterdam depot, route planning and the customer portal.' }]);
    // Saved: nothing is left to guard, so leaving does not ask.
    await nav(page, '4.1 Organisation');
    await page.getByRole('heading', { name: '4.1 Organisation and its context' }).waitFor();
  });

  it('a reload in the middle of the policy editor restores the unsaved text; the save state sits in a bar that stays in view', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Policy Hauliers' });
    const policies = new PoliciesScreen(page);
    await policies.open();
    await policies.startFromTemplate();
    await poll(() => page.getByTestId('save-state').textContent()).toBe('All changes saved');
    await policies.editor().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Drivers lock their cab tablets at every stop.');
    await page.getByLabel('What changed').fill('Added the cab tablet rule');
    await poll(() => page.getByTestId('save-state').textContent()).toBe('Unsaved changes');

    await page.mouse.wheel(0, 3000);
    const bar = page.getByRole('region', { name: 'Save state' });
    const box = await bar.boundingBox();
    expect(box && box.y >= 0 && box.y < 200).toBe(true); // still at the top of the screen

    await reloadAcceptingPrompt(page);
    await poll(() => policies.editor().textContent()).toContain('Drivers lock their cab tablets at every stop.');
    expect(await page.getByLabel('What changed').inputValue()).toBe('Added the cab tablet rule');
    await page.getByTestId('draft-restored').waitFor();
    await e.shot('d03-policy-restored');

    await bar.getByRole('button', { name: 'Save draft' }).click();
    await poll(() => page.getByTestId('save-state').textContent()).toBe('All changes saved');
    const stored = e.session.current!.sqlite.prepare('select change_note as note, content from policy_versions').get() as { note: string; content: string };
    expect(stored.note).toBe('Added the cab tablet rule');
    expect(stored.content).toContain('Drivers lock their cab tablets at every stop.');
    // After the save a reload finds no draft to restore and asks nothing.
    expect(await reloadAcceptingPrompt(page)).toEqual([]);
    await poll(() => policies.editor().textContent()).toContain('Drivers lock their cab tablets at every stop.');
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
  });
});
