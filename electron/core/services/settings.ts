import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Per-machine settings, outside any workspace: the recent list, the window's place and who works here. */
const Settings = z.object({
  /** The name stamped on records and covers (shared/contract/user.ts); never the OS login. */
  userName: z.string().trim().min(1).max(200).optional().catch(undefined),
  recent: z
    .array(z.object({ path: z.string().max(4096), organisation: z.string().max(400), openedAt: z.string().max(40) }))
    .max(50)
    .catch([]),
  window: z
    .object({
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      width: z.number().int().min(400).max(20000),
      height: z.number().int().min(300).max(20000),
      maximized: z.boolean().default(false),
    })
    .optional()
    .catch(undefined),
  /** Minutes of no use before an encrypted workspace locks itself; 0 = never (core/autoLock.ts). */
  autoLockMinutes: z.number().int().min(0).max(24 * 60).default(15).catch(15),
  /** Snapshots kept per workspace, and minutes between snapshots while it changes (services/backup.ts). */
  backupKeep: z.number().int().min(1).max(200).default(10).catch(10),
  backupEveryMinutes: z.number().int().min(0).max(24 * 60).default(30).catch(30),
});
export type Settings = z.infer<typeof Settings>;

export const RECENT_MAX = 10;

const settingsPath = (dataDir: string) => join(dataDir, 'settings.json');

export function readSettings(dataDir: string): Settings {
  try {
    return Settings.parse(JSON.parse(readFileSync(settingsPath(dataDir), 'utf8')));
  } catch {
    // Missing or damaged settings are not worth a crash: start with an empty recent list.
    return Settings.parse({ recent: [] });
  }
}

export function writeSettings(dataDir: string, settings: Settings) {
  mkdirSync(dataDir, { recursive: true });
  const target = settingsPath(dataDir);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(Settings.parse(settings), null, 2));
  renameSync(temp, target);
}

export function updateSettings(dataDir: string, change: (s: Settings) => Settings): Settings {
  const next = change(readSettings(dataDir));
  writeSettings(dataDir, next);
  return next;
}

export function rememberRecent(dataDir: string, path: string, organisation: string, at: Date): Settings {
  return updateSettings(dataDir, (s) => ({
    ...s,
    recent: [{ path, organisation, openedAt: at.toISOString() }, ...s.recent.filter((r) => r.path !== path)].slice(0, RECENT_MAX),
  }));
}

export function rememberUserName(dataDir: string, name: string): Settings {
  return updateSettings(dataDir, (s) => ({ ...s, userName: name }));
}

export function forgetRecent(dataDir: string, path: string): Settings {
  return updateSettings(dataDir, (s) => ({ ...s, recent: s.recent.filter((r) => r.path !== path) }));
}
