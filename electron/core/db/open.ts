import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import * as schema from './schema';
import { assertNotHeldHere, lockDatabase, type WorkspaceLock } from './lock';
import { loadMigrations, migrate, schemaVersionOf } from './migrate';
import { APPLICATION_ID, checkIdentity, checkWorkspaceFile, refusal, sizeIf } from './fileCheck';
import { probeSchema } from './probe';
import { backupBeforeUpgrade } from './upgradeBackup';
import { applyKey, isPlainSqlite, makeVerifier, mayBeEncrypted, passwordNeeded, type PasswordVerifier } from './cipher';

export { APPLICATION_ID } from './fileCheck';

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
  /**
   * Set when the file is encrypted (db/cipher.ts); changes with workspace.setPassword. Holds a
   * salted scrypt hash to check the current password against, in memory only; never the password.
   */
  cipher: PasswordVerifier | null;
  /** Closes the file; every step is attempted, the first failure is thrown afterwards (the lock is always given back). */
  close(): void;
}

/** Options for opening or creating an encrypted workspace; absent for a plain one. */
export interface KeyOptions {
  password?: string;
}

export interface OpenOptions extends KeyOptions {
  /** Open even though another computer's lock file is beside it (the user chose "open anyway"). */
  takeOver?: boolean;
}

/** SQLite's companion files, which follow the path they were opened by. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/** A connection; with a password the key is set and checked before anything else reads (db/cipher.ts). */
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

/**
 * The file checks, except that an encrypted file has no readable header: with a password SQLite
 * decides when the key is set; without one, a file shaped like an encrypted workspace asks for it.
 */
function checkFile(path: string, appVersion: number, walHasFrames: boolean, key: KeyOptions) {
  try {
    checkWorkspaceFile(path, appVersion, walHasFrames);
  } catch (err) {
    const notSqlite = err instanceof AppError && (err.details as { reason?: string } | undefined)?.reason === 'not-sqlite';
    if (!notSqlite) throw err;
    if (key.password !== undefined) return;
    if (mayBeEncrypted(path)) throw passwordNeeded(path);
    throw err;
  }
}

/**
 * WAL with synchronous=FULL: every commit is on disk before the call answers, so an acknowledged
 * write survives a power cut (issue 10, item 5; the cost is measured in `npm run bench`).
 */
function applyPragmas(sqlite: Database.Database) {
  // Deleted rows are overwritten, not left readable in free pages (issue 10, item 9).
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

function wrap(path: string, sqlite: Database.Database, env: DbEnv, lock: WorkspaceLock, key: KeyOptions): Workspace {
  let closed = false;
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    env,
    revision: 0,
    cipher: key.password === undefined ? null : makeVerifier(key.password),
    close() {
      if (closed) return;
      closed = true;
      let first: unknown;
      const attempt = (step: () => void) => {
        try {
          step();
        } catch (err) {
          first ??= err;
        }
      };
      attempt(() => sqlite.pragma('wal_checkpoint(TRUNCATE)'));
      attempt(() => lock.release());
      attempt(() => sqlite.close());
      if (first !== undefined) throw first;
    },
  };
}

function closeQuietly(sqlite: Database.Database | undefined) {
  try {
    sqlite?.close();
  } catch {
    // Already failing; the original error is the one to report.
  }
}

/** Removes companion files that this attempt created and left empty, so a refusal leaves nothing beside the file. */
function removeNewCompanions(path: string, before: Set<string>) {
  for (const suffix of COMPANIONS) {
    const file = `${path}${suffix}`;
    if (!before.has(suffix) && existsSync(file) && sizeIf(file) === 0) rmSync(file, { force: true });
  }
}

/** SQLite's own refusals while probing, in the contract's words. */
function openError(err: unknown, path: string): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown })?.code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_INDEX') {
    return refusal('damaged', 'This workspace file is damaged (SQLite could not read it). Use a backup copy.', { path });
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return refusal('read-only', 'This workspace file (or its folder) cannot be written. Make it writable, or copy it somewhere you can write.', { path });
  }
  if (code === 'SQLITE_FULL') return new AppError('IO', 'The disk is full. Free some space and open the workspace again.', { path });
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) return new AppError('IO', 'The workspace file could not be read or written.', { path });
  return err;
}

/**
 * Opens an existing workspace: file checks, the file lock, then the read-only probe on the locked
 * connection; only a file that passes is switched to WAL, backed up and migrated (issue 10, item 2).
 */
export function openWorkspaceFile(path: string, env: DbEnv, options: OpenOptions = {}): Workspace {
  assertNotHeldHere(path);
  const migrations = loadMigrations(env.migrationsFolder);
  const before = new Set(COMPANIONS.filter((s) => existsSync(`${path}${s}`)));
  // A password offered for a file that is not encrypted is not needed (nor a reason to refuse it).
  const key: KeyOptions = options.password !== undefined && sizeIf(path) > 0 && isPlainSqlite(path) ? {} : { password: options.password };
  checkFile(path, migrations.length, sizeIf(`${path}-wal`) > 0, key);
  let sqlite: Database.Database | undefined;
  let lock: WorkspaceLock | undefined;
  try {
    sqlite = connect(path, env, { fileMustExist: true }, key);
    lock = lockDatabase(sqlite, path, env.now, options);
    // After recovering a -wal left by a crash the version may differ from the header's.
    const version = schemaVersionOf(sqlite);
    checkIdentity(sqlite.pragma('application_id', { simple: true }) as number, version, migrations.length, path);
    probeSchema(sqlite, migrations, version, path, env.nativeBinding);
    applyPragmas(sqlite);
    if (version < migrations.length) backupBeforeUpgrade(sqlite, `${path}.v${version}.bak`, version, env.nativeBinding, key.password);
    migrate(sqlite, migrations);
    return wrap(path, sqlite, env, lock, key);
  } catch (err) {
    try {
      lock?.release();
    } catch {
      // The lock file is informational; the file lock itself goes with the connection.
    }
    closeQuietly(sqlite);
    removeNewCompanions(path, before);
    throw openError(err, path);
  }
}

/** Creates an empty, migrated workspace file. The caller stamps the metadata row through write(). */
export function createWorkspaceFile(path: string, env: DbEnv, options: { upTo?: number } & KeyOptions = {}): Workspace {
  const migrations = loadMigrations(env.migrationsFolder);
  try {
    // 'wx' creates the file only if nothing is there, so two creators cannot share one file.
    closeSync(openSync(path, 'wx', 0o600));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name.`, { path });
    throw new AppError('IO', `Could not create the workspace file (${code ?? 'unknown error'}).`, { path });
  }
  let sqlite: Database.Database | undefined;
  let lock: WorkspaceLock | undefined;
  try {
    sqlite = connect(path, env, {}, options);
    lock = lockDatabase(sqlite, path, env.now);
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    applyPragmas(sqlite);
    migrate(sqlite, migrations, options.upTo);
    return wrap(path, sqlite, env, lock, options);
  } catch (err) {
    try {
      lock?.release();
    } catch {
      // See openWorkspaceFile.
    }
    closeQuietly(sqlite);
    for (const suffix of ['', ...COMPANIONS]) rmSync(`${path}${suffix}`, { force: true });
    if (err instanceof AppError) throw err;
    throw new AppError('IO', `Could not create the workspace file: ${(err as Error).message}`, { path });
  }
}

export function appSchemaVersion(env: DbEnv): number {
  return loadMigrations(env.migrationsFolder).length;
}
