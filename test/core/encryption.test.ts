import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lockIfIdle } from '../../electron/core/autoLock';
import { expectError, harness, type Harness } from './helpers';

const PASSWORD = "correct horse 'battery' staple";
const SECRET = 'Zanzibar-Merger-Plan';

let h: Harness;
let path: string;
beforeEach(() => {
  h = harness();
  path = join(h.dir, 'secret.isms');
});
afterEach(() => h.cleanup());

const bytes = () => readFileSync(path);
const companions = () => readdirSync(h.dir).filter((f) => f.startsWith('secret.isms') && f !== 'secret.isms' && !f.endsWith('.lock'));
const createEncrypted = async () => {
  await h.client.call('workspace.create', { organisation: `${SECRET} Ltd`, path, password: PASSWORD });
  await h.client.call('context.create', { title: SECRET, kind: 'external', category: 'economic', swot: 'threat' });
};
const close = () => h.client.call('workspace.close', {});
const isPlainSqlite = (b: Buffer) => b.subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

describe('encryption at rest', () => {
  it('a workspace created with a password is encrypted through and through, 0600, with secure_delete on', async () => {
    await createEncrypted();
    expect((await h.client.call('workspace.info', {}))!.encrypted).toBe(true);
    expect(h.sqlite().pragma('secure_delete', { simple: true })).toBe(1);
    await close();
    const file = bytes();
    expect(isPlainSqlite(file)).toBe(false);
    expect(file.includes(SECRET)).toBe(false);
    expect(file.includes(PASSWORD)).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // The password is not kept anywhere on disk.
    for (const f of readdirSync(h.dir, { recursive: true }) as string[]) {
      const p = join(h.dir, f);
      if (statSync(p).isFile()) expect(readFileSync(p).includes(PASSWORD), f).toBe(false);
    }
  });

  it('opening without the password asks for it; a wrong one is refused and leaves the file byte-identical', async () => {
    await createEncrypted();
    await close();
    const before = bytes();

    const needed = expectError(await h.client.raw('workspace.open', { path }), 'WRONG_PASSWORD');
    expect(needed.details).toMatchObject({ reason: 'required' });
    expect(await h.client.call('workspace.lockState', {})).toMatchObject({ locked: true, path });

    const wrong = expectError(await h.client.raw('workspace.unlock', { password: 'not it at all' }), 'WRONG_PASSWORD');
    expect(wrong.details).toMatchObject({ reason: 'wrong' });
    expect(wrong.message).not.toContain('not it at all');
    expectError(await h.client.raw('workspace.open', { path, password: 'x' }), 'WRONG_PASSWORD');
    expect(bytes().equals(before)).toBe(true);
    expect(companions()).toEqual([]);
    expect(await h.client.call('workspace.info', {})).toBeNull();

    expect(await h.client.call('workspace.unlock', { password: PASSWORD })).toMatchObject({ opened: true, info: { organisation: `${SECRET} Ltd`, encrypted: true } });
    expect((await h.client.call('context.list', {})).items.map((i) => i.title)).toEqual([SECRET]);
    expect(await h.client.call('workspace.lockState', {})).toMatchObject({ locked: false, path: null });
  });

  it('adds a password to a plain workspace, changes it (current one required), and removes it', async () => {
    await h.client.call('workspace.create', { organisation: 'Plain Co', path });
    await h.client.call('context.create', { title: SECRET, kind: 'external', category: 'economic', swot: 'threat' });
    expectError(await h.client.raw('workspace.setPassword', { newPassword: null }), 'CONFLICT');
    expectError(await h.client.raw('workspace.setPassword', { newPassword: 'short' }), 'VALIDATION');

    expect(await h.client.call('workspace.setPassword', { newPassword: PASSWORD })).toMatchObject({ encrypted: true });
    await close();
    expect(isPlainSqlite(bytes())).toBe(false);
    expect(bytes().includes(SECRET)).toBe(false);

    await h.client.call('workspace.open', { path, password: PASSWORD });
    expectError(await h.client.raw('workspace.setPassword', { newPassword: 'another password' }), 'WRONG_PASSWORD');
    expectError(await h.client.raw('workspace.setPassword', { currentPassword: 'guess guess', newPassword: 'another password' }), 'WRONG_PASSWORD');
    await h.client.call('workspace.setPassword', { currentPassword: PASSWORD, newPassword: 'another password' });
    await h.client.call('context.create', { title: 'After rekey', kind: 'internal', category: 'culture', swot: 'strength' });
    await close();
    expectError(await h.client.raw('workspace.open', { path, password: PASSWORD }), 'WRONG_PASSWORD');
    await h.client.call('workspace.open', { path, password: 'another password' });
    expect((await h.client.call('context.list', {})).total).toBe(2);

    expect(await h.client.call('workspace.setPassword', { currentPassword: 'another password', newPassword: null })).toMatchObject({ encrypted: false });
    await close();
    expect(isPlainSqlite(bytes())).toBe(true);
    await h.client.call('workspace.open', { path });
    expect((await h.client.call('context.list', {})).total).toBe(2);
    expect((await h.client.call('trail.verify', {})).ok).toBe(true);
  });

  it('locks itself after the configured idle time and asks again; polling does not count as use', async () => {
    await createEncrypted();
    expect(await h.client.call('workspace.setAutoLock', { minutes: 5 })).toEqual({ minutes: 5 });
    expectError(await h.client.raw('workspace.setAutoLock', { minutes: -1 }), 'VALIDATION');
    const ctx = { platform: h.platform, session: h.client.session };

    h.setNow('2026-11-29T10:04:00.000Z');
    expect(lockIfIdle(ctx)).toBe(false);
    await h.client.call('workspace.lockState', {});
    h.setNow('2026-11-29T10:05:30.000Z');
    expect(lockIfIdle(ctx)).toBe(true);

    expect(await h.client.call('workspace.info', {})).toBeNull();
    expectError(await h.client.raw('context.list', {}), 'NO_WORKSPACE');
    expect(await h.client.call('workspace.lockState', {})).toEqual({ locked: true, path, autoLockMinutes: 5 });
    await h.client.call('workspace.unlock', { password: PASSWORD });
    expect((await h.client.call('context.list', {})).total).toBe(1);

    // Use resets the clock; 0 turns auto-lock off.
    h.setNow('2026-11-29T10:09:00.000Z');
    await h.client.call('context.list', {});
    h.setNow('2026-11-29T10:13:00.000Z');
    expect(lockIfIdle(ctx)).toBe(false);
    await h.client.call('workspace.setAutoLock', { minutes: 0 });
    h.setNow('2026-11-30T10:00:00.000Z');
    expect(lockIfIdle(ctx)).toBe(false);
  });

  it('a plain workspace is never auto-locked, and lock does nothing to it', async () => {
    await h.client.call('workspace.create', { organisation: 'Plain Co', path });
    h.setNow('2026-12-29T10:00:00.000Z');
    expect(lockIfIdle({ platform: h.platform, session: h.client.session })).toBe(false);
    expect(await h.client.call('workspace.lock', {})).toEqual({ locked: false });
    expect(await h.client.call('workspace.info', {})).not.toBeNull();
  });

  it('secure_delete: a deleted record leaves no readable text in a plain file', async () => {
    await h.client.call('workspace.create', { organisation: 'Plain Co', path });
    const issue = await h.client.call('context.create', { title: SECRET, description: 'x'.repeat(2000), kind: 'external', category: 'economic', swot: 'threat' });
    await h.client.call('context.delete', { id: issue.id });
    // The trail keeps the deleted values by design; here we check the table's own freed pages.
    h.sqlite().prepare('delete from change_log where row_id = ?').run(issue.id);
    await close();
    expect(bytes().includes(SECRET)).toBe(false);
  });

  it('a copy of an encrypted workspace is encrypted with the same password', async () => {
    await createEncrypted();
    const copy = join(h.dir, 'copy.isms');
    await h.client.call('workspace.saveCopy', { path: copy });
    expect(isPlainSqlite(readFileSync(copy))).toBe(false);
    expect(readFileSync(copy).includes(SECRET)).toBe(false);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    await close();
    expectError(await h.client.raw('workspace.open', { path: copy }), 'WRONG_PASSWORD');
    await h.client.call('workspace.open', { path: copy, password: PASSWORD });
    expect((await h.client.call('context.list', {})).items.map((i) => i.title)).toEqual([SECRET]);
  });
});
