/**
 * Can this machine run the browser e2e suite? Finds the browser as the harness does (CHROMIUM_PATH,
 * a system Chromium or Chrome, else the Chromium inside @sparticuz/chromium) and launches it headless
 * on a page. Exit 0 when it works, 1 with the reason when it does not: .ci/run then installs Debian's
 * chromium (issue 7, item 7: a fresh machine needs no apt step for the browser, CI stays safe).
 * Run: npx tsx test/e2e/check-browser.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, findDriver, launchBrowser } from './harness';

const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'isms-check-browser-'));
let code = 0;
try {
  const driver = await findDriver();
  if (driver.kind === 'electron') console.log('e2e: the Electron runtime is installed, so the desktop suite drives the real app as well');
  const found = await findBrowser();
  const context = await launchBrowser(found, dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent('<p id="ok">ok</p>');
    const text = await page.textContent('#ok');
    if (text !== 'ok') throw new Error(`the page read back ${JSON.stringify(text)}`);
  } finally {
    await context.close();
  }
  console.log(`e2e browser: ${found.executablePath} (${found.source}) launches headless (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (err) {
  console.log(`e2e browser: none launches here: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  code = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
