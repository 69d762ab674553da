import { app, BrowserWindow, dialog, net, protocol } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session, WORKSPACE_FILE, type Platform } from '../core/platform';
import { defaultDataDir } from '../core/paths';
import { dispatch } from '../core/dispatcher';
import { resolveUser } from '../host/platform';
import { createErrorLog } from '../core/log';
import { workspaceInfo } from '../core/services/workspace';
import { APP_SCHEME, appRequestPath, installSessionSecurity } from './security';
import { registerIpc, sendEvent } from './ipc';
import { createMainWindow } from './window';
import { buildMenu } from './menu';
import { migrationsDir, rendererDir, sqliteNativeBinding } from './paths';

/**
 * Lifecycle only: single instance, the app:// protocol, one window, the menu, and the platform
 * (native dialogs, paths) handed to the core. Everything else lives in electron/core.
 */
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const log = (line: string) => console.error(`[isms] ${line}`);
const dataDirForLog = defaultDataDir();
const errorLog = createErrorLog(dataDirForLog, () => new Date(), log);
const logInternal = (method: string, err: unknown) => errorLog.write(method, err);
let win: BrowserWindow | undefined;
const session = new Session();
const dataDir = defaultDataDir();

function focusedWindow() {
  return BrowserWindow.getFocusedWindow() ?? win;
}

const platform: Platform = {
  dataDir,
  migrationsFolder: migrationsDir(),
  ...resolveUser(dataDir),
  now: () => new Date(),
  nativeBinding: sqliteNativeBinding(),
  dialogs: {
    async chooseNewWorkspace(suggested) {
      const owner = focusedWindow();
      const options = { title: 'Create workspace', defaultPath: join(app.getPath('documents'), suggested), filters: [WORKSPACE_FILE] };
      const r = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseExistingWorkspace() {
      const owner = focusedWindow();
      const options = { title: 'Open workspace', properties: ['openFile' as const], filters: [WORKSPACE_FILE, { name: 'All files', extensions: ['*'] }] };
      const r = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseSavePath(suggested, kind) {
      const owner = focusedWindow();
      const options = { defaultPath: join(app.getPath('documents'), suggested), filters: [kind] };
      const r = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  },
  log: logInternal,
  onWorkspaceChanged(ws) {
    win?.setTitle(ws ? `${workspaceInfo(ws).organisation} — ISMS Workbench` : 'ISMS Workbench');
    refreshMenu();
    sendEvent(win?.webContents, { type: 'workspace-changed' });
  },
};
const ctx = { platform, session };

async function runFromMenu(method: 'workspace.open' | 'workspace.saveCopy' | 'workspace.close', input: object) {
  const result = await dispatch(ctx, method, input, logInternal);
  if (!win) return;
  if (result.ok) {
    const warning = (result.value as { warning?: string } | null)?.warning;
    if (warning) await dialog.showMessageBox(win, { type: 'warning', message: warning });
    return;
  }
  // A lock left by another computer (or a crash there) never blocks for good: the user may open anyway.
  const canTakeOver = (result.error.details as { canTakeOver?: unknown } | undefined)?.canTakeOver === true;
  if (method === 'workspace.open' && canTakeOver) {
    const choice = await dialog.showMessageBox(win, { type: 'warning', message: result.error.message, buttons: ['Cancel', 'Open anyway'], defaultId: 0, cancelId: 0 });
    if (choice.response === 1) await runFromMenu('workspace.open', { takeOver: true });
    return;
  }
  await dialog.showMessageBox(win, { type: 'warning', message: result.error.message });
}

function refreshMenu() {
  buildMenu(
    dataDir,
    {
      newWorkspace: () => sendEvent(win?.webContents, { type: 'menu', action: 'new-workspace' }),
      openWorkspace: (path) => void runFromMenu('workspace.open', path ? { recent: path } : {}),
      saveCopy: () => void runFromMenu('workspace.saveCopy', {}),
      closeWorkspace: () => void runFromMenu('workspace.close', {}),
      exportDocuments: () => sendEvent(win?.webContents, { type: 'menu', action: 'export' }),
      about: () =>
        win &&
        void dialog.showMessageBox(win, {
          title: 'About ISMS Workbench',
          message: `ISMS Workbench ${app.getVersion()}`,
          detail: `An offline workbench for ISO/IEC 27001:2022.\nSettings: ${dataDir}`,
        }),
    },
    session.current !== null,
  );
}

/** Serves the built renderer from app://bundle/, refusing anything outside its folder. */
function serveRenderer() {
  const root = rendererDir();
  protocol.handle(APP_SCHEME, (request) => {
    const file = appRequestPath(root, request.url);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => contents.on('will-attach-webview', (ev) => ev.preventDefault()));
  app.whenReady().then(() => {
    if (!platform.nativeBinding) log('No Electron build of better-sqlite3 found; run `npm run rebuild:electron` (build/README.md).');
    installSessionSecurity();
    serveRenderer();
    registerIpc(ctx, log, logInternal);
    refreshMenu();
    win = createMainWindow(dataDir);
  });
  app.on('window-all-closed', () => {
    session.replace(null);
    app.quit();
  });
  app.on('before-quit', () => session.replace(null));
}
