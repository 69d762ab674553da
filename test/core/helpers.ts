import { join } from 'node:path';
import { expect } from 'vitest';
import type { AppErrorShape, Envelope } from '../../shared/errors';
import type { Platform } from '../../electron/core/platform';
import { tempDir, testClient, testPlatform } from '../utils/platform';

/** Shared by the core and ipc suites: a temp folder, a platform with a clock tests can move, a client. */
export interface Harness {
  dir: string;
  platform: Platform;
  client: ReturnType<typeof testClient>;
  /** Sets the platform clock (ISO string); every later write is stamped with it. */
  setNow(iso: string): void;
  /** The open workspace's SQLite connection, for checks the contract does not expose. */
  sqlite(): NonNullable<ReturnType<typeof testClient>['session']['current']>['sqlite'];
  cleanup(): void;
}

export const START = '2026-11-29T10:00:00.000Z';

export function harness(answers: Parameters<typeof testPlatform>[1] = {}): Harness {
  const { dir, cleanup } = tempDir();
  let now = new Date(START);
  const platform: Platform = { ...testPlatform(dir, answers), now: () => new Date(now) };
  const client = testClient(platform);
  return {
    dir,
    platform,
    client,
    setNow: (iso) => void (now = new Date(iso)),
    sqlite: () => {
      const ws = client.session.current;
      if (!ws) throw new Error('no workspace open');
      return ws.sqlite;
    },
    cleanup: () => {
      client.close();
      cleanup();
    },
  };
}

/** A harness with a fresh workspace already created and open. */
export async function openHarness(organisation = 'Acme Ltd', answers: Parameters<typeof testPlatform>[1] = {}): Promise<Harness> {
  const h = harness(answers);
  const res = await h.client.call('workspace.create', { organisation, path: join(h.dir, 'ws.isms') });
  expect(res.opened).toBe(true);
  return h;
}

/** Expects an error envelope with the given code and returns its error. */
export function expectError(envelope: Envelope<unknown>, code: AppErrorShape['code']): AppErrorShape {
  if (envelope.ok) throw new Error(`expected ${code}, got ok: ${JSON.stringify(envelope.value).slice(0, 300)}`);
  expect(envelope.error.code, envelope.error.message).toBe(code);
  return envelope.error;
}

/** The field paths a VALIDATION error names. */
export function fieldsOf(error: AppErrorShape): string[] {
  const details = error.details as { fields?: { path: string; message: string }[] } | undefined;
  return (details?.fields ?? []).map((f) => f.path);
}

export function rowCount(sqlite: ReturnType<Harness['sqlite']>, table: string): number {
  return (sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
}

export interface ChangeRow {
  seq: number;
  at: string;
  actor: string;
  table_name: string;
  row_id: string;
  op: string;
}

export function changesFor(sqlite: ReturnType<Harness['sqlite']>, rowId: string): ChangeRow[] {
  return sqlite.prepare('select * from change_log where row_id = ? order by seq').all(rowId) as ChangeRow[];
}

export const RANDOM_ID = '3f0c8a3e-9b1d-4c6e-8f2a-5d7e9b0c1a2f';

/**
 * A person who may approve documents: added to the register and given the top management role
 * (document control refuses approvers without an approving role unless a reason is recorded).
 */
export async function topManager(client: Harness['client'], name: string, more: { jobTitle?: string } = {}) {
  const person = await client.call('people.create', { name, ...more });
  const roles = await client.call('roles.list', {});
  await client.call('roles.assign', { roleId: roles.find((r) => r.key === 'top-management')!.id, personId: person.id, acceptedOn: null });
  return person;
}
