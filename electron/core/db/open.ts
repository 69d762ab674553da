import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import * as schema from './schema';
import { acquireLock, type WorkspaceLock } from './lock';
import { loadMigrations, migrate, schemaVersionOf } from './migrate';
import { applyKey, isPlainSqlite, mayBeEncrypted, passwordNeeded } from './cipher';

/** Marks a SQLite file as an ISMS Workbench workspace (PRAGMA application_id; "ISMS" in ASCII). */
export const APPLICATION_ID = 0x49534d53;
const SQLITE_MAGIC = 'SQLite format 3\0';

export type Db = BetterSQLite3Database<typeof schema>;

/** What the core needs from its host: where migrations are, who is acting, what time it is. */
export interface DbEnv {
  migrationsFolder: string;
  actor: string;
  now: () => Date;
  /** Native binding for better-sqlite3 (Electron needs its own ABI build). */
  nativeBinding?: string;
}

export interface Workspace {
  path: string;
  sqlite: Database.Database;
  db: Db;
  env: DbEnv;
  /** Counts committed writes; the dispatcher uses it to tell the renderer that data changed. */
  revision: number;
  /** Whether the file is encrypted (db/cipher.ts); changes with workspace.setPassword. The password itself is never kept. */
  encrypted: boolean;
  close(): void;
}

/** Options for opening or creating an encrypted workspace; absent for a plain one. */
export interface KeyOptions {
  password?: string;
}

function connect(path: string, env: DbEnv, options: Database.Options = {}, key: KeyOptions = {}): Database.Database {
  const sqlite = new Database(path, { ...options, nativeBinding: env.nativeBinding });
  if (key.password === undefined) return sqlite;
  try {
    applyKey(sqlite, key.password);
    return sqlite;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

function applyPragmas(sqlite: Database.Database) {
  // Deleted rows are overwritten, not left readable in free pages (issue 10, item 9).
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
}

function wrap(path: string, sqlite: Database.Database, env: DbEnv, lock: WorkspaceLock, encrypted: boolean): Workspace {
  let closed = false;
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    env,
    revision: 0,
    encrypted,
    close() {
      if (closed) return;
      closed = true;
      try {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        sqlite.close();
        lock.release();
      }
    },
  };
}

function unsupported(message: string, details?: unknown): AppError {
  return new AppError('UNSUPPORTED_FILE', message, details);
}

/** Reads the first bytes without opening SQLite, so a foreign file is refused untouched. */
function assertSqliteFile(path: string, key: KeyOptions) {
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `There is no file at ${path}.`, { path });
  if (!statSync(path).isFile()) throw unsupported('That is a folder, not a workspace file.', { path });
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  let read = 0;
  try {
    read = readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 16 || header.toString('latin1') !== SQLITE_MAGIC) {
    // An encrypted workspace has no readable header: with a password SQLite decides, without one we ask.
    if (key.password !== undefined) return;
    if (mayBeEncrypted(path)) throw passwordNeeded(path);
    throw unsupported('This file is not an ISMS Workbench workspace.', { path });
  }
}

/** Opens read-only to check the application id and the schema version before anything may write. */
function probe(path: string, env: DbEnv, appVersion: number, key: KeyOptions): { version: number } {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = connect(path, env, { readonly: true, fileMustExist: true }, key);
    const appId = sqlite.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw unsupported('This is a database, but not an ISMS Workbench workspace.', { path });
    const version = schemaVersionOf(sqlite);
    if (version > appVersion) {
      throw unsupported(
        `This workspace was saved by a newer version of ISMS Workbench (schema ${version}; this version knows ${appVersion}). Update the app to open it.`,
        { path, fileVersion: version, appVersion },
      );
    }
    return { version };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unsupported('This file is not an ISMS Workbench workspace or it is damaged.', { path });
  } finally {
    sqlite?.close();
  }
}

/**
 * A copy before upgrading, so a failed or unwanted upgrade can be undone by hand. VACUUM INTO reads
 * through the connection, so changes still in the WAL (after a crash) are in the copy too.
 */
function backupBeforeUpgrade(sqlite: Database.Database, target: string) {
  rmSync(target, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(target);
}

export function openWorkspaceFile(path: string, env: DbEnv, given: KeyOptions = {}): Workspace {
  // A password offered for a file that is not encrypted is not needed (nor a reason to refuse it).
  const key = given.password !== undefined && existsSync(path) && statSync(path).isFile() && isPlainSqlite(path) ? {} : given;
  assertSqliteFile(path, key);
  const migrations = loadMigrations(env.migrationsFolder);
  const lock = acquireLock(path, env.now);
  try {
    const { version } = probe(path, env, migrations.length, key);
    const sqlite = connect(path, env, { fileMustExist: true }, key);
    try {
      applyPragmas(sqlite);
      if (version < migrations.length) backupBeforeUpgrade(sqlite, `${path}.v${version}.bak`);
      migrate(sqlite, migrations);
      return wrap(path, sqlite, env, lock, key.password !== undefined);
    } catch (err) {
      sqlite.close();
      throw err;
    }
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** Creates an empty, migrated workspace file. The caller stamps the metadata row through write(). */
export function createWorkspaceFile(path: string, env: DbEnv, options: { upTo?: number } & KeyOptions = {}): Workspace {
  if (existsSync(path)) throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name.`, { path });
  const migrations = loadMigrations(env.migrationsFolder);
  let sqlite: Database.Database | undefined;
  let lock: WorkspaceLock | undefined;
  try {
    lock = acquireLock(path, env.now);
    // Created readable by the owner only (issue 10, item 9); SQLite keeps the mode for -wal and -shm.
    closeSync(openSync(path, 'wx', 0o600));
    sqlite = connect(path, env, {}, options);
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    applyPragmas(sqlite);
    migrate(sqlite, migrations, options.upTo);
    return wrap(path, sqlite, env, lock, options.password !== undefined);
  } catch (err) {
    sqlite?.close();
    lock?.release();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    if (err instanceof AppError) throw err;
    throw new AppError('IO', `Could not create the workspace file: ${(err as Error).message}`, { path });
  }
}

export function appSchemaVersion(env: DbEnv): number {
  return loadMigrations(env.migrationsFolder).length;
}
