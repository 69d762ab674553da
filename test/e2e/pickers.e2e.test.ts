import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { ContextScreen, WelcomeScreen, pickOption } from './pages';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });
const inTwelveMonths = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate())).toISOString().slice(0, 10);
};

/** Issue 9, part 6: owner pickers add a person inline; review dates default to a year out and warn when past. */
describe('pickers: people inline, review dates', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Contoso Freight' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('adds the owner of a new issue without leaving the dialog, and proposes a review in twelve months', async () => {
    const { page } = e;
    const context = new ContextScreen(page);
    await context.open();
    await context.step('External issues');
    await page.getByRole('button', { name: 'Add Legal issue' }).click();
    const dialog = page.getByRole('dialog', { name: 'New issue' });
    await dialog.getByLabel('Title').fill('Customs rules go digital');

    // A new record proposes a review a year from today.
    const review = dialog.getByLabel('Review by');
    expect(await review.inputValue()).toBe(inTwelveMonths());

    // A past date is allowed (an overdue review) but says so before saving.
    await review.fill('2020-01-31');
    await review.press('Tab');
    await dialog.getByText('This date has passed: the review will show as overdue.').waitFor();
    await dialog.getByRole('button', { name: 'Set to 12 months from today' }).waitFor({ state: 'detached' });
    await review.fill(inTwelveMonths());
    await review.press('Tab');
    await dialog.getByText('This date has passed').waitFor({ state: 'detached' });

    // Nobody in the register yet: add the owner from the picker itself.
    await dialog.getByRole('button', { name: 'Add a new person as owner' }).click();
    await dialog.getByLabel('Name of the new person').fill('Priya Customs');
    await dialog.getByLabel('Job title').fill('Customs compliance lead');
    // Enter in the small form adds the person; it does not submit the issue.
    await dialog.getByLabel('Job title').press('Enter');

    await poll(() => dialog.getByRole('combobox', { name: 'Owner' }).inputValue()).toBe('Priya Customs');
    expect(await dialog.isVisible()).toBe(true);
    await e.shot('pick-01-inline-person');


    await context.save();
    await dialog.waitFor({ state: 'detached' });
    const db = e.session.current!.sqlite;
    expect(db.prepare('select name, job_title as jobTitle from people').all()).toEqual([{ name: 'Priya Customs', jobTitle: 'Customs compliance lead' }]);
    expect(db.prepare('select i.title, p.name as owner, i.review_date as review from context_issues i join people p on p.id = i.owner_id').all()).toEqual([
      { title: 'Customs rules go digital', owner: 'Priya Customs', review: inTwelveMonths() },
    ]);
  });

  it('sets one owner and one review date on several issues of the register in one step', async () => {
    const { page } = e;
    const { rpc } = await import('./seed');
    for (const title of ['Fuel prices', 'Driver shortage', 'New customs rules']) await rpc(page, 'context.create', { kind: 'external', category: 'economic', swot: 'threat', title });
    await rpc(page, 'people.create', { name: 'Olga Owner' });
    const context = new ContextScreen(page);
    await context.open();
    await page.getByRole('tab', { name: /Register/ }).click();
    await poll(() => context.registerRows().count()).toBe(3);
    await page.getByRole('checkbox', { name: /Fuel prices/ }).check();
    await page.getByRole('checkbox', { name: /Driver shortage/ }).check();
    const bar = page.getByLabel('Change the 2 issues selected');
    await pickOption(page, bar.getByRole('combobox', { name: 'Set owner' }), 'Olga Owner');
    const date = bar.getByLabel('Set review date');
    await date.fill('2027-09-30');
    await date.press('Tab');
    await page.setViewportSize({ width: 1280, height: 800 });
    await e.shot('pick-02-bulk-bar');
    await bar.getByRole('button', { name: 'Apply to 2 issues' }).click();
    await bar.waitFor({ state: 'detached' });
    const db = e.session.current!.sqlite;
    await poll(() => db.prepare("select i.title, p.name as owner, i.review_date as review from context_issues i left join people p on p.id = i.owner_id order by i.title").all()).toEqual([
      { title: 'Driver shortage', owner: 'Olga Owner', review: '2027-09-30' },
      { title: 'Fuel prices', owner: 'Olga Owner', review: '2027-09-30' },
      { title: 'New customs rules', owner: null, review: null },
    ]);
    await poll(() => context.registerRows().filter({ hasText: 'Olga Owner' }).count()).toBe(2);
  });

  it('offers the units of People and units when a unit is added to the 4.3 scope', async () => {
    const { page } = e;
    const { rpc } = await import('./seed');
    await rpc(page, 'people.unitCreate', { name: 'Transport planning' });
    await rpc(page, 'people.unitCreate', { name: 'Warehouse operations' });
    await page.getByRole('navigation', { name: 'Clauses' }).getByText('4.3 Scope of the ISMS').click();
    await page.getByRole('button', { name: /Boundaries/ }).first().click();
    await page.getByRole('button', { name: 'Add Organisational units in scope' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Ware');
    await page.getByRole('option', { name: 'Warehouse operations' }).click();
    expect(await dialog.getByLabel('Name').inputValue()).toBe('Warehouse operations');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => e.session.current!.sqlite.prepare("select kind, name from scope_boundaries").all()).toEqual([{ kind: 'unit', name: 'Warehouse operations' }]);
  });
});
