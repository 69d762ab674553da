import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import { readSettings } from '../core/services/settings';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(path?: string): void;
  saveCopy(): void;
  closeWorkspace(): void;
  exportDocuments(): void;
  about(): void;
}

/** The native menu; rebuilt when a workspace opens or closes so Open recent stays current. */
export function buildMenu(dataDir: string, actions: MenuActions, hasWorkspace: boolean) {
  const recent = readSettings(dataDir).recent;
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
        { label: 'Open workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        {
          label: 'Open recent',
          submenu: recent.length
            ? recent.map((r) => ({ label: `${r.organisation} — ${basename(r.path)}`, click: () => actions.openWorkspace(r.path) }))
            : [{ label: 'No recent workspaces', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Save a copy…', accelerator: 'CmdOrCtrl+Shift+S', enabled: hasWorkspace, click: () => actions.saveCopy() },
        { label: 'Export documents…', accelerator: 'CmdOrCtrl+E', enabled: hasWorkspace, click: () => actions.exportDocuments() },
        { type: 'separator' },
        { label: 'Close workspace', accelerator: 'CmdOrCtrl+W', enabled: hasWorkspace, click: () => actions.closeWorkspace() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools', visible: !app.isPackaged },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { label: '&Help', submenu: [{ label: 'About ISMS Workbench', click: () => actions.about() }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
