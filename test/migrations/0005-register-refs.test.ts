import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_SEEDS, ROLE_SEEDS } from '../../electron/core/catalog/roles';
import { SKILL_SEEDS } from '../../electron/core/catalog/skills';
import { COMMITMENT_SEEDS } from '../../electron/core/catalog/leadership';
import { join } from 'node:path';
import { loadMigrations } from '../../electron/core/db/migrate';
import { createAtSchema } from './atSchema';
import { MIGRATIONS, tempDir, testClient, testPlatform } from '../utils/platform';

/** Migration 0005 numbers the rows a workspace already has, in creation order, and starts each counter after them. */
const BEFORE = loadMigrations(MIGRATIONS).findIndex((m) => m.sql.join('').includes('ref_counters'));
const meta = { organisation: 'Refs Co', sector: 'Other' as const, engagement: '', consultant: '' };
const stamps = (id: string, at: string) => ({ id, created_at: at, updated_at: at, created_by: 'seed', updated_by: 'seed' });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('isms-refs-')));
afterEach(() => cleanup());

describe('migration 0005: register ids for existing workspaces', () => {
  it('numbers existing rows in creation order, whatever order they were stored in, and new rows follow', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const path = join(dir, 'old.isms');
    const ws = createAtSchema(path, BEFORE, meta);
    const insert = ws.sqlite.prepare(
      'insert into context_issues (id, created_at, updated_at, created_by, updated_by, title, kind, category, swot) values (@id, @created_at, @updated_at, @created_by, @updated_by, @title, @kind, @category, @swot)',
    );
    // Stored out of order: the row written second was created first.
    const issue = (n: number, at: string, title: string) => insert.run({ ...stamps(`cccccccc-0000-4000-8000-00000000000${n}`, at), title, kind: 'external', category: 'legal', swot: 'threat' });
    issue(1, '2026-03-01T00:00:00.000Z', 'Third');
    issue(2, '2026-01-01T00:00:00.000Z', 'First');
    issue(3, '2026-02-01T00:00:00.000Z', 'Second');
    ws.close();

    const client = testClient(testPlatform(dir));
    try {
      await client.call('workspace.open', { path });
      const db = client.session.current!.sqlite;
      expect(db.prepare('select title, ref from context_issues order by ref').all()).toEqual([
        { title: 'First', ref: 'CTX-001' },
        { title: 'Second', ref: 'CTX-002' },
        { title: 'Third', ref: 'CTX-003' },
      ]);
      // The 4.4 processes seeded when the file was created are numbered too.
      const processes = await client.call('scope.processList', {});
      expect(processes.map((p) => p.ref)).toEqual(processes.map((_p, i) => `PRC-${String(i + 1).padStart(3, '0')}`));
      // No counter for an empty register; one per filled register.
      const counters = Object.fromEntries((db.prepare('select prefix, last from ref_counters').all() as { prefix: string; last: number }[]).map((r) => [r.prefix, r.last]));
      // (The 5.1 checklist, 5.3 roles and RACI and 7.2 starter skills are seeded on this upgrading open, numbered like any new row.)
      expect(counters).toEqual({ CTX: 3, PRC: processes.length, ROLE: ROLE_SEEDS.length, ACT: ACTIVITY_SEEDS.length, LC: COMMITMENT_SEEDS.length, SKL: SKILL_SEEDS.length });
      expect(db.prepare("select count(*) as n from context_issues where ref = ''").get()).toEqual({ n: 0 });

      const next = await client.call('context.create', { title: 'After the upgrade', kind: 'internal', category: 'culture', swot: 'weakness' });
      expect(next.ref).toBe('CTX-004');
      await client.call('context.delete', { id: next.id });
      expect((await client.call('context.create', { title: 'Again', kind: 'internal', category: 'culture', swot: 'weakness' })).ref).toBe('CTX-005');
    } finally {
      client.close();
    }
  });
});
