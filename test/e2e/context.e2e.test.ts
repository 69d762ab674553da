import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { startE2E, type E2E } from './harness';
import { ContextScreen, WelcomeScreen } from './pages';

describe('4.1 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
  });
  afterEach(async () => {
    await e?.close();
  });

  it('creates a workspace, adds an issue through the wizard, and still has it after a reload', async () => {
    const { page } = e;
    await e.shot('01-welcome');
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Northwind Clinics', sector: 'Health and care', engagement: 'Certification 2027' });
    await expect.poll(() => page.getByTestId('overall-readiness').textContent()).toBe('0%');
    await e.shot('02-home-empty');

    const context = new ContextScreen(page);
    await context.open();
    await context.addFromWizard({ kind: 'External', heading: 'Legal', title: 'Patient data law tightened', effect: 'Breach reporting within 72 hours shapes incident handling.', reviewDate: '2027-03-01' });
    await e.shot('03-issue-form');
    await context.save();
    await context.dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('heading-legal').textContent()).toContain('Patient data law tightened');
    // One external issue with effect and review date: three of five criteria are met.
    await expect.poll(() => context.percent()).toBe('60% done');
    await e.shot('04-wizard-after-add');

    await page.reload();
    await context.open();
    await page.getByRole('tab', { name: /Register/ }).click();
    await expect.poll(() => context.registerRows().count()).toBe(1);
    const row = context.registerRows().first();
    expect(await row.textContent()).toContain('Patient data law tightened');
    expect(await row.textContent()).toContain('2027-03-01');
    await e.shot('05-register');

    // And the data is in the workspace file, not only on screen.
    const info = e.session.current!;
    const stored = info.sqlite.prepare('select title, kind, category, review_date from context_issues').all();
    expect(stored).toEqual([{ title: 'Patient data law tightened', kind: 'external', category: 'legal', review_date: '2027-03-01' }]);
  });

  it('shows validation messages next to the field and saves nothing', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Validation Ltd' });
    const context = new ContextScreen(page);
    await context.open();
    await context.step('External issues');
    await page.getByRole('button', { name: 'Add Legal issue' }).click();
    await context.save();
    const title = context.dialog().getByLabel('Title');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    expect(await context.dialog().textContent()).toContain('Title is required.');
    await e.shot('06-validation');
    expect(e.session.current!.sqlite.prepare('select count(*) as n from context_issues').get()).toEqual({ n: 0 });
  });

  it('edits, searches, sorts and deletes with confirmation in the register', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Register Co' });
    const context = new ContextScreen(page);
    await context.open();
    await context.addFromWizard({ kind: 'External', heading: 'Technological', title: 'Cloud outage risk', impact: 'High' });
    await context.save();
    await context.addFromWizard({ kind: 'Internal', heading: 'Culture', title: 'Staff report mistakes openly', swot: 'Strength' });
    await context.save();
    await context.dialog().waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: /Register/ }).click();
    await expect.poll(() => context.registerRows().count()).toBe(2);
    await page.getByRole('button', { name: 'Sort by Issue' }).click(); // now descending
    await expect.poll(() => context.registerRows().first().textContent()).toContain('Staff report mistakes openly');
    await page.getByLabel('Search issues').fill('cloud');
    await expect.poll(() => context.registerRows().count()).toBe(1);
    await page.getByLabel('Search issues').fill('');
    await expect.poll(() => context.registerRows().count()).toBe(2);

    await page.getByRole('button', { name: new RegExp(`^Edit issue CTX-\\d+ / Cloud outage risk$`) }).click();
    await context.dialog().getByLabel('Title').fill('Cloud provider outage');
    await context.save('Save changes');
    await expect.poll(() => page.getByRole('table', { name: 'Internal and external issues' }).textContent()).toContain('Cloud provider outage');

    await page.getByRole('button', { name: new RegExp(`^Delete issue CTX-\\d+ / Cloud provider outage$`) }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => context.registerRows().count()).toBe(1);
    expect(e.session.current!.sqlite.prepare('select title from context_issues').all()).toEqual([{ title: 'Staff report mistakes openly' }]);
  });

  it('exports the register as a DOCX that carries the organisation name', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Contoso Foods' });
    const context = new ContextScreen(page);
    await context.open();
    await context.addFromWizard({ kind: 'External', heading: 'Economic', title: 'Insurer demands MFA' });
    await context.save();
    await context.dialog().waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('button', { name: /Export Internal and external issues register/ }).click();
    const saved = page.getByTestId('export-path-context-register');
    await saved.waitFor();
    await e.shot('07-exports');
    const path = (await saved.textContent())!.replace(/^Saved to /, '').replace(/ · Download$/, '');
    const fromDisk = await JSZip.loadAsync(readFileSync(path));
    const xml = await fromDisk.file('word/document.xml')!.async('string');
    expect(xml).toContain('Contoso Foods');
    expect(xml).toContain('Insurer demands MFA');

    // The browser-mode download link serves the same file.
    const [download] = await Promise.all([page.waitForEvent('download'), saved.getByRole('link', { name: 'Download' }).click()]);
    const downloaded = readFileSync((await download.path())!);
    expect(downloaded.equals(readFileSync(path))).toBe(true);
  });
});
