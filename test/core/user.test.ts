import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { resolveUser } from '../../electron/host/platform';
import { SHIPPED_CONTENT_ACTOR } from '../../electron/core/db/write';
import { readSettings } from '../../electron/core/services/settings';
import { expectError, fieldsOf, harness, rowCount, type Harness } from './helpers';
import { testClient, testPlatform } from '../utils/platform';

let h: Harness;
beforeEach(() => void (h = harness()));
afterEach(() => h.cleanup());

const ISSUE = { title: 'Supplier outage', kind: 'external', category: 'economic', swot: 'threat' } as const;
const clients: ReturnType<typeof testClient>[] = [];
/** A client whose platform starts with this name (empty: nobody named yet); settings live in h.dir. */
const as = (actor: string) => {
  const c = testClient({ ...testPlatform(h.dir), actor });
  clients.push(c);
  return c;
};
afterEach(() => clients.splice(0).forEach((c) => c.close()));
const path = () => join(h.dir, 'ws.isms');

describe('who is working: user.get and user.set', () => {
  it('refuses every write while nobody is named, and writes nothing; reads still work', async () => {
    const nobody = as('');
    expect(await nobody.call('user.get', {})).toEqual({ name: null, source: null });
    const refused = expectError(await nobody.raw('workspace.create', { organisation: 'Acme Ltd', path: path() }), 'VALIDATION');
    expect(refused.message).toMatch(/Say who is working/);
    expect(existsSync(path()), 'a refused create leaves no file').toBe(false);

    const ana = as('Ana Analyst');
    await ana.call('workspace.create', { organisation: 'Acme Ltd', path: path() });
    ana.close();
    await nobody.call('workspace.open', { path: path() });
    expect((await nobody.call('context.list', {})).total).toBe(0);
    expect((await nobody.call('roles.list', {})).length, 'shipped roles are seeded on first read, as the app').toBeGreaterThan(0);
    const sqlite = nobody.session.current!.sqlite;
    const before = rowCount(sqlite, 'change_log');
    expect(expectError(await nobody.raw('context.create', ISSUE), 'VALIDATION').details).toMatchObject({ field: 'user' });
    expect(rowCount(sqlite, 'context_issues')).toBe(0);
    expect(rowCount(sqlite, 'change_log')).toBe(before);
  });

  it('stamps records and the change log with the name; a change applies at once to the open workspace and is remembered on this machine', async () => {
    const c = as('');
    expect(await c.call('user.set', { name: '  Ana Analyst  ' })).toEqual({ name: 'Ana Analyst', source: 'settings' });
    await c.call('workspace.create', { organisation: 'Acme Ltd', path: path() });
    const first = await c.call('context.create', ISSUE);
    expect(first).toMatchObject({ createdBy: 'Ana Analyst', updatedBy: 'Ana Analyst' });

    await c.call('user.set', { name: 'Ben Builder' });
    const changed = await c.call('context.update', { id: first.id, ...ISSUE, title: 'Renamed' });
    expect(changed).toMatchObject({ createdBy: 'Ana Analyst', updatedBy: 'Ben Builder' });
    const log = c.session.current!.sqlite.prepare('select actor, op from change_log where row_id = ? order by seq').all(first.id);
    expect(log).toEqual([
      { actor: 'Ana Analyst', op: 'insert' },
      { actor: 'Ben Builder', op: 'update' },
    ]);
    // Per machine, in the settings file; the workspace holds no "current user".
    expect(readSettings(h.dir).userName).toBe('Ben Builder');
    expect(JSON.parse(readFileSync(join(h.dir, 'settings.json'), 'utf8')).userName).toBe('Ben Builder');
    const tables = (c.session.current!.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables.filter((t) => /user|setting/i.test(t))).toEqual([]);
  });

  it('refuses an empty, blank or over-long name and keeps the previous one', async () => {
    const c = as('');
    await c.call('user.set', { name: 'Kept Name' });
    for (const name of ['', '   ', 'x'.repeat(201)]) expect(fieldsOf(expectError(await c.raw('user.set', { name }), 'VALIDATION'))).toEqual(['name']);
    expectError(await c.raw('user.set', { name: 42 }), 'VALIDATION');
    expectError(await c.raw('user.set', {}), 'VALIDATION');
    expect((await c.call('user.get', {})).name).toBe('Kept Name');
  });

  it('stamps shipped content as the app, whoever is working', async () => {
    const c = as('Ana Analyst');
    await c.call('workspace.create', { organisation: 'Acme Ltd', path: path() });
    const roles = await c.call('roles.list', {});
    expect(new Set(roles.map((r) => r.createdBy))).toEqual(new Set([SHIPPED_CONTENT_ACTOR]));
    const processes = await c.call('scope.processList', {});
    expect(new Set(processes.map((p) => p.createdBy))).toEqual(new Set([SHIPPED_CONTENT_ACTOR]));
  });
});

describe('resolveUser: where the name comes from', () => {
  it('takes a given name, then ISMS_USER, then the remembered name; never the OS login', () => {
    const dir = h.dir;
    expect(resolveUser(dir, undefined, {})).toEqual({ actor: '' });
    expect(resolveUser(dir, undefined, {}).actor).not.toBe(userInfo().username);
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ recent: [], userName: 'Saved Sam' }));
    expect(resolveUser(dir, undefined, {})).toEqual({ actor: 'Saved Sam', actorSource: 'settings' });
    expect(resolveUser(dir, undefined, { ISMS_USER: ' Env Eve ' })).toEqual({ actor: 'Env Eve', actorSource: 'environment' });
    expect(resolveUser(dir, 'Option Olly', { ISMS_USER: 'Env Eve' })).toEqual({ actor: 'Option Olly', actorSource: 'option' });
    expect(resolveUser(dir, '  ', { ISMS_USER: '' })).toEqual({ actor: 'Saved Sam', actorSource: 'settings' });
  });

  it('ignores a damaged name in the settings file instead of failing', () => {
    writeFileSync(join(h.dir, 'settings.json'), JSON.stringify({ recent: [], userName: 42 }));
    expect(resolveUser(h.dir, undefined, {})).toEqual({ actor: '' });
    expect(readSettings(h.dir).recent).toEqual([]);
  });
});
