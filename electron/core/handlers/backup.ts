import { basename } from 'node:path';
import { noteSnapshot } from '../backupSchedule';
import { WORKSPACE_FILE } from '../platform';
import * as backup from '../services/backup';
import { readSettings, updateSettings } from '../services/settings';
import { ensureExtension } from '../services/workspace';
import type { AreaHandlers } from './types';

export const backupHandlers: AreaHandlers<'backup'> = {
  'backup.list': (_i, { ws, platform }) => {
    const { backupKeep, backupEveryMinutes } = readSettings(platform.dataDir);
    return { keep: backupKeep, everyMinutes: backupEveryMinutes, folder: backup.snapshotFolder(ws), snapshots: backup.listSnapshots(ws) };
  },
  'backup.create': async (_i, { ws, platform }) => {
    const at = platform.now();
    const snapshot = await backup.takeSnapshot(ws, at, readSettings(platform.dataDir).backupKeep);
    noteSnapshot(ws, at);
    return snapshot;
  },
  'backup.restore': async ({ name }, { ws, platform }) => {
    const suggested = `${basename(ws.path, '.isms')}-restored.isms`;
    const target = await platform.dialogs.chooseSavePath(suggested, WORKSPACE_FILE);
    if (!target) return { restored: false, path: null };
    return { restored: true, path: backup.restoreSnapshot(ws, name, ensureExtension(target)) };
  },
  'backup.setSettings': ({ keep, everyMinutes }, { platform }) => {
    const s = updateSettings(platform.dataDir, (current) => ({ ...current, backupKeep: keep, backupEveryMinutes: everyMinutes }));
    return { keep: s.backupKeep, everyMinutes: s.backupEveryMinutes };
  },
};
