import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { createWorkspace, openWorkspace } from '../../electron/core/services/workspace';
import { write } from '../../electron/core/db/write';
import { people } from '../../electron/core/db/schema';
import { MIGRATIONS, tempDir, testEnv } from '../utils/platform';

/**
 * Hostile and damaged files (issue 10, item 2 and 11): each is refused with a typed error naming
 * what is wrong, and left byte for byte as it was with nothing new beside it.
 */
let dir: string;
let cleanup: () => void;
let good: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('isms-probe-'));
  const ws = createWorkspace(join(dir, 'good'), { organisation: 'Probe Ltd', sector: 'Other', engagement: '', consultant: '' }, testEnv());
  write(ws, (w) => {
    for (let i = 0; i < 200; i++) w.insert(people, { name: `Person ${i}`, email: `p${i}@example.org`, jobTitle: 'Analyst', unitId: null } as never);
  });
  good = ws.path;
  ws.close();
});
afterAll(() => cleanup());

let n = 0;
/** A fresh copy of the good workspace in its own folder, changed by `tamper` with plain SQLite or bytes. */
function hostile(tamper: (path: string) => void): string {
  const folder = join(dir, `case-${++n}`);
  mkdirSync(folder);
  const path = join(folder, 'client.isms');
  copyFileSync(good, path);
  tamper(path);
  return path;
}

function withSqlite(path: string, sql: (db: Database.Database) => void) {
  const db = new Database(path);
  try {
    sql(db);
  } finally {
    db.close();
  }
}

function refusedUntouched(path: string, code: string, reason: string): AppError {
  const folder = join(path, '..');
  const listing = readdirSync(folder).sort();
  const bytes = readFileSync(path);
  let caught: unknown;
  try {
    openWorkspace(path, testEnv()).close();
  } catch (err) {
    caught = err;
  }
  expect(caught, 'the file was accepted').toBeInstanceOf(AppError);
  const err = caught as AppError;
  expect({ code: err.code, reason: (err.details as { reason?: string }).reason }, err.message).toEqual({ code, reason });
  expect(readFileSync(path).equals(bytes), 'the file was changed').toBe(true);
  expect(readdirSync(folder).sort(), 'files were left beside it').toEqual(listing);
  return err;
}

