import Database from 'better-sqlite3';
import { closeSync, constants, copyFileSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { SNAPSHOT_NAME } from '../../../shared/contract/backup';
import type { Workspace } from '../db/open';
import { isPlainSqlite } from '../db/cipher';
import { copyDatabase } from './workspace';

/**
 * Dated snapshots of the open workspace (issue 10, item 8), in a folder beside the file
 * (`client.isms.backups/`), through SQLite's online backup API (VACUUM INTO for an encrypted
 * workspace, whose copy keeps the same key). Each is written to `.partial`, checked, flushed and
 * renamed, so a snapshot that is listed is complete. Only the newest `keep` are kept.
 */
export const snapshotFolder = (ws: Workspace) => `${ws.path}.backups`;

export interface Snapshot {
  name: string;
  takenAt: string;
  size: number;
  encrypted: boolean;
}

/** 2026-12-01T22:15:03.123Z -> 20261201-221503123 (sortable, valid on every file system). */
const stampOf = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '').replace('Z', '');
const STAMP = /-(\d{8})-(\d{6})(\d{3})\.isms$/;

function takenAtOf(name: string): string | null {
  const m = STAMP.exec(name);
  if (!m) return null;
  const [, d, t, ms] = m as unknown as [string, string, string, string];
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}.${ms}Z`;
}

export function listSnapshots(ws: Workspace): Snapshot[] {
  let names: string[];
  try {
    names = readdirSync(snapshotFolder(ws));
  } catch {
    return [];
  }
  return names
    .filter((n) => SNAPSHOT_NAME.test(n) && takenAtOf(n) !== null)
    .map((name) => {
      const path = join(snapshotFolder(ws), name);
      return { name, takenAt: takenAtOf(name)!, size: statSync(path).size, encrypted: !isPlainSqlite(path) };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

function fsync(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A plain copy must pass SQLite's quick check; it is switched out of WAL mode first, so it is one
 * self-contained file with nothing beside it. An encrypted one cannot be opened without the password.
 */
function verifyCopy(path: string, encrypted: boolean, nativeBinding?: string) {
  if (encrypted) {
    if (isPlainSqlite(path)) throw new Error('the copy of an encrypted workspace is not encrypted');
    return;
  }
  const copy = new Database(path, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
    if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('the copy did not verify');
  } finally {
    copy.close();
  }
}

const removeCopy = (path: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
};

export async function takeSnapshot(ws: Workspace, at: Date, keep: number): Promise<Snapshot> {
  const folder = snapshotFolder(ws);
  const name = `${basename(ws.path, '.isms')}-${stampOf(at)}.isms`;
  const target = join(folder, name);
  const partial = `${target}.partial`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    removeCopy(partial);
    await copyDatabase(ws, partial);
    verifyCopy(partial, ws.cipher !== null, ws.env.nativeBinding);
    fsync(partial);
    renameSync(partial, target);
  } catch (err) {
    removeCopy(partial);
    const code = (err as { code?: string }).code;
    const full = code === 'SQLITE_FULL' || code === 'ENOSPC';
    throw new AppError('IO', full ? 'There is not enough disk space for a backup snapshot.' : 'The backup snapshot could not be written.', { folder });
  }
  pruneSnapshots(ws, keep);
  return listSnapshots(ws).find((s) => s.name === name) ?? { name, takenAt: at.toISOString(), size: statSync(target).size, encrypted: ws.cipher !== null };
}

/** Keeps the newest `keep` snapshots, removes leftovers of interrupted ones. */
export function pruneSnapshots(ws: Workspace, keep: number) {
  const folder = snapshotFolder(ws);
  for (const s of listSnapshots(ws).slice(keep)) rmSync(join(folder, s.name), { force: true });
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const n of names) if (/\.partial(-wal|-shm|-journal)?$/.test(n)) rmSync(join(folder, n), { force: true });
}

/**
 * Upgrade backups (`client.isms.vN.bak`, taken before a migration): once the workspace has opened
 * at the current schema, only the newest one is kept, and the snapshots take over.
 */
export function pruneUpgradeBackups(ws: Workspace): string[] {
  const dir = dirname(ws.path);
  const prefix = `${basename(ws.path)}.v`;
  const found = readdirSync(dir)
    .map((n) => ({ n, m: n.startsWith(prefix) ? /^\.v(\d+)\.bak(\.partial)?$/.exec(n.slice(basename(ws.path).length)) : null }))
    .filter((x): x is { n: string; m: RegExpExecArray } => x.m !== null);
  const complete = found.filter((x) => !x.m[2]).sort((a, b) => Number(b.m[1]) - Number(a.m[1]));
  const removed = [...complete.slice(1), ...found.filter((x) => x.m[2])].map((x) => x.n);
  for (const n of removed) rmSync(join(dir, n), { force: true });
  return removed;
}

/** Copies a snapshot to a new file the user chose; the open workspace is not touched. */
export function restoreSnapshot(ws: Workspace, name: string, target: string): string {
  const snapshot = listSnapshots(ws).find((s) => s.name === name);
  if (!snapshot) throw new AppError('NOT_FOUND', 'There is no backup snapshot by that name.', { name });
  try {
    copyFileSync(join(snapshotFolder(ws), name), target, constants.COPYFILE_EXCL);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('CONFLICT', `A file already exists at ${target}. Choose another name.`, { path: target });
    throw new AppError('IO', `The snapshot could not be restored (${code ?? 'unknown error'}).`, { path: target });
  }
  try {
    fsync(target);
  } catch {
    // The copy is complete; flushing is best effort on platforms that refuse it.
  }
  return target;
}
