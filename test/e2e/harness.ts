import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Session } from '../../electron/core/platform';
import { hostPlatform, exportsDirOf } from '../../electron/host/platform';
import { startHost, type RunningHost } from '../../electron/host/server';

const ROOT = resolve(__dirname, '../..');
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Which browser drives the suite (issue 7: tests pass on a bare machine): CHROMIUM_PATH, else a
 * system Chromium or Chrome, else the Chromium inside the @sparticuz/chromium npm package (Linux x64,
 * unpacked to the temp folder on first use). Where the Electron runtime is installed, the desktop
 * suite drives the real app instead (test/e2e/electron.ts).
 */
export async function findBrowser(): Promise<{ executablePath: string; args: string[]; source: string }> {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, args: [], source: 'CHROMIUM_PATH' };
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: [], source: 'system' };
  const { default: bundled } = await import('@sparticuz/chromium');
  return { executablePath: await bundled.executablePath(), args: bundled.args, source: '@sparticuz/chromium' };
}

export interface E2E {
  page: Page;
  host: RunningHost;
  dataDir: string;
  browser: BrowserContext;
  session: Session;
  /** Screenshot for a person to look at, when E2E_SHOTS names a folder. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** A fresh data folder, a loopback host on a free port, and a Chromium page at its tokened URL. */
export async function startE2E(options: { actor?: string } = {}): Promise<E2E> {
  const staticDir = join(ROOT, 'out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('Build the renderer first: npm run build:renderer');
  const dataDir = mkdtempSync(join(tmpdir(), 'isms-e2e-'));
  const session = new Session();
  const ctx = { platform: hostPlatform({ dataDir, migrationsFolder: join(ROOT, 'electron/core/db/migrations'), actor: options.actor ?? 'e2e' }), session };
  const host = await startHost({ ctx, staticDir, exportsDir: exportsDirOf(dataDir), log: (l) => console.error(l) });
  const found = await findBrowser();
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'isms-chromium-')), {
    executablePath: found.executablePath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    args: [...new Set([...found.args, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'])],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(host.url);
  return {
    page,
    host,
    dataDir,
    browser,
    session,
    async shot(name) {
      const dir = process.env.E2E_SHOTS;
      if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await host.close();
      session.replace(null);
      rmSync(dataDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`The page threw: ${errors.join('\n')}`);
    },
  };
}
