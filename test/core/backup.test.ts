import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupTick } from '../../electron/core/backupSchedule';
import { expectError, harness, openHarness, type Harness } from './helpers';

let h: Harness;
afterEach(() => h.cleanup());

const issue = (title: string) => h.client.call('context.create', { title, kind: 'external', category: 'economic', swot: 'threat' });
const ctx = () => ({ platform: h.platform, session: h.client.session });
const folder = () => join(h.dir, 'ws.isms.backups');

describe('backups: dated snapshots, rotation, restore', () => {
  it('takes a dated, complete snapshot beside the workspace, readable by the owner only', async () => {
    h = await openHarness('Snap Co');
    await issue('Before the snapshot');
    const snap = await h.client.call('backup.create', {});
    expect(snap).toMatchObject({ name: 'ws-20261129-100000000.isms', takenAt: '2026-11-29T10:00:00.000Z', encrypted: false });
    const file = join(folder(), snap.name);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder())).toEqual([snap.name]);
    const list = await h.client.call('backup.list', {});
    expect(list).toMatchObject({ folder: folder(), keep: 10, everyMinutes: 30, snapshots: [snap] });
  });

  it('keeps only the configured number, newest first', async () => {
    h = await openHarness('Snap Co');
    expect(await h.client.call('backup.setSettings', { keep: 3, everyMinutes: 10 })).toEqual({ keep: 3, everyMinutes: 10 });
    expectError(await h.client.raw('backup.setSettings', { keep: 0, everyMinutes: 10 }), 'VALIDATION');
    expectError(await h.client.raw('backup.setSettings', { keep: 3, everyMinutes: -5 }), 'VALIDATION');
    for (let i = 1; i <= 5; i++) {
      h.setNow(`2026-11-29T1${i}:00:00.000Z`);
      await h.client.call('backup.create', {});
    }
    const { snapshots } = await h.client.call('backup.list', {});
    expect(snapshots.map((s) => s.takenAt)).toEqual(['2026-11-29T15:00:00.000Z', '2026-11-29T14:00:00.000Z', '2026-11-29T13:00:00.000Z']);
    expect(readdirSync(folder())).toHaveLength(3);
  });

  it('restores a snapshot into a new file with the data as it was; the open workspace is untouched', async () => {
    h = await openHarness('Snap Co');
    const target = join(h.dir, 'restored.isms');
    // The user's answer to the save dialog the restore opens.
    h.platform.dialogs.chooseSavePath = async () => target;
    await issue('Kept');
    const snap = await h.client.call('backup.create', {});
    await issue('Added later');
    expect(await h.client.call('backup.restore', { name: snap.name })).toEqual({ restored: true, path: target });
    expectError(await h.client.raw('backup.restore', { name: snap.name }), 'CONFLICT');
    expectError(await h.client.raw('backup.restore', { name: 'ws-20990101-000000000.isms' }), 'NOT_FOUND');
    expectError(await h.client.raw('backup.restore', { name: '../../etc/passwd' }), 'VALIDATION');
    expect((await h.client.call('context.list', {})).total).toBe(2);

    await h.client.call('workspace.open', { path: target });
    expect((await h.client.call('context.list', {})).items.map((i) => i.title)).toEqual(['Kept']);
    expect((await h.client.call('trail.verify', {})).ok).toBe(true);
  });

  it('snapshots on open and then every N minutes only while the workspace changes', async () => {
    h = await openHarness('Snap Co');
    await h.client.call('backup.setSettings', { keep: 10, everyMinutes: 30 });
    expect(await backupTick(ctx())).toBe('ws-20261129-100000000.isms');
    expect(await backupTick(ctx())).toBeNull();
    h.setNow('2026-11-29T11:00:00.000Z');
    expect(await backupTick(ctx())).toBeNull(); // no change since
    await issue('A change');
    h.setNow('2026-11-29T11:20:00.000Z');
    // 80 minutes since the last snapshot and changed: due.
    expect(await backupTick(ctx())).toBe('ws-20261129-112000000.isms');
    await issue('Another change');
    h.setNow('2026-11-29T11:40:00.000Z');
    expect(await backupTick(ctx())).toBeNull(); // changed, but only 20 minutes
    h.setNow('2026-11-29T11:50:00.000Z');
    expect(await backupTick(ctx())).toBe('ws-20261129-115000000.isms');
  });

  it('prunes old upgrade backups once the workspace is open, keeping the newest complete one', async () => {
    h = await openHarness('Snap Co');
    for (const n of ['ws.isms.v1.bak', 'ws.isms.v3.bak', 'ws.isms.v4.bak.partial', 'other.isms.v1.bak']) writeFileSync(join(h.dir, n), 'x');
    await backupTick(ctx());
    const left = readdirSync(h.dir).filter((n) => n.includes('.bak'));
    expect(left.sort()).toEqual(['other.isms.v1.bak', 'ws.isms.v3.bak']);
  });

  it('snapshots of an encrypted workspace stay encrypted and open with the same password', async () => {
    h = harness();
    const path = join(h.dir, 'ws.isms');
    await h.client.call('workspace.create', { organisation: 'Secret Snap Co', path, password: 'snapshot password' });
    await issue('Quantum-Lemon-Project');
    const snap = await h.client.call('backup.create', {});
    expect(snap.encrypted).toBe(true);
    const bytes = readFileSync(join(folder(), snap.name));
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes('Quantum-Lemon-Project')).toBe(false);
    await h.client.call('workspace.close', {});
    expectError(await h.client.raw('workspace.open', { path: join(folder(), snap.name) }), 'WRONG_PASSWORD');
    await h.client.call('workspace.open', { path: join(folder(), snap.name), password: 'snapshot password' });
    expect((await h.client.call('context.list', {})).items.map((i) => i.title)).toEqual(['Quantum-Lemon-Project']);
  });
});
