import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { createWorkspace, openWorkspace } from '../../electron/core/services/workspace';
import { write } from '../../electron/core/db/write';
import { people } from '../../electron/core/db/schema';
import { MIGRATIONS, tempDir, testEnv } from '../utils/platform';

/**
 * The file lock follows the file (issue 10, items 1 and 11): a second path to the same file is
 * refused, whoever asks; a lock file left by a crash, a full disk or a reused process id never
 * blocks; four processes racing for one file get exactly one holder.
 */
const meta = { organisation: 'Lock Ltd', sector: 'Other' as const, engagement: '', consultant: '' };
const WORKSPACE_MODULE = JSON.stringify(join(__dirname, '../../electron/core/services/workspace.ts'));

let dir: string;
let cleanup: () => void;
const children: ChildProcess[] = [];
beforeEach(() => ({ dir, cleanup } = tempDir('isms-lock-')));
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) {
    c.kill('SIGKILL');
    await new Promise((r) => c.once('exit', r));
  }
  cleanup();
});

function codeOf(fn: () => unknown): { code: string; details: Record<string, unknown> } | 'opened' {
  try {
    const ws = fn() as { close(): void };
    ws.close();
    return 'opened';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { code: err.code, details: (err.details ?? {}) as Record<string, unknown> };
  }
}

function makeWorkspace(name = 'client'): string {
  const ws = createWorkspace(join(dir, name), meta, testEnv());
  ws.close();
  return ws.path;
}

/** Another program: a child process that opens `path`, says what happened, and (if it opened) keeps it open. */
function otherProcess(path: string): { child: ChildProcess; result: Promise<string> } {
  const script = `
    import { openWorkspace } from ${WORKSPACE_MODULE};
    try {
      // Kept in a global: an unreferenced connection can be garbage-collected, which closes it and
      // gives the file lock back (on a loaded machine a later racer then opened it too).
      globalThis.held = openWorkspace(${JSON.stringify(path)}, { migrationsFolder: ${JSON.stringify(MIGRATIONS)}, actor: 'other', now: () => new Date() });
      console.log('RESULT opened');
      setInterval(() => {}, 1000);
    } catch (e) {
      console.log('RESULT ' + (e.code ?? e.message));
      process.exit(0);
    }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const result = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /RESULT (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before answering`)));
  });
  return { child, result };
}

describe('the file lock follows the file', () => {
  it('refuses the same file through a hard link or a symlink, in this process and in another', async () => {
    const path = makeWorkspace();
    const hard = join(dir, 'alias.isms');
    const soft = join(dir, 'soft.isms');
    linkSync(path, hard);
    symlinkSync(path, soft);
    const ws = openWorkspace(path, testEnv());
    expect(codeOf(() => openWorkspace(hard, testEnv()))).toMatchObject({ code: 'WORKSPACE_LOCKED' });
    expect(codeOf(() => openWorkspace(soft, testEnv()))).toMatchObject({ code: 'WORKSPACE_LOCKED' });
    expect(await otherProcess(hard).result).toBe('WORKSPACE_LOCKED');

    // Nobody can write behind the holder's back, not even with plain SQLite through the alias.
    const sneaky = new Database(hard, { timeout: 0 });
    expect(() => sneaky.prepare("UPDATE workspace_meta SET organisation = 'Hijacked'").run()).toThrow(/locked|busy/i);
    sneaky.close();

    write(ws, (w) => w.insert(people, { name: 'Still fine', email: '', jobTitle: '', unitId: null } as never));
    ws.close();
    const again = openWorkspace(hard, testEnv());
    expect(again.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    again.close();
  });

  it('refuses a program holding the file with who holds it, and the file opens as soon as that program is gone (even if killed)', async () => {
    const path = makeWorkspace();
    const other = otherProcess(path);
    expect(await other.result).toBe('opened');
    const refused = codeOf(() => openWorkspace(path, testEnv()));
    expect(refused).toMatchObject({ code: 'WORKSPACE_LOCKED', details: { reason: 'open-elsewhere', canTakeOver: false, pid: other.child.pid } });
    other.child.kill('SIGKILL');
    await new Promise((r) => other.child.once('exit', r));
    expect(existsSync(`${path}.lock`)).toBe(true);
    expect(codeOf(() => openWorkspace(path, testEnv()))).toBe('opened');
  }, 120_000);
});

describe('lock files left behind never block', () => {
  const leftovers: Array<[string, (host: string) => string]> = [
    ['an empty lock file (a full disk)', () => ''],
    ['a garbled lock file', () => '{"pid": 12'],
    ['a lock naming a live process that does not hold the file (a reused process id)', (host) => JSON.stringify({ pid: 1, host, since: '2026-01-01T00:00:00Z', token: 'x' })],
    ['a lock of a process that has ended', (host) => JSON.stringify({ pid: 2 ** 22 + 17, host, since: '2026-01-01T00:00:00Z', token: 'x' })],
  ];
  for (const [label, content] of leftovers) {
    it(`opens despite ${label}, and replaces it with its own`, () => {
      const path = makeWorkspace();
      writeFileSync(`${path}.lock`, content(hostname()));
      const ws = openWorkspace(path, testEnv());
      expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
      ws.close();
      expect(existsSync(`${path}.lock`)).toBe(false);
    });
  }

  it('asks before taking over another computer\'s lock, and takes it over when told to', () => {
    const path = makeWorkspace();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 4242, host: 'laptop-of-someone-else', since: '2026-11-01T09:00:00Z', token: 'x' }));
    const refused = codeOf(() => openWorkspace(path, testEnv()));
    expect(refused).toMatchObject({ code: 'WORKSPACE_LOCKED', details: { reason: 'other-computer', canTakeOver: true, host: 'laptop-of-someone-else' } });
    // Refused: nothing left beside the file but the other computer's lock.
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(codeOf(() => openWorkspace(path, testEnv(), { takeOver: true }))).toBe('opened');
  });

  it('gives one holder when four processes race for a file with a stale lock', async () => {
    for (let trial = 0; trial < 2; trial++) {
      const path = makeWorkspace(`race-${trial}`);
      writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 99, host: hostname(), since: '2026-01-01T00:00:00Z', token: 'dead' }));
      const racers = Array.from({ length: 4 }, () => otherProcess(path));
      const results = await Promise.all(racers.map((r) => r.result));
      expect(results.filter((r) => r === 'opened'), results.join(', ')).toHaveLength(1);
      expect(results.filter((r) => r === 'WORKSPACE_LOCKED')).toHaveLength(3);
      for (const r of racers) r.child.kill('SIGKILL');
    }
  }, 180_000);
});
