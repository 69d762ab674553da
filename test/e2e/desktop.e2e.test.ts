import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { desktopUnavailable, startDesktop, type Desktop } from './harness';
import { WelcomeScreen } from './pages';

/**
 * The thin desktop suite (DESIGN.md, Tests; issue 7 item 7): where the Electron runtime is installed,
 * the real app is driven through Playwright's _electron: start-up, the hardened window, and one
 * workspace created and exported through the native dialogs. Everything else runs in the browser suite.
 */
const unavailable = desktopUnavailable();
if (unavailable) console.warn(`desktop e2e suite skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the desktop app through Playwright _electron', () => {
  let d: Desktop;
  beforeEach(async () => {
    d = await startDesktop();
  });
  afterEach(async () => {
    await d?.close();
  });

  it('starts one hardened window on app:// whose page sees only invoke and on', async () => {
    await d.page.getByRole('button', { name: 'Create workspace' }).waitFor();
    expect(d.page.url()).toMatch(/^app:\/\//);
    const windows = await d.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), url: w.webContents.getURL() })));
    expect(windows).toEqual([{ title: 'ISMS Workbench', url: expect.stringMatching(/^app:\/\//) }]);
    // Sandboxed, isolated, no Node: the page has the two-function bridge and nothing of Node's.
    const page = await d.page.evaluate(() => {
      const g = globalThis as unknown as { isms: object; require?: unknown; process?: unknown; module?: unknown };
      return { bridge: Object.keys(g.isms).sort(), require: typeof g.require, process: typeof g.process, module: typeof g.module };
    });
    expect(page).toEqual({ bridge: ['invoke', 'on'], require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  it('creates a workspace through the save dialog and exports the 4.1 register as DOCX', async () => {
    const workspace = join(d.dataDir, 'Desktop Ltd.isms');
    const docx = join(d.dataDir, 'register.docx');
    await d.answerSaveDialogs([workspace, docx]);
    await new WelcomeScreen(d.page).createWorkspace({ organisation: 'Desktop Ltd' });
    expect(existsSync(workspace)).toBe(true);
    const result = await d.page.evaluate(() => (globalThis as unknown as { isms: { invoke(m: string, i: unknown): Promise<unknown> } }).isms.invoke('export.document', { id: 'context-register' }));
    expect(result).toMatchObject({ ok: true, value: { saved: true, path: docx, format: 'docx' } });
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
