import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { createWorkspace, openWorkspace, workspaceInfo, updateWorkspaceMeta, saveCopy } from '../../electron/core/services/workspace';
import { APPLICATION_ID } from '../../electron/core/db/open';
import { tempDir, testEnv } from '../utils/platform';

const meta = { organisation: 'Acme Ltd', sector: 'Manufacturing' as const, engagement: 'ISO 27001 2026', consultant: 'Dana' };

function expectCode(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return err as AppError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe('workspace files', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('creates a marked, migrated WAL workspace with stamped metadata and opens it again', () => {
    const ws = createWorkspace(join(dir, 'acme'), meta, testEnv());
    expect(ws.path).toBe(join(dir, 'acme.isms'));
    expect(ws.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const info = workspaceInfo(ws);
    expect(info).toMatchObject({ organisation: 'Acme Ltd', sector: 'Manufacturing', engagement: 'ISO 27001 2026', createdAt: '2026-11-29T10:00:00.000Z' });
    expect(info.schemaVersion).toBe(info.appSchemaVersion);
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    ws.close();

    const again = openWorkspace(join(dir, 'acme.isms'), testEnv());
    expect(workspaceInfo(again).organisation).toBe('Acme Ltd');
    const changed = updateWorkspaceMeta(again, { ...meta, organisation: 'Acme Group' });
    expect(changed.organisation).toBe('Acme Group');
    again.close();
  });

  it('refuses to create over an existing file', () => {
    writeFileSync(join(dir, 'taken.isms'), 'x');
    expectCode(() => createWorkspace(join(dir, 'taken.isms'), meta, testEnv()), 'CONFLICT');
    expect(readFileSync(join(dir, 'taken.isms'), 'utf8')).toBe('x');
  });

  it('refuses a file that is not SQLite and leaves it byte for byte as it was', () => {
    const path = join(dir, 'notes.isms');
    writeFileSync(path, 'just some text, not a database');
    const before = readFileSync(path);
    const err = expectCode(() => openWorkspace(path, testEnv()), 'UNSUPPORTED_FILE');
    expect(err.message).toMatch(/not an ISMS Workbench workspace/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('refuses a SQLite database of another application and changes nothing in it', () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('create table t (x); insert into t values (1);');
    other.close();
    const before = readFileSync(path);
    expectCode(() => openWorkspace(path, testEnv()), 'UNSUPPORTED_FILE');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('refuses a workspace from a newer version and changes nothing in it', () => {
    const ws = createWorkspace(join(dir, 'future'), meta, testEnv());
    ws.sqlite.pragma('user_version = 999');
    ws.close();
    const before = readFileSync(join(dir, 'future.isms'));
    const err = expectCode(() => openWorkspace(join(dir, 'future.isms'), testEnv()), 'UNSUPPORTED_FILE');
    expect(err.message).toMatch(/newer version/);
    expect(err.details).toMatchObject({ fileVersion: 999 });
    expect(readFileSync(join(dir, 'future.isms')).equals(before)).toBe(true);
  });

  it('refuses a missing file with NOT_FOUND', () => {
    expectCode(() => openWorkspace(join(dir, 'nope.isms'), testEnv()), 'NOT_FOUND');
  });

  it('refuses a second open in the same process', () => {
    const ws = createWorkspace(join(dir, 'one'), meta, testEnv());
    expectCode(() => openWorkspace(ws.path, testEnv()), 'WORKSPACE_LOCKED');
    ws.close();
    openWorkspace(ws.path, testEnv()).close();
  });

  it('refuses a workspace held open by another process, and opens it once that process has ended', async () => {
    const ws = createWorkspace(join(dir, 'shared'), meta, testEnv());
    ws.close();
    // Another instance: a child process that opens the workspace and waits.
    const script = `
      import { openWorkspace } from ${JSON.stringify(join(__dirname, '../../electron/core/services/workspace.ts'))};
      const ws = openWorkspace(${JSON.stringify(ws.path)}, { migrationsFolder: ${JSON.stringify(testEnv().migrationsFolder)}, actor: 'other', now: () => new Date() });
      console.log('open');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    const err = expectCode(() => openWorkspace(ws.path, testEnv()), 'WORKSPACE_LOCKED');
    expect(err.details).toMatchObject({ pid: child.pid });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    // The killed process left its lock behind; it is stale and taken over.
    expect(existsSync(`${ws.path}.lock`)).toBe(true);
    openWorkspace(ws.path, testEnv()).close();
  });

  it('saves a consistent copy that opens as a workspace', async () => {
    const ws = createWorkspace(join(dir, 'src'), meta, testEnv());
    const copy = await saveCopy(ws, join(dir, 'copy'));
    ws.close();
    const opened = openWorkspace(copy, testEnv());
    expect(workspaceInfo(opened).organisation).toBe('Acme Ltd');
    opened.close();
  });
});
