import { BrowserWindow, screen, shell } from 'electron';
import { join } from 'node:path';
import { readSettings, updateSettings } from '../core/services/settings';
import { APP_ORIGIN, hardenWebContents, isExternalLinkAllowed } from './security';

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
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: true,
      safeDialogs: true,
    },
  });
  if (saved?.maximized) win.maximize();
  hardenWebContents(win.webContents, (url) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
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
