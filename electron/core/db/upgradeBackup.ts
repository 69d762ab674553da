import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { APPLICATION_ID } from './fileCheck';
import { applyKey } from './cipher';

function fsyncPath(path: string, flags = 'r') {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The copy taken before an upgrade (issue 10, item 2): written to `.partial`, checked (SQLite's
 * quick check, the same version and application id), flushed, and only then renamed to its final
 * name, so an interrupted upgrade never leaves a partial `.vN.bak` that looks like a good backup.
 * VACUUM INTO reads through the connection, so changes still in the WAL are in the copy too.
 */
export function backupBeforeUpgrade(sqlite: Database.Database, target: string, version: number, nativeBinding?: string, password?: string) {
  const partial = `${target}.partial`;
  try {
    rmSync(partial, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(partial);
    const copy = new Database(partial, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      // The copy of an encrypted workspace is encrypted with the same key (db/cipher.ts).
      if (password !== undefined) applyKey(copy, password);
      const check = copy.pragma('quick_check', { simple: true });
      const copyVersion = copy.pragma('user_version', { simple: true });
      const copyApp = copy.pragma('application_id', { simple: true });
      if (check !== 'ok' || copyVersion !== version || copyApp !== APPLICATION_ID) throw new Error('the backup copy did not verify');
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    renameSync(partial, target);
    try {
      fsyncPath(dirname(target));
    } catch {
      // Folders cannot be opened for fsync on every platform (Windows); the rename is still done.
    }
  } catch (err) {
    rmSync(partial, { force: true });
    const code = (err as { code?: string }).code;
    throw new AppError(
      'IO',
      code === 'SQLITE_FULL' || code === 'ENOSPC'
        ? 'There is not enough disk space for the backup copy taken before upgrading this workspace. Nothing was changed.'
        : 'The backup copy taken before upgrading this workspace could not be written. Nothing was changed.',
      { path: target, reason: 'backup-failed' },
    );
  }
}
