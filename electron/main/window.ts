import { app, BrowserWindow, dialog, screen, shell } from 'electron';
import { join } from 'node:path';
import { readSettings, updateSettings } from '../core/services/settings';
import { appIcon } from './paths';
import { APP_ORIGIN, externalLinkQuestion, hardenWebContents, isExternalLinkAllowed } from './security';

/** The only BrowserWindow factory: every window gets the same hardened preferences. */
export function createMainWindow(dataDir: string): BrowserWindow {
  const saved = readSettings(dataDir).window;
  const visible = saved && saved.x !== undefined && saved.y !== undefined
    ? screen.getAllDisplays().some((d) => {
        const a = d.workArea;
        return saved.x! >= a.x - 50 && saved.y! >= a.y - 50 && saved.x! < a.x + a.width && saved.y! < a.y + a.height;
      })
    : false;
  const win = new BrowserWindow({
    width: saved?.width ?? 1360,
    height: saved?.height ?? 880,
    ...(visible ? { x: saved!.x, y: saved!.y } : {}),
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'ISMS Workbench',
    icon: appIcon(),
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      // Off: Chromium's spellchecker downloads dictionaries, and the app promises to work offline.
      spellcheck: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
      // A middle click would otherwise open a link in a new window, around setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.maximized) win.maximize();
  // Only https links, and only after the user says yes.
  hardenWebContents(win.webContents, (url) => {
    if (!isExternalLinkAllowed(url)) return;
    void dialog.showMessageBox(win, externalLinkQuestion(url)).then((r) => {
      if (r.response === 1) void shell.openExternal(url);
    });
  });
  win.once('ready-to-show', () => win.show());

  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      const b = win.getNormalBounds();
      updateSettings(dataDir, (s) => ({ ...s, window: { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() } }));
    }, 400);
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('close', () => {
    clearTimeout(timer);
    const b = win.getNormalBounds();
    updateSettings(dataDir, (s) => ({ ...s, window: { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() } }));
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
