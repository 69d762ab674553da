import { mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';

/** Writes through a temp file and a rename, so a failed export never leaves half a document. */
export function writeFileAtomic(path: string, bytes: Uint8Array) {
  const temp = `${path}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new AppError('IO', `Could not write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { path });
  }
}

/** One spelling per file: absolute, links resolved (also for a file not yet created in an existing folder). */
export function canonicalPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Whether two paths name the same file; case-insensitive where the usual file systems are. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const [x, y] = [canonicalPath(a), canonicalPath(b)];
  return platform === 'win32' || platform === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/** A file name from free text: "Acme Ltd." -> acme-ltd. */
export const slug = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'workspace';

function identity(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses a target that is the open workspace or one of the files that belong to it: SQLite's
 * -wal, -shm and -journal, the .lock, and backups and copies named after it (FILE.v3.bak...).
 * Writing over the -wal of an open workspace loses every change not yet checkpointed (issue 10,
 * item 4), so names are compared after resolving links, and an existing target that is the same
 * file under another name (a hard link) is refused too.
 */
export function assertNotWorkspaceFile(target: string, workspacePath: string) {
  const refuse = () => new AppError('CONFLICT', 'That is the workspace file or one of the files that belong to it. Choose another name or folder.', { reason: 'workspace-file' });
  const t = canonicalPath(target);
  const ws = canonicalPath(workspacePath);
  const insensitive = process.platform === 'win32' || process.platform === 'darwin';
  const [tt, ww] = insensitive ? [t.toLowerCase(), ws.toLowerCase()] : [t, ws];
  if (tt === ww || tt.startsWith(`${ww}-`) || tt.startsWith(`${ww}.`)) throw refuse();
  const targetId = identity(t);
  if (targetId) {
    for (const suffix of ['', '-wal', '-shm', '-journal', '.lock']) {
      if (identity(`${ws}${suffix}`) === targetId) throw refuse();
    }
  }
}
