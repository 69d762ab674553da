import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness';
import { pickOption, WelcomeScreen } from './pages';

/** The centre of a party's point and the rectangles of each zone, as drawn on screen. */
async function placement(page: Page, grid: string, party: string) {
  const svg = page.getByTestId(grid).locator('svg');
  const point = svg.locator(`g[data-testid="grid-point"][data-name="${party}"] circle`);
  const box = (await point.boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const zones = await svg.locator('rect[data-zone]').evaluateAll((rects) =>
    rects.map((r) => ({ zone: r.getAttribute('data-zone')!, ...(JSON.parse(JSON.stringify(r.getBoundingClientRect())) as { x: number; y: number; width: number; height: number }) })),
  );
  const inside = zones.filter((z) => centre.x >= z.x && centre.x <= z.x + z.width && centre.y >= z.y && centre.y <= z.y + z.height).map((z) => z.zone);
  return { inside: [...new Set(inside)], declared: await svg.locator(`g[data-name="${party}"]`).getAttribute('data-zone') };
}

async function addParty(page: Page, p: { name: string; kind: string; interest: number; influence: number; trust: number; agreement: number }) {
  await page.getByRole('button', { name: 'Add party' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(p.name);
  await pickOption(page, dialog.getByLabel('Kind of party'), p.kind);
  for (const scale of ['Interest', 'Influence', 'Trust', 'Agreement'] as const) {
    const value = p[scale.toLowerCase() as 'interest'];
    await dialog.getByRole('radiogroup', { name: scale }).getByText(String(value), { exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'Add party' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('clause 4 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Fabrikam Health' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('places three parties with different scores in the right quadrants of both maps', async () => {
    const { page } = e;
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('4.2 Interested parties').click();
    await page.getByRole('button', { name: /Parties/ }).first().click();
    await addParty(page, { name: 'Health regulator', kind: 'Regulator', interest: 4, influence: 5, trust: 4, agreement: 4 });
    await addParty(page, { name: 'Hosting provider', kind: 'Supplier', interest: 2, influence: 3, trust: 2, agreement: 5 });
    await addParty(page, { name: 'Neighbours', kind: 'Public and community', interest: 1, influence: 2, trust: 3, agreement: 1 });

    await page.getByRole('button', { name: /Maps/ }).first().click();
    await page.getByTestId('power-grid').waitFor();
    await e.shot('11-maps');
    // Interest/influence: 3 counts as high.
    expect(await placement(page, 'power-grid', 'Health regulator')).toEqual({ inside: ['manage-closely'], declared: 'manage-closely' });
    expect(await placement(page, 'power-grid', 'Hosting provider')).toEqual({ inside: ['keep-satisfied'], declared: 'keep-satisfied' });
    expect(await placement(page, 'power-grid', 'Neighbours')).toEqual({ inside: ['monitor'], declared: 'monitor' });
    // Trust/agreement: a 3 on either axis is a fence-sitter.
    expect(await placement(page, 'trust-grid', 'Health regulator')).toEqual({ inside: ['allies'], declared: 'allies' });
    expect(await placement(page, 'trust-grid', 'Hosting provider')).toEqual({ inside: ['bedfellows'], declared: 'bedfellows' });
    expect(await placement(page, 'trust-grid', 'Neighbours')).toEqual({ inside: ['fence-sitters'], declared: 'fence-sitters' });
    expect(await page.getByTestId('strategy-Hosting provider').textContent()).toContain('Keep satisfied');

    // Rescoring on the score step moves the point.
    await page.getByRole('button', { name: /Scores/ }).first().click();
    await page.getByRole('radiogroup', { name: 'Interest of Hosting provider' }).getByText('5', { exact: true }).click();
    await expect.poll(() => page.getByTestId('score-row-Hosting provider').textContent()).toContain('Manage closely');
    await page.getByRole('button', { name: /Maps/ }).first().click();
    await expect.poll(async () => (await placement(page, 'power-grid', 'Hosting provider')).inside).toEqual(['manage-closely']);
  });

  it('writes a scope with one exclusion, refuses it without a justification, and exports the statement', async () => {
    const { page } = e;
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('4.3 Scope of the ISMS').click();
    await page.getByRole('button', { name: /Boundaries/ }).first().click();
    await page.getByRole('button', { name: 'Add Processes and services in scope' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Online pharmacy service');
    await page.getByRole('dialog').getByRole('button', { name: 'Add' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add Locations exclusion' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Warehouse in Hull');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => dialog.textContent()).toContain('An exclusion needs a justification');
    expect(e.session.current!.sqlite.prepare("select count(*) as n from scope_boundaries where included = 0").get()).toEqual({ n: 0 });
    await dialog.getByLabel('Justification').fill('Only physical stock is kept there; no information systems or records.');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await dialog.waitFor({ state: 'detached' });
    await e.shot('12-boundaries');

    await page.getByRole('button', { name: /Statement/ }).first().click();
    await page.getByRole('button', { name: 'Write a first draft from my answers' }).click();
    const editor = page.getByLabel('Scope statement text');
    await expect.poll(() => editor.inputValue()).toContain('covers online pharmacy service');
    await editor.fill(`${await editor.inputValue()}\n\nReviewed with the board in November.`);
    await page.getByRole('button', { name: 'Save as version 1.0' }).click();
    await expect.poll(() => page.getByText('version 1.0 draft').count()).toBeGreaterThan(0);
    await e.shot('13-statement');

    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('button', { name: /Export Scope statement of the ISMS/ }).click();
    const saved = page.getByTestId('export-path-scope-statement');
    await saved.waitFor();
    const path = (await saved.textContent())!.replace(/^Saved to /, '').replace(/ · Download$/, '');
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Fabrikam Health');
    expect(text).toContain('covers online pharmacy service');
    expect(text).toContain('Warehouse in Hull: Only physical stock is kept there; no information systems or records.');
    expect(text).toContain('Reviewed with the board in November.');
    expect(text).toContain('Draft, not approved');
  });
});