describe('opening a file that is not a sound workspace', () => {
  it('refuses a file cut short in the middle of a page', () => {
    const path = hostile((p) => truncateSync(p, statSync(p).size - 1000));
    expect(refusedUntouched(path, 'UNSUPPORTED_FILE', 'truncated').message).toMatch(/cut short/);
  });

  it('refuses a file missing whole pages at its end', () => {
    const path = hostile((p) => truncateSync(p, statSync(p).size - 2 * 4096));
    refusedUntouched(path, 'UNSUPPORTED_FILE', 'truncated');
  });

  it('refuses a file with damaged pages inside (quick_check)', () => {
    const path = hostile((p) => {
      const size = statSync(p).size;
      const fd = openSync(p, 'r+');
      // Scribble over the middle of the file, well past the schema on page 1.
      writeSync(fd, Buffer.alloc(3 * 4096, 0x5a), 0, 3 * 4096, Math.floor(size / 2 / 4096) * 4096);
      closeSync(fd);
    });
    refusedUntouched(path, 'UNSUPPORTED_FILE', 'damaged');
  });

  it('refuses a dropped table, a dropped column and a dropped change log', () => {
    refusedUntouched(hostile((p) => withSqlite(p, (db) => db.exec('PRAGMA foreign_keys=OFF; DROP TABLE policy_acknowledgements'))), 'UNSUPPORTED_FILE', 'schema-mismatch');
    const column = refusedUntouched(hostile((p) => withSqlite(p, (db) => db.exec('ALTER TABLE people DROP COLUMN job_title'))), 'UNSUPPORTED_FILE', 'schema-mismatch');
    expect(column.message).toMatch(/table "people" has been changed/);
    const log = refusedUntouched(hostile((p) => withSqlite(p, (db) => db.exec('DROP TABLE change_log'))), 'UNSUPPORTED_FILE', 'schema-mismatch');
    expect(log.message).toMatch(/table "change_log" is missing/);
  });

  it('refuses a planted trigger or view', () => {
    const trigger = refusedUntouched(
      hostile((p) => withSqlite(p, (db) => db.exec('CREATE TRIGGER tidy AFTER INSERT ON change_log BEGIN DELETE FROM change_log; END'))),
      'UNSUPPORTED_FILE',
      'foreign-object',
    );
    expect(trigger.message).toMatch(/trigger "tidy"/);
    refusedUntouched(hostile((p) => withSqlite(p, (db) => db.exec('CREATE VIEW everyone AS SELECT * FROM people'))), 'UNSUPPORTED_FILE', 'foreign-object');
  });

  it('refuses a lowered schema version and an unset one', () => {
    const lowered = refusedUntouched(hostile((p) => withSqlite(p, (db) => db.pragma('user_version = 2'))), 'UNSUPPORTED_FILE', 'version-mismatch');
    expect(lowered.message).toMatch(/says it is schema 2/);
    refusedUntouched(hostile((p) => withSqlite(p, (db) => db.pragma('user_version = 0'))), 'UNSUPPORTED_FILE', 'not-initialised');
  });

  it('refuses a workspace without its organisation record', () => {
    const err = refusedUntouched(hostile((p) => withSqlite(p, (db) => db.exec('DELETE FROM workspace_meta'))), 'UNSUPPORTED_FILE', 'missing-metadata');
    expect(err.message).toMatch(/no organisation record/);
  });

  it('refuses a read-only file, a folder and a FIFO', () => {
    const readOnly = hostile((p) => chmodSync(p, 0o444));
    expect(refusedUntouched(readOnly, 'IO', 'read-only').message).toMatch(/read-only/);
    const folder = join(dir, 'a-folder.isms');
    mkdirSync(folder);
    expect(() => openWorkspace(folder, testEnv())).toThrow(/folder/);
    const fifo = join(dir, 'pipe.isms');
    execFileSync('mkfifo', [fifo]);
    let err: unknown;
    try {
      openWorkspace(fifo, testEnv());
    } catch (e) {
      err = e;
    }
    expect((err as AppError).details).toMatchObject({ reason: 'not-a-regular-file' });
    expect((err as AppError).message).toMatch(/not an ordinary file/);
  });

  it('refuses an unreadable (0000) file and a file another user cannot write, as that user', () => {
    const path = hostile((p) => chmodSync(p, 0o000));
    if (process.getuid?.() !== 0) {
      refusedUntouched(path, 'IO', 'unreadable');
      return;
    }
    // As root every file is readable, so ask as an ordinary user, in a child process running the same code.
    chmodSync(dir, 0o755);
    for (const f of readdirSync(dir)) if (f.startsWith('case-')) chmodSync(join(dir, f), 0o755);
    const writableByRootOnly = hostile((p) => chmodSync(p, 0o644));
    const script = `
      import { openWorkspace } from ${JSON.stringify(join(__dirname, '../../electron/core/services/workspace.ts'))};
      for (const path of process.argv.slice(1)) {
        try { openWorkspace(path, { migrationsFolder: ${JSON.stringify(MIGRATIONS)}, actor: 'x', now: () => new Date() }); console.log('opened'); }
        catch (e) { console.log(JSON.stringify({ code: e.code, reason: e.details?.reason })); }
      }`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path, writableByRootOnly], { uid: 65534, gid: 65534, encoding: 'utf8', timeout: 60_000 });
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines, run.stderr).toEqual([
      { code: 'IO', reason: 'unreadable' },
      { code: 'IO', reason: 'read-only' },
    ]);
    expect(readdirSync(join(writableByRootOnly, '..'))).toEqual(['client.isms']);
  });

  it('refuses plain text and another application\'s database', () => {
    refusedUntouched(hostile((p) => writeFileSync(p, 'not a database at all, just words'.repeat(10))), 'UNSUPPORTED_FILE', 'not-sqlite');
    refusedUntouched(hostile((p) => withSqlite(p, (db) => db.pragma('application_id = 42'))), 'UNSUPPORTED_FILE', 'foreign-database');
  });

  it('still opens the untouched workspace, and a probe that passes changes nothing either', () => {
    const path = hostile(() => {});
    const bytes = readFileSync(path);
    openWorkspace(path, testEnv()).close();
    expect(readdirSync(join(path, '..'))).toEqual(['client.isms']);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
