import { afterEach, describe, expect, it } from 'vitest';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { expectError, harness, type Harness } from './helpers';

/**
 * A session that survives failures (issue 10, items 3 and 11): a workspace that cannot be closed
 * cleanly never stops the next one from opening, a refused open leaks no lock or connection, and a
 * full disk gives clear errors and no lock that blocks later.
 */
let h: Harness | undefined;
afterEach(() => {
  h?.cleanup();
  h = undefined;
});

const person = { name: 'Pat', email: '', jobTitle: '', unitId: null };

describe('switching workspaces', () => {
  it('opens the next workspace when closing the current one fails, and says so', async () => {
    h = harness();
    const first = join(h.dir, 'first.isms');
    const second = join(h.dir, 'second.isms');
    await h.client.call('workspace.create', { organisation: 'First', path: first });
    await h.client.call('workspace.close', {});
    await h.client.call('workspace.create', { organisation: 'Second', path: second });

    // Closing the current workspace fails after its file was let go (as a checkpoint on a full disk would).
    const current = h.client.session.current!;
    const realClose = current.close.bind(current);
    current.close = () => {
      realClose();
      throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
    };
    const opened = await h.client.call('workspace.open', { path: first });
    expect(opened.info?.organisation).toBe('First');
    expect(opened.warning).toMatch(/did not close cleanly/);
    expect((await h.client.call('workspace.info', {}))?.organisation).toBe('First');
    expect(await h.client.call('people.create', person)).toMatchObject({ name: 'Pat' });

    // The one that failed to close is not held: it opens again at once.
    expect((await h.client.call('workspace.open', { path: second })).info?.organisation).toBe('Second');
  });

  it('reports a failed close of the only workspace and leaves the app with none open, ready for the next', async () => {
    h = harness();
    await h.client.call('workspace.create', { organisation: 'Only', path: join(h.dir, 'only.isms') });
    const current = h.client.session.current!;
    const realClose = current.close.bind(current);
    current.close = () => {
      realClose();
      throw new Error('checkpoint failed');
    };
    const closed = await h.client.call('workspace.close', {});
    expect(closed).toMatchObject({ closed: true, warning: expect.stringMatching(/did not close cleanly/) });
    expectError(await h.client.raw('people.list', {}), 'NO_WORKSPACE');
    expect((await h.client.call('workspace.open', { path: join(h.dir, 'only.isms') })).opened).toBe(true);
  });

  it('keeps the current workspace when another is refused, and the refused file holds no lock afterwards', async () => {
    h = harness();
    const good = join(h.dir, 'good.isms');
    const bad = join(h.dir, 'bad.isms');
    await h.client.call('workspace.create', { organisation: 'Bad', path: bad });
    await h.client.call('workspace.close', {});
    const plain = new Database(bad);
    plain.exec('CREATE TRIGGER planted AFTER INSERT ON people BEGIN DELETE FROM change_log; END');
    plain.close();
    await h.client.call('workspace.create', { organisation: 'Good', path: good });

    expect(expectError(await h.client.raw('workspace.open', { path: bad }), 'UNSUPPORTED_FILE').details).toMatchObject({ reason: 'foreign-object' });
    expect((await h.client.call('workspace.info', {}))?.organisation).toBe('Good');
    expect(readdirSync(h.dir).filter((f) => f.startsWith('bad.isms'))).toEqual(['bad.isms']);

    // Neither this process nor SQLite kept the refused file: it can be repaired and opened at once.
    const repair = new Database(bad, { timeout: 0 });
    repair.exec('DROP TRIGGER planted');
    repair.close();
    expect((await h.client.call('workspace.open', { path: bad })).info?.organisation).toBe('Bad');
  });

  it('refuses a second open of the same file through another name without disturbing the open one', async () => {
    h = harness();
    const path = join(h.dir, 'one.isms');
    await h.client.call('workspace.create', { organisation: 'One', path });
    const other = harness();
    try {
      expectError(await other.client.raw('workspace.open', { path: `${h.dir}/./one.isms` }), 'WORKSPACE_LOCKED');
    } finally {
      other.cleanup();
    }
    expect(await h.client.call('people.create', person)).toMatchObject({ name: 'Pat' });
  });
});

/** A small tmpfs, where this machine lets us mount one (root in a container usually can). */
function smallDisk(dir: string, size: string): string | null {
  const mount = join(dir, 'disk');
  mkdirSync(mount);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mount], { stdio: 'ignore' });
    return mount;
  } catch {
    return null;
  }
}

function fill(folder: string): string {
  const filler = join(folder, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: full.
  }
  try {
    for (;;) writeSync(fd, chunk, 0, 512);
  } catch {
    // Completely full.
  }
  closeSync(fd);
  return filler;
}

describe('a full disk', () => {
  it('gives clear errors, keeps acknowledged work, never leaves a lock that blocks', async (ctx) => {
    h = harness();
    const disk = smallDisk(h.dir, '6m');
    if (!disk) return ctx.skip();
    try {
      const path = join(disk, 'full.isms');
      await h.client.call('workspace.create', { organisation: 'Full Disk Ltd', path });
      const kept = await h.client.call('people.create', person);
      const filler = fill(disk);

      const big = { ...person, name: 'x'.repeat(150), jobTitle: 'y'.repeat(150) };
      let refused = 0;
      for (let i = 0; i < 200 && refused === 0; i++) {
        const res = await h.client.raw('people.create', big);
        if (!res.ok) {
          expect(res.error.code).toBe('IO');
          expect(res.error.message).toMatch(/disk is full/);
          refused++;
        }
      }
      expect(refused).toBe(1);
      // Closing may not finish cleanly on a full disk; it is reported, not fatal.
      await h.client.call('workspace.close', {});
      // No empty or stale lock stops the reopen, even while the disk is still full.
      if (existsSync(`${path}.lock`)) expect(statSync(`${path}.lock`).size).toBeGreaterThan(0);
      const reopened = await h.client.call('workspace.open', { path });
      expect(reopened.opened).toBe(true);
      expect((await h.client.call('people.get', { id: kept.id })).name).toBe('Pat');

      rmSync(filler);
      expect(await h.client.call('people.create', { ...person, name: 'After' })).toMatchObject({ name: 'After' });
      await h.client.call('workspace.close', {});
      expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    } finally {
      h.client.close();
      execFileSync('umount', ['-l', disk]);
    }
  });
});
