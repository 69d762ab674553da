import type Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';

/**
 * Who may write a workspace (issue 10, item 1). The lock that counts is SQLite's own: the connection
 * runs in EXCLUSIVE locking mode and takes an exclusive lock on the database file at once. The
 * operating system keeps that lock on the file itself (device and inode), so a second path to the
 * same file (a hard link, a symlink, another spelling of a share) is refused too, and the lock goes
 * away with the process: a crash, a kill or a power cut never leaves it behind. Four processes
 * racing for one file get one holder, because the kernel decides.
 *
 * The `.lock` file beside the workspace only says who holds it (process, computer, since when), for
 * the message a second opener sees. It is written atomically after the real lock is won, so an
 * empty, garbled or stale one (a full disk, a crash, a reused process id) is simply replaced. One
 * case is left to the user: a lock written by another computer, because locks across network shares
 * are not always honoured; the user can choose to open it anyway (`takeOver`).
 */
interface LockInfo {
  pid: number;
  host: string;
  since: string;
  token: string;
}

export interface WorkspaceLock {
  path: string;
  release(): void;
}

/** Files (device:inode) this process holds, so a second open through any path is refused before it touches the file. */
const heldHere = new Set<string>();

export function fileIdentity(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

function readLock(lockPath: string): LockInfo | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    if (
      parsed && typeof parsed === 'object' &&
      'pid' in parsed && typeof parsed.pid === 'number' &&
      'host' in parsed && typeof parsed.host === 'string' &&
      'since' in parsed && typeof parsed.since === 'string'
    ) {
      return { token: '', ...(parsed as Omit<LockInfo, 'token'>), ...('token' in parsed && typeof parsed.token === 'string' ? { token: parsed.token } : {}) };
    }
    return null;
  } catch {
    return null;
  }
}

function openElsewhere(info: LockInfo | null): AppError {
  const who = info ? ` (process ${info.pid} on ${info.host}, since ${info.since})` : '';
  return new AppError('WORKSPACE_LOCKED', `This workspace is open in another window or program${who}. Close it there first.`, {
    reason: 'open-elsewhere',
    canTakeOver: false,
    ...(info ? { pid: info.pid, host: info.host, since: info.since } : {}),
  });
}

function otherComputer(info: LockInfo): AppError {
  return new AppError(
    'WORKSPACE_LOCKED',
    `This workspace was opened on another computer (${info.host}, since ${info.since}) and not closed there. If it is still open there, close it first. If that computer crashed or the file was copied from it, you can open it here anyway.`,
    { reason: 'other-computer', canTakeOver: true, pid: info.pid, host: info.host, since: info.since },
  );
}

/** Refuses early when this process already has the file open under any name (before any file handle is opened). */
export function assertNotHeldHere(path: string) {
  const id = fileIdentity(path);
  if (id && heldHere.has(id)) throw openElsewhere({ pid: process.pid, host: hostname(), since: 'earlier in this session', token: '' });
}

/** Writes the lock file through a temp file and a rename: it is whole or absent, never empty. */
function writeLockInfo(lockPath: string, info: LockInfo): boolean {
  const temp = `${lockPath}.${process.pid}.${info.token.slice(0, 8)}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(info));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, lockPath);
    return true;
  } catch {
    // A full disk or a read-only folder: the SQLite lock still protects the file; only the name of the holder is missing.
    rmSync(temp, { force: true });
    return false;
  }
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * Takes the file lock on an open (not yet used) connection. Throws WORKSPACE_LOCKED when another
 * connection holds the file, or when another computer's lock file is there and `takeOver` is not set.
 */
export function lockDatabase(sqlite: Database.Database, workspacePath: string, now: () => Date, options: { takeOver?: boolean } = {}): WorkspaceLock {
  const lockPath = `${workspacePath}.lock`;
  const identity = fileIdentity(workspacePath);
  if (identity && heldHere.has(identity)) throw openElsewhere(null);

  sqlite.pragma('busy_timeout = 0');
  sqlite.pragma('locking_mode = EXCLUSIVE');
  try {
    // In EXCLUSIVE mode the lock taken here is kept until the connection closes.
    sqlite.exec('BEGIN EXCLUSIVE');
    sqlite.exec('COMMIT');
  } catch (err) {
    if (isBusy(err)) throw openElsewhere(readLock(lockPath));
    throw err;
  }

  const previous = readLock(lockPath);
  if (previous && previous.host !== hostname() && !options.takeOver) throw otherComputer(previous);

  const info: LockInfo = { pid: process.pid, host: hostname(), since: now().toISOString(), token: randomUUID() };
  writeLockInfo(lockPath, info);
  if (identity) heldHere.add(identity);
  let released = false;
  return {
    path: lockPath,
    release: () => {
      if (released) return;
      released = true;
      if (identity) heldHere.delete(identity);
      // Only remove the lock file if it is still ours.
      if (readLock(lockPath)?.token === info.token) rmSync(lockPath, { force: true });
    },
  };
}
