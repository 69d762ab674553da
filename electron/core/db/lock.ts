import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';

/**
 * A lock file beside the workspace says which process has it open, so a second instance (or the
 * CLI) refuses with a clear message instead of two writers racing. A lock left by a process that
 * no longer runs on this machine is taken over.
 */
interface LockInfo {
  pid: number;
  host: string;
  since: string;
  token: string;
}

/** Paths locked by this process, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

export interface WorkspaceLock {
  path: string;
  release(): void;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): LockInfo | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && typeof parsed.pid === 'number') {
      return parsed as LockInfo;
    }
    return null;
  } catch {
    return null;
  }
}

function lockedError(info: LockInfo | null): AppError {
  const who = info ? `process ${info.pid} on ${info.host} since ${info.since}` : 'another process';
  return new AppError(
    'WORKSPACE_LOCKED',
    `This workspace is already open in another window or program (${who}). Close it there first.`,
    info ? { pid: info.pid, host: info.host, since: info.since } : undefined,
  );
}

export function acquireLock(workspacePath: string, now: () => Date): WorkspaceLock {
  const lockPath = `${workspacePath}.lock`;
  if (heldHere.has(lockPath)) throw lockedError({ pid: process.pid, host: hostname(), since: 'earlier', token: '' });
  const info: LockInfo = { pid: process.pid, host: hostname(), since: now().toISOString(), token: randomUUID() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      heldHere.add(lockPath);
      return {
        path: lockPath,
        release: () => {
          heldHere.delete(lockPath);
          // Only remove the lock if it is still ours.
          if (readLock(lockPath)?.token === info.token) rmSync(lockPath, { force: true });
        },
      };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new AppError('IO', `Could not create the lock file next to the workspace (${code}).`);
      const holder = readLock(lockPath);
      const stale = holder !== null && holder.host === hostname() && !processAlive(holder.pid);
      if (!stale) throw lockedError(holder);
      rmSync(lockPath, { force: true });
    }
  }
  throw lockedError(readLock(lockPath));
}
