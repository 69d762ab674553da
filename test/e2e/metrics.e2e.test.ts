import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';
import { ClauseScreen, WelcomeScreen } from './pages';
import { rpc } from './seed';
import { openRoute } from './screens';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

/** The month `back` months before this one, as a monthly period key (2026-11). */
function month(back: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
}

describe('9.1 through the real UI', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await e.page.setViewportSize({ width: 1280, height: 800 });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('adds a library metric, records three values, shows them on the trend chart and turns red when the criterion is breached', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    const clause = new ClauseScreen(page, '9.1 Monitoring, measurement, analysis and evaluation');
    await clause.open();
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Add Information security incidents' }).click();
    await page.getByRole('button', { name: 'Added: open Information security incidents' }).click();
    await page.getByRole('heading', { name: 'Information security incidents' }).waitFor();
    expect(page.url()).toMatch(/#\/clause\/9\.1\/metric\/[0-9a-f-]{36}$/);
    await poll(() => page.getByTestId('latest-value').textContent()).toBe('Not measured yet');

    // Lower is better: green at 2 or less, red above 5.
    const values: Array<[string, number, string]> = [
      [month(2), 1, 'On target'],
      [month(1), 3, 'Watch'],
      [month(0), 7, 'Breached'],
    ];
    for (const [period, incidents, status] of values) {
      await page.getByRole('button', { name: 'Record value' }).click();
      const dialog = page.getByRole('dialog', { name: /Record a value/ });
      await dialog.getByLabel('Period measured').fill(period);
      await dialog.getByLabel('Incidents confirmed in the month').fill(String(incidents));
      await poll(() => dialog.getByText(/^Value: /).textContent()).toBe(`Value: ${incidents} incident${incidents === 1 ? '' : 's'} (${status})`);
      await dialog.getByRole('button', { name: 'Record value' }).click();
      await dialog.waitFor({ state: 'detached' });
      await poll(() => page.getByRole('table', { name: 'Recorded values' }).getByRole('row').count()).toBe(1 + values.findIndex((v) => v[0] === period) + 1);
    }
    // The chart draws one point per value, in period order.
    const chart = page.getByTestId('trend-chart');
    await poll(() => chart.locator('.recharts-line-dots circle').count()).toBe(3);
    // recharts 3 draws the tick labels in a layer of their own, outside the axis group.
    await poll(() => chart.locator('text.recharts-cartesian-axis-tick-value[orientation="bottom"]').allTextContents()).toEqual(values.map((v) => v[0]));
    // The status is red: the latest value breaches the decision criterion.
    await poll(() => page.getByTestId('latest-value').textContent()).toContain('7 incidents');
    await expect(page.getByRole('main').getByLabel('Status: Breached').first().isVisible()).resolves.toBe(true);
    await e.shot('m01-trend-breached');

    // A correction supersedes the entry; the old one stays, marked superseded, and the status follows.
    await page.getByRole('button', { name: /^Correct the value for/ }).first().click();
    const fix = page.getByRole('dialog', { name: /Correct a value/ });
    await fix.getByLabel('Incidents confirmed in the month').fill('2');
    await fix.getByLabel('Why it is corrected').fill('Five were duplicates of one event');
    await fix.getByRole('button', { name: 'Record correction' }).click();
    await fix.waitFor({ state: 'detached' });
    await poll(() => page.getByTestId('latest-value').textContent()).toContain('2 incidents');
    await poll(() => page.getByRole('table', { name: 'Recorded values' }).getByText('Superseded').count()).toBe(1);
    const rows = e.session.current!.sqlite.prepare('select period, value, supersedes_id is not null as correction from metric_measurements order by period, recorded_at').all();
    expect(rows).toEqual([
      { period: month(2), value: 1, correction: 0 },
      { period: month(1), value: 3, correction: 0 },
      { period: month(0), value: 7, correction: 0 },
      { period: month(0), value: 2, correction: 1 },
    ]);

    // The dashboard shows the metric's latest status; back to red when the criterion is breached again.
    await page.getByRole('link', { name: '← All metrics' }).click();
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const tile = page.getByTestId('metric-tile-MET-001');
    await poll(() => tile.getByLabel('Status: On target').count()).toBe(1);
    await poll(() => tile.textContent()).toContain('Information security incidents');
  }, 120_000);

  it('raises a nonconformity from a breach flagged on the dashboard (10.2 exists since issue 15)', async () => {
    const { page } = e;
    await new WelcomeScreen(page).createWorkspace({ organisation: 'Fabrikam Care' });
    const metric = await rpc<{ id: string; ref: string }>(page, 'metrics.addFromLibrary', { key: 'incidents-per-month' });
    await rpc(page, 'metrics.record', { metricId: metric.id, period: month(0), values: { incidents: 9 } });
    await openRoute(page, '/clause/9.1?tab=dashboard');
    await page.getByRole('button', { name: 'Raise a nonconformity: Information security incidents' }).click();
    await poll(() => page.url()).toMatch(/#\/clause\/10\.2\?open=nc:[0-9a-f-]{36}/);
    const nc = e.session.current!.sqlite.prepare('select title, source, source_reference, clause_id from nonconformities').get();
    expect(nc).toEqual({ title: `Information security incidents: decision criteria breached in ${month(0)}`, source: 'metric-breach', source_reference: `${metric.ref} ${month(0)}`, clause_id: '9.1' });
  }, 120_000);
});
