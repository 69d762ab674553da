import type { Page } from 'playwright-core';

/** Every screen of the app by route; the policy and metric pages are added once a policy and a metric exist. */
export const ROUTES = ['/', '/clause/4.1', '/clause/4.2', '/clause/4.3', '/clause/4.4', '/clause/5.1', '/clause/5.2', '/clause/5.3', '/clause/6.1', '/clause/6.2', '/clause/6.3', '/clause/7.1', '/clause/7.2', '/clause/7.3', '/clause/7.4', '/clause/7.5', '/clause/8.1', '/clause/8.2', '/clause/8.3', '/clause/9.1', '/clause/9.2', '/clause/9.3', '/clause/10.1', '/clause/10.2', '/people', '/exports', '/workspace'];

export async function openRoute(page: Page, route: string) {
  const heading = `document.querySelector('main h1, main h2')?.textContent ?? ''`;
  const before = (await page.evaluate(heading)) as string;
  await page.evaluate(`window.location.hash = ${JSON.stringify(route)}`);
  // Wait for the new screen's heading, so tabs and steps read are the new screen's. (Polled from
  // here: waitForFunction with a string is refused by the app's CSP.)
  for (let i = 0; before && i < 50 && (await page.evaluate(heading)) === before; i++) await page.waitForTimeout(100);
  await page.locator('main h1, main h2').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(150);
}

/**
 * Visits each view of the current screen: every tab of the main area and, on a wizard tab, every
 * wizard step. Calls `check(name)` once per view, named "route > tab > step".
 */
export async function eachView(page: Page, route: string, check: (name: string) => Promise<void>) {
  await openRoute(page, route);
  const tabs = page.locator('main [role="tab"]');
  const tabCount = await tabs.count();
  const tabNames = tabCount ? await tabs.allTextContents() : [''];
  for (let t = 0; t < tabNames.length; t++) {
    if (tabCount) {
      await tabs.nth(t).click();
      await page.waitForLoadState('networkidle');
    }
    const steps = page.locator('main .mantine-Stepper-step');
    const stepCount = await steps.count();
    if (stepCount === 0) {
      await check(`${route} > ${tabNames[t]}`);
      continue;
    }
    for (let s = 0; s < stepCount; s++) {
      if ((await steps.count()) <= s) break; // a step that only exists in some states
      await steps.nth(s).click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(100);
      const label = (await steps.nth(s).locator('.mantine-Stepper-stepLabel').textContent()) ?? String(s);
      await check(`${route} > ${tabNames[t]} > ${label}`);
    }
  }
}

/**
 * Runs in the page (a string, because the test's TypeScript has no DOM types): horizontal overflow
 * of the document, and any row action outside the viewport or scrolled out of any container.
 */
const LAYOUT_CHECK = `(() => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth) problems.push('page is ' + doc.scrollWidth + 'px wide in a ' + window.innerWidth + 'px window');
  for (const el of document.querySelectorAll('[data-row-actions] button')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    const name = el.getAttribute('aria-label');
    if (r.left < 0 || r.right > window.innerWidth) { problems.push(name + ' is outside the viewport (' + Math.round(r.left) + '..' + Math.round(r.right) + ')'); continue; }
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (!/(auto|scroll|hidden|clip)/.test(getComputedStyle(parent).overflowX)) continue;
      const p = parent.getBoundingClientRect();
      if (r.left < p.left - 1 || r.right > p.right + 1) { problems.push(name + ' is scrolled out of view'); break; }
    }
  }
  return problems;
})()`;

export async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(LAYOUT_CHECK)) as string[];
}
