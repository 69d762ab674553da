import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { ClauseScreen, pickOption, WelcomeScreen } from './pages';
import { rpc } from './seed';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

describe('7.5 documented information through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('records an audit programme kept elsewhere from the checklist, sees the item in place, sets retention and exports the register', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    await rpc(page, 'people.create', { name: 'Olu Owner', jobTitle: 'IT manager' });
    await rpc(page, 'objectives.create', { title: 'Patch critical systems within 14 days' });

    const docs = new ClauseScreen(page, '7.5 Documented information');
    await docs.open();
    await poll(() => docs.percent()).toBe('0% done');
    await docs.step('Mandatory documents');
    const audit = page.getByTestId('check-audit');
    await poll(() => audit.getAttribute('data-status')).toBe('missing');
    await poll(() => page.getByTestId('check-objectives').getAttribute('data-status')).toBe('draft');
    await audit.getByRole('button', { name: 'Kept elsewhere: Audit programme and audit results' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Internal audit programme 2026-2028');
    await dialog.getByRole('textbox', { name: /^Where it is kept/ }).fill('SharePoint / ISMS / Audit / Programme.xlsx');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Owner' }), 'Olu Owner');
    await dialog.getByRole('textbox', { name: 'Retention' }).fill('Kept 6 years');
    // The item chosen on the checklist is already filled in (the status below proves it was saved).
    await e.shot('d01-entry');
    await dialog.getByRole('button', { name: 'Add to the register' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => audit.getAttribute('data-status')).toBe('external');
    await poll(() => audit.textContent()).toContain('DOC-001 "Internal audit programme 2026-2028", kept at SharePoint / ISMS / Audit / Programme.xlsx');

    // The register lists it beside the workbench's own documents; retention is set for those in one go.
    await docs.step('Register');
    const table = page.getByRole('table', { name: 'Register of documented information' });
    await poll(() => table.textContent()).toContain('DOC-001');
    await page.getByRole('textbox', { name: /^Retention for \d+ workbench documents without one/ }).fill('Superseded versions kept 3 years');
    await page.getByRole('button', { name: 'Set retention' }).click();
    await poll(() => (e.session.current!.sqlite.prepare("select count(*) as n from controlled_documents where retention = 'Superseded versions kept 3 years'").get() as { n: number }).n).toBeGreaterThan(10);
    await poll(() => page.getByRole('textbox', { name: /^Retention for \d+ workbench documents without one/ }).count()).toBe(0);
    await e.shot('d02-register');

    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('button', { name: /Export Register of documented information/ }).click();
    const saved = page.getByTestId('export-path-documented-information');
    await saved.waitFor();
    const path = (await saved.textContent())!.replace(/^Saved to /, '').replace(/ · Download$/, '');
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Internal audit programme 2026-2028');
    expect(xml).toContain('Kept elsewhere (register entry)');
    expect(xml).toContain('Superseded versions kept 3 years');
  });
});
