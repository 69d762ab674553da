import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { listRisks, textSearch } from '../../electron/core/services/risks';
import { risks } from '../../electron/core/db/schema';
import type { Workspace } from '../../electron/core/db/open';
import { openHarness, type Harness } from './helpers';

/**
 * Issue 11, item 9: the register's text search reads the trigram index risks_fts (migration 0018)
 * and must find exactly what the LIKE scan it replaces found, whatever was typed.
 */
let h: Harness;
let ws: Workspace;
beforeEach(async () => {
  h = await openHarness('Search Co');
  ws = h.client.session.current!;
});
afterEach(() => h.cleanup());

const ev = (title: string, extra: Record<string, unknown> = {}) => h.client.call('risk.create', { title, basis: 'event', event: 'Something happens', affectsC: true, ...extra } as never);

/** What the register finds through the service (index first when it can) and what a LIKE scan finds. */
function both(search: string) {
  const found = listRisks(ws, { search, sort: 'ref', dir: 'asc', offset: 0, limit: 1_000_000 } as never);
  const scanned = ws.db.select({ ref: risks.ref }).from(risks).where(textSearch(ws, search, false)).orderBy(asc(sql`${risks}.rowid`)).all();
  return { found: found.items.map((r) => r.ref), total: found.total, scanned: scanned.map((r) => r.ref) };
}

const QUERIES = [
  // 1 and 2 characters: too short for a trigram, answered by the scan.
  'a', 'É', 'é', '1', '%', '"', 'rs', 'Dü', 'k1',
  // Case: LIKE folds ASCII letters only; the index folds more, the LIKE test then decides.
  'asset', 'ASSET', 'AsSeT 1', 'düsseldorf', 'DÜSSELDORF', 'Düsseldorf', 'école', 'ÉCOLE', 'ecole', 'straße', 'STRASSE', 'ΣΊΣΥΦΟΣ', 'σίσυφος',
  // Accents are not removed by either.
  'dusseldorf', 'Ecole',
  // Characters that mean something to LIKE or to FTS5's query syntax are plain text.
  '100%', '50_50', 'a"b', '"quoted"', 'x AND y', 'NEAR(x y)', 'col:on', 'star*', '^start', 'back\\slash', '-minus',
  // Refs: a substring, and a ref typed loosely ("rsk7" is RSK-007, not a substring of anything).
  'RSK-00', 'rsk-001', 'rsk7', 'RSK 7', 'SK-0',
  // Across a column boundary (title then description): neither finds it.
  'Archive Scenario',
  // Spaces and phrases, text in the description and in the event.
  'flood in', 'server room', 'Something happens', 'nothing matches this',
];

describe('risk register search (FTS5 trigram index with the LIKE test)', () => {
  it('finds exactly what the LIKE scan finds, for short, cased, accented and odd searches, after updates and deletes', async () => {
    const asset = await h.client.call('risk.assetCreate', { name: 'Asset one' });
    const threat = (await h.client.call('risk.threatList', {}))[0];
    await h.client.call('risk.create', { title: 'Asset 1 exposed', basis: 'asset', assetId: asset.id, threatId: threat.id, affectsI: true, description: 'Scenario: flood in the server room' } as never);
    await ev('Flooded Düsseldorf archive', { description: 'Scenario text' });
    await ev('ÉCOLE records lost', { event: 'Fire at the école' });
    await ev('Straße depot', { description: 'STRASSE and straße' });
    await ev('ΣΊΣΥΦΟΣ backups', { description: 'σίσυφος' });
    await ev('Discount 100% and 50_50 split', { description: 'a"b and "quoted" x AND y NEAR(x y) col:on star* ^start back\\slash -minus' });
    await ev('Kelvin \u212a1 sign', { description: 'k1 K1' });
    const renamed = await ev('Old title to be renamed');
    await h.client.call('risk.update', { id: renamed.id, title: 'Renamed server room risk', description: 'dusseldorf without the umlaut, Ecole' } as never);
    const gone = await ev('Deleted asset risk', { description: 'asset 1 flood in' });
    await h.client.call('risk.delete', { id: gone.id, confirm: true });
    for (let i = 0; i < 12; i++) await ev(`Filler risk ${i}`, { description: i % 2 ? 'server room' : '' });

    for (const q of QUERIES) {
      const r = both(q);
      expect(r.found, q).toEqual(r.scanned);
      expect(r.total, q).toBe(r.scanned.length);
    }
    // The searches do find things (the comparison above is not between two empty lists).
    expect(both('düsseldorf').found).toHaveLength(1);
    expect(both('ASSET').found.length).toBeGreaterThan(0);
    expect(both('rsk7').found).toEqual(['RSK-007']);
    expect(both('server room').found).toHaveLength(8);
    expect(both('a"b').found).toHaveLength(1);
    expect(both('Deleted').found).toEqual([]);
    expect(both('Old title').found).toEqual([]);
    // LIKE folds ASCII only: 'ÉCOLE' does not find 'école' (nor the other way), as before.
    expect(both('école').found).toHaveLength(1);
    // A page of a search is the same slice of the whole sorted result, with the whole count, whatever the sort.
    for (const sort of ['priority', 'ref', 'title', 'owner', 'residual', 'updatedAt'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const all = listRisks(ws, { search: 'server room', sort, dir, offset: 0, limit: 100 } as never);
        const page = listRisks(ws, { search: 'server room', sort, dir, offset: 2, limit: 3 } as never);
        expect(page.items.map((r) => r.ref), `${sort} ${dir}`).toEqual(all.items.slice(2, 5).map((r) => r.ref));
        expect(page.total).toBe(8);
        expect(page.items[0]).toEqual(all.items[2]);
      }
    }
    expect(listRisks(ws, { search: 'server room', sort: 'ref', dir: 'asc', offset: 50, limit: 3 } as never)).toEqual({ items: [], total: 8 });
    // The index is in step with the rows (FTS5's own check throws when it is not).
    expect(() => ws.sqlite.prepare("insert into risks_fts (risks_fts, rank) values ('integrity-check', 1)").run()).not.toThrow();
  });

  it('reads the whole register when most of it holds the text, with the same results', () => {
    // 2,100 rows written straight to the table (the triggers index them): more than the index hands over.
    const at = new Date().toISOString();
    const insert = ws.sqlite.prepare(
      `insert into risks (id, created_at, updated_at, created_by, updated_by, ref, title, basis, event, description, affects_c, likelihood, impact, inherent_score, inherent_rank)
       values (?, ?, ?, 'test', 'test', ?, ?, 'event', 'e', ?, 1, 1, 1, 1, 1)`,
    );
    ws.sqlite.transaction(() => {
      for (let i = 1; i <= 2100; i++) insert.run(randomUUID(), at, at, `RSK-${String(i).padStart(3, '0')}`, `Common title ${i}`, i % 700 === 0 ? 'rare words here' : '');
    })();
    for (const q of ['common title', 'title 1', 'rare words', 'RSK-1', 'rsk2100']) {
      const r = both(q);
      expect(r.found, q).toEqual(r.scanned);
      expect(r.total, q).toBe(r.scanned.length);
    }
    expect(both('common title').total).toBe(2100);
    expect(both('rare words').found).toEqual(['RSK-700', 'RSK-1400', 'RSK-2100']);
  });
});
