import { z } from 'zod';
import { method, query } from './define';
import { Empty } from './common';

/**
 * Backups (issue 10, item 8): dated snapshots of the open workspace in a folder beside it, taken
 * on open and every few minutes while it changes; a snapshot is restored into a new file.
 */
export const SNAPSHOT_NAME = /^[\w.() -]{1,200}-\d{8}-\d{9}\.isms$/;

export const BACKUP_LIMITS = { keepMin: 1, keepMax: 200, everyMax: 24 * 60 } as const;

export const Snapshot = z.object({
  name: z.string(),
  takenAt: z.string(),
  size: z.number().int(),
  encrypted: z.boolean(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const BackupSettings = z.object({
  keep: z
    .number({ error: 'Keep must be a number.' })
    .int()
    .min(BACKUP_LIMITS.keepMin, { error: 'Keep at least one snapshot.' })
    .max(BACKUP_LIMITS.keepMax, { error: `Keep at most ${BACKUP_LIMITS.keepMax} snapshots.` }),
  everyMinutes: z
    .number({ error: 'The interval must be a number.' })
    .int()
    .min(0, { error: 'Use 0 to turn timed snapshots off.' })
    .max(BACKUP_LIMITS.everyMax, { error: 'At most once a day (1440 minutes).' }),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const backupContract = {
  'backup.list': query({
    doc: 'The snapshots of the open workspace, newest first, the folder they are in, and the backup settings.',
    input: Empty,
    output: BackupSettings.extend({ folder: z.string(), snapshots: z.array(Snapshot) }),
  }),
  'backup.create': method({
    doc: 'Take a snapshot of the open workspace now (old ones beyond the number kept are removed).',
    input: Empty,
    output: Snapshot,
  }),
  'backup.restore': method({
    doc: 'Copy a snapshot into a new workspace file; the app asks where. The open workspace is not changed.',
    input: z.object({ name: z.string().regex(SNAPSHOT_NAME, { error: 'That is not the name of a backup snapshot.' }) }),
    output: z.object({ restored: z.boolean(), path: z.string().nullable() }),
  }),
  'backup.setSettings': method({
    doc: 'How many snapshots to keep per workspace, and every how many minutes to take one while it changes (0 = only on open). A setting of this computer.',
    input: BackupSettings,
    output: BackupSettings,
    needsWorkspace: false,
  }),
};
