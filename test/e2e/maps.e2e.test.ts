import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness';
import { WelcomeScreen } from './pages';
import { rpc, seedBusyWorkspace } from './seed';
import { openRoute } from './screens';

type Box = { x: number; y: number; width: number; height: number };

/** Every point's circle and the plot area (the union of the zone rectangles), as drawn on screen. */
async function geometry(page: Page, grid: string) {
  const svg = page.getByTestId(grid).locator('svg');
  const points = await svg.locator('g[data-testid="grid-point"]').evaluateAll((gs) =>
    gs.map((g) => ({ name: g.getAttribute('data-name')!, ...(JSON.parse(JSON.stringify(g.querySelector('circle')!.getBoundingClientRect())) as Box) })),
  );
  const zones = (await svg.locator('rect[data-zone]').evaluateAll((rs) => rs.map((r) => JSON.parse(JSON.stringify(r.getBoundingClientRect())) as Box))) as Box[];
  const plot = {
    left: Math.min(...zones.map((z) => z.x)),
    top: Math.min(...zones.map((z) => z.y)),
    right: Math.max(...zones.map((z) => z.x + z.width)),
    bottom: Math.max(...zones.map((z) => z.y + z.height)),
  };
  const legend = await page.getByTestId(grid).getByTestId('grid-legend').locator('li').allTextContents();
  return { points, plot, legend };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Issue 9: with many parties on close or equal scores, no point hides another and none leaves the plot. */
describe('stakeholder maps: points never collide', () => {
  let e: E2E;
  beforeEach(async () => {
    e = await startE2E();
    await new WelcomeScreen(e.page).createWorkspace({ organisation: 'Contoso Freight' });
  });
  afterEach(async () => {
    await e?.close();
  });

  it('spreads 14 parties (eight on one spot, others in corners) without overlap, inside the plot, at 1280 and 1920 wide', async () => {
    const { page } = e;
    await seedBusyWorkspace(page);
    // Eight parties on exactly the same scores, and parties at the extreme corners.
    for (let i = 1; i <= 8; i++) await rpc(page, 'parties.create', { name: `Depot customer ${i}`, type: 'customer', interest: 5, influence: 5, trust: 5, agreement: 5 });
    await rpc(page, 'parties.create', { name: 'Corner low', type: 'public', interest: 1, influence: 1, trust: 1, agreement: 1 });
    await rpc(page, 'parties.create', { name: 'Corner low twin', type: 'public', interest: 1, influence: 1, trust: 1, agreement: 1 });

    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 });
      await openRoute(page, '/clause/4.2');
      await page.getByRole('button', { name: /Maps/ }).first().click();
      for (const grid of ['power-grid', 'trust-grid']) {
        await page.getByTestId(grid).locator('g[data-testid="grid-point"]').first().waitFor();
        const { points, plot, legend } = await geometry(page, grid);
        expect(points).toHaveLength(16);
        expect(legend).toHaveLength(16);
        for (const p of points) {
          expect(p.x, `${p.name} left of the plot (${grid}, ${width})`).toBeGreaterThanOrEqual(plot.left - 0.5);
          expect(p.y, `${p.name} above the plot (${grid}, ${width})`).toBeGreaterThanOrEqual(plot.top - 0.5);
          expect(p.x + p.width, `${p.name} right of the plot (${grid}, ${width})`).toBeLessThanOrEqual(plot.right + 0.5);
          expect(p.y + p.height, `${p.name} below the plot (${grid}, ${width})`).toBeLessThanOrEqual(plot.bottom + 0.5);
        }
        const collisions = points.flatMap((a, i) => points.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.name} / ${b.name}`));
        expect(collisions, `${grid} at ${width}`).toEqual([]);
      }
      await e.shot(`maps-${width}`);
    }
  });
});
