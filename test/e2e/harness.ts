import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, chromium, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core';
import { Session } from '../../electron/core/platform';
import { hostPlatform, exportsDirOf } from '../../electron/host/platform';
import { startHost, type RunningHost } from '../../electron/host/server';

const ROOT = resolve(import.meta.dirname, '../..');
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export type Driver =
  | { kind: 'browser'; executablePath: string; args: string[]; source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium' }
  | { kind: 'electron'; executablePath: string; source: 'electron' };

/**
 * The Electron runtime's binary when it is installed (node_modules/electron/dist, downloaded from
 * GitHub where the network allows), else null with the reason, for the desktop suite to print.
 */
export function electronRuntime(): { executablePath: string } | { reason: string } {
  const dir = join(ROOT, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'the Electron runtime is not installed (node_modules/electron/dist; its download from GitHub is off or failed here)' };
  const executablePath = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executablePath) ? { executablePath } : { reason: `the Electron runtime is incomplete (${executablePath} is missing)` };
}

/**
 * What drives the end-to-end tests, in this order (issue 7: tests pass on a bare machine):
 * 1. CHROMIUM_PATH, a browser the person running the tests chose;
 * 2. the Electron runtime when it is installed: the desktop suite (desktop.e2e.test.ts) then drives
 *    the real app through Playwright's `_electron`;
 * 3. a system Chromium or Chrome;
 * 4. the Chromium inside the @sparticuz/chromium npm package (Linux x64; unpacked to the temp folder
 *    on first use, about 5 s). E2E_BUNDLED_CHROMIUM=1 skips 1-3 and uses it (to check that path).
 */
export async function findDriver(): Promise<Driver> {
  const forceBundled = process.env.E2E_BUNDLED_CHROMIUM === '1';
  if (!forceBundled) {
    if (process.env.CHROMIUM_PATH) return { kind: 'browser', executablePath: process.env.CHROMIUM_PATH, args: [], source: 'CHROMIUM_PATH' };
    const runtime = electronRuntime();
    if ('executablePath' in runtime) return { kind: 'electron', executablePath: runtime.executablePath, source: 'electron' };
  }
  return findBrowser();
}

/**
 * The browser for the browser-mode suite (the renderer through the loopback host, with the workspace
 * in this process so tests can read what was stored): the same order without Electron, which the
 * desktop suite drives on its own.
 */
export async function findBrowser(): Promise<Extract<Driver, { kind: 'browser' }>> {
  const forceBundled = process.env.E2E_BUNDLED_CHROMIUM === '1';
  if (!forceBundled) {
    if (process.env.CHROMIUM_PATH) return { kind: 'browser', executablePath: process.env.CHROMIUM_PATH, args: [], source: 'CHROMIUM_PATH' };
    const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
    if (system) return { kind: 'browser', executablePath: system, args: [], source: 'system' };
  }
  const { default: bundled } = await import('@sparticuz/chromium');
  return { kind: 'browser', executablePath: await bundled.executablePath(), args: bundled.args, source: '@sparticuz/chromium' };
}

/** Arguments every browser launch gets (TOOLCHAIN.md): headless, offline, no first-run work. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches the found browser headless, as the suite does; used by scripts/check-browser.ts too. */
export function launchBrowser(found: Extract<Driver, { kind: 'browser' }>, userDataDir: string, options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: found.executablePath,
    headless: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    acceptDownloads: true,
    args: [...new Set([...found.args, ...BROWSER_ARGS])],
  });
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
  const browser = await launchBrowser(found, mkdtempSync(join(tmpdir(), 'isms-chromium-')));
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

export interface Desktop {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
  /** Answers the next native save dialogs (new workspace, export) with these paths, in order. */
  answerSaveDialogs(paths: string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Why the desktop suite cannot run here, or null when it can: it needs the Electron runtime, the
 * built app (npm run build), better-sqlite3 built for Electron (npm run rebuild:electron) and, on
 * Linux, a display (xvfb-run -a).
 */
export function desktopUnavailable(): string | null {
  // The driver order (findDriver): a browser chosen by the person running the tests comes first.
  if (process.env.E2E_BUNDLED_CHROMIUM === '1') return 'E2E_BUNDLED_CHROMIUM=1 asks for the bundled Chromium';
  if (process.env.CHROMIUM_PATH) return 'CHROMIUM_PATH names the browser to drive';
  const runtime = electronRuntime();
  if (!('executablePath' in runtime)) return runtime.reason;
  if (!existsSync(join(ROOT, 'out/main/index.cjs'))) return 'the desktop app is not built (npm run build)';
  const abi = readFileSync(join(ROOT, 'node_modules/electron/abi_version'), 'utf8').trim();
  if (!existsSync(join(ROOT, 'build/native', `electron-${abi}`, 'better_sqlite3.node'))) return 'better-sqlite3 is not built for Electron (npm run rebuild:electron)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display (run under xvfb-run -a)';
  return null;
}

/** The real desktop app (out/main, app:// renderer, preload, IPC) through Playwright's _electron, with its own data folder. */
export async function startDesktop(): Promise<Desktop> {
  const runtime = electronRuntime();
  if (!('executablePath' in runtime)) throw new Error(runtime.reason);
  const dataDir = mkdtempSync(join(tmpdir(), 'isms-desktop-'));
  const app = await _electron.launch({
    executablePath: runtime.executablePath,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, ISMS_DATA_DIR: dataDir, ISMS_USER: 'Desktop Tester' } as Record<string, string>,
  });
  const page = await app.firstWindow();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    app,
    page,
    dataDir,
    async answerSaveDialogs(paths) {
      await app.evaluate(({ dialog }, answers) => {
        const queue = [...answers];
        dialog.showSaveDialog = (async () => {
          const filePath = queue.shift();
          return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
        }) as typeof dialog.showSaveDialog;
      }, paths);
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`The page threw: ${errors.join('\n')}`);
    },
  };
}
