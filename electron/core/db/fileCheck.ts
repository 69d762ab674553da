import { accessSync, closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { AppError } from '../../../shared/errors';

/**
 * The first, file-system-only look at a file someone asks us to open (issue 10, "open is a
 * read-only probe first"): what kind of file it is, whether we may read and write it, and what its
 * 100-byte SQLite header says. Nothing here opens SQLite, so a refused file cannot have been touched.
 */
export const SQLITE_MAGIC = 'SQLite format 3\0';
/** Marks a SQLite file as an ISMS Workbench workspace (PRAGMA application_id; "ISMS" in ASCII). */
export const APPLICATION_ID = 0x49534d53;

export interface SqliteHeader {
  pageSize: number;
  /** Pages in the file according to the header, or null when that field is not known to be valid. */
  pageCount: number | null;
  /** 1 = rollback journal, 2 = WAL (bytes 18 and 19). */
  writeVersion: number;
  userVersion: number;
  applicationId: number;
}

/** Why a file was refused; sent as `details.reason` so the UI and tests can tell the cases apart. */
export type RefusalReason =
  | 'missing'
  | 'folder'
  | 'not-a-regular-file'
  | 'unreadable'
  | 'read-only'
  | 'not-sqlite'
  | 'truncated'
  | 'foreign-database'
  | 'not-initialised'
  | 'newer-version'
  | 'version-mismatch'
  | 'damaged'
  | 'schema-mismatch'
  | 'foreign-object'
  | 'missing-metadata';

export function refusal(reason: RefusalReason, message: string, details: Record<string, unknown> = {}): AppError {
  const code = reason === 'missing' ? 'NOT_FOUND' : reason === 'unreadable' || reason === 'read-only' ? 'IO' : 'UNSUPPORTED_FILE';
  return new AppError(code, message, { reason, ...details });
}

function kindOf(stats: Stats): RefusalReason | null {
  if (stats.isDirectory()) return 'folder';
  if (!stats.isFile()) return 'not-a-regular-file';
  return null;
}

function refuseKind(reason: RefusalReason, path: string): never {
  throw reason === 'folder'
    ? refusal('folder', 'That is a folder, not a workspace file.', { path })
    : refusal('not-a-regular-file', 'That is not an ordinary file (it may be a pipe, a device or a socket), so it cannot be a workspace.', { path });
}

export function parseHeader(bytes: Buffer): SqliteHeader | null {
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== SQLITE_MAGIC) return null;
  const raw = bytes.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null;
  // The page count in the header is valid only when the change counter matches "version-valid-for".
  const countValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92);
  return {
    pageSize,
    pageCount: countValid ? bytes.readUInt32BE(28) : null,
    writeVersion: bytes[18],
    userVersion: bytes.readInt32BE(60),
    applicationId: bytes.readUInt32BE(68),
  };
}

/**
 * Checks the file itself and returns its header. `walHasFrames` says whether a -wal file with
 * content sits beside it (after a crash): then the main file alone may legitimately look short,
 * and SQLite's own checks after recovery decide instead.
 */
export function checkWorkspaceFile(path: string, appVersion: number, walHasFrames: boolean): SqliteHeader {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw refusal('missing', `There is no file at ${path}.`, { path });
    if (code === 'EACCES' || code === 'EPERM') throw refusal('unreadable', 'You do not have permission to read that file or its folder.', { path });
    throw refusal('unreadable', `That file could not be read (${code ?? 'unknown error'}).`, { path });
  }
  const kind = kindOf(stats);
  if (kind) refuseKind(kind, path);

  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a pipe since the stat, opening must not hang.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw refusal('unreadable', code === 'EACCES' || code === 'EPERM' ? 'You do not have permission to read that file.' : `That file could not be read (${code ?? 'unknown error'}).`, { path });
  }
  const bytes = Buffer.alloc(100);
  let read = 0;
  let size = 0;
  try {
    const opened = fstatSync(fd);
    const openedKind = kindOf(opened);
    if (openedKind) refuseKind(openedKind, path);
    size = opened.size;
    read = readSync(fd, bytes, 0, 100, 0);
  } finally {
    closeSync(fd);
  }

  const header = parseHeader(bytes.subarray(0, read));
  if (!header) throw refusal('not-sqlite', 'This file is not an ISMS Workbench workspace.', { path });
  // With frames in a -wal, the header on disk may be older than the database; SQLite checks after recovery.
  if (!walHasFrames) checkIdentity(header.applicationId, header.userVersion, appVersion, path);
  if (!walHasFrames) {
    const wholePages = size % header.pageSize === 0;
    const tooShort = header.pageCount !== null && size < header.pageCount * header.pageSize;
    if (!wholePages || tooShort) {
      throw refusal('truncated', 'This workspace file is cut short (it was not copied or saved completely). Use a backup copy.', {
        path,
        size,
        expected: header.pageCount === null ? undefined : header.pageCount * header.pageSize,
      });
    }
  }
  // The mode bits count too: a file marked read-only is respected even by an administrator.
  let writable = (stats.mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) {
    throw refusal('read-only', 'This workspace file is read-only. Make it writable (or copy it somewhere you can write) and open it again.', { path });
  }
  return header;
}

/** The application id and schema version, from the header or (after WAL recovery) from SQLite. */
export function checkIdentity(applicationId: number, userVersion: number, appVersion: number, path: string) {
  if (applicationId !== APPLICATION_ID) {
    throw refusal('foreign-database', 'This is a database, but not an ISMS Workbench workspace.', { path });
  }
  if (userVersion > appVersion) {
    throw refusal(
      'newer-version',
      `This workspace was saved by a newer version of ISMS Workbench (schema ${userVersion}; this version knows ${appVersion}). Update the app to open it.`,
      { path, fileVersion: userVersion, appVersion },
    );
  }
  if (userVersion < 1) {
    throw refusal('not-initialised', 'This workspace was never completed (it has no schema version). It may be left over from a failed create.', { path, fileVersion: userVersion });
  }
}

/** Size of a companion file (-wal), 0 when there is none. */
export function sizeIf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
