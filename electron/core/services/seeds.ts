import { eq } from 'drizzle-orm';
import { ISMS_PROCESS_SEEDS } from '../catalog/ismsProcesses';
import { COMMITMENT_SEEDS } from '../catalog/leadership';
import { ACTIVITY_SEEDS, ROLE_SEEDS } from '../catalog/roles';
import { SKILL_SEEDS } from '../catalog/skills';
import type { Workspace } from '../db/open';
import { catalogSeeds, changeLog, ismsProcessLinks, ismsProcesses, leadershipCommitments, raciActivities, raciEntries, roles, skills } from '../db/schema';
import { SHIPPED_CONTENT_ACTOR, write, type Writer } from '../db/write';
import { seedAnnexA } from './controls';
import { seedCatalogues } from './riskCatalogue';
import { seedMethod } from './riskMethod';
import { seedMetricLibrary } from './metricsLibrary';

/**
 * The one way shipped content enters a workspace (DESIGN.md, Data): when it is created, or when it
 * is first opened by a version that ships more, through the write helper, and recorded in
 * catalog_seeds so it happens once. Deleting seeded records later does not bring them back, and
 * reads never write.
 */
interface Seed {
  /** The table the seed writes to, where it came with a later migration than catalog_seeds itself. */
  table?: string;
  /** A column of `table` the seed writes that came with a later migration than the table (roles.may_approve, 0008). */
  column?: string;
  /**
   * Versions before this one added some content lazily on first read. When the change log shows the
   * table was already written, the content is there (or was deliberately removed): record the seed
   * as applied and add nothing, so files from those versions are carried forward unchanged.
   */
  before?: string;
  apply(w: Writer): void;
}

const SEEDS: Record<string, Seed> = {
  'isms-processes-v1': {
    apply(w) {
      const ids = new Map<string, string>();
      ISMS_PROCESS_SEEDS.forEach((p, position) => {
        const row = w.insert(ismsProcesses, { name: p.name, clauseRef: p.clauseRef, description: p.description, inputs: p.inputs, outputs: p.outputs, ownerId: null, position });
        ids.set(p.key, row.id);
      });
      for (const p of ISMS_PROCESS_SEEDS) {
        for (const target of p.feeds) w.insert(ismsProcessLinks, { fromId: ids.get(p.key)!, toId: ids.get(target)! });
      }
    },
  },
  'roles-v1': {
    table: 'roles',
    column: 'may_approve',
    before: 'roles',
    apply(w) {
      const idOf = new Map<string, string>();
      ROLE_SEEDS.forEach((r, i) => idOf.set(r.key, w.insert(roles, { ...r, sortOrder: i + 1 }).id));
      ACTIVITY_SEEDS.forEach((a, i) => {
        const activity = w.insert(raciActivities, { key: a.key, name: a.name, description: a.description, sortOrder: i + 1 });
        for (const [key, value] of Object.entries(a.raci)) w.insert(raciEntries, { activityId: activity.id, roleId: idOf.get(key)!, value });
      });
    },
  },
  'leadership-commitments-v1': {
    table: 'leadership_commitments',
    before: 'leadership_commitments',
    apply(w) {
      COMMITMENT_SEEDS.forEach((c, i) => w.insert(leadershipCommitments, { ...c, status: 'not-started', sortOrder: i + 1 }));
    },
  },
  // 6.1: the 93 Annex A controls, the threat and vulnerability catalogues and the default 5x5 method.
  'annex-a-2022-v1': { table: 'controls', apply: seedAnnexA },
  'risk-catalogues-v1': { table: 'threats', apply: seedCatalogues },
  'risk-method-v1': { table: 'risk_method', apply: seedMethod },
  // 9.1: the metric library, adopted into the workspace one metric at a time.
  'metric-library-v1': { table: 'metric_library', apply: seedMetricLibrary },
  // 7.2: a few starter skills for the competence requirements of roles.
  'skills-v1': {
    table: 'skills',
    apply(w) {
      SKILL_SEEDS.forEach((s, i) => w.insert(skills, { ...s, sortOrder: i + 1 }));
    },
  },
};

export const SEED_KEYS = Object.keys(SEEDS);

function hasTable(ws: Workspace, name: string): boolean {
  return ws.sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
}

function hasColumn(ws: Workspace, table: string, column: string): boolean {
  return (ws.sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[]).some((c) => c.name === column);
}

/** `keys` lets tests make a file as an older app did (which knew fewer seeds). */
export function applySeeds(ws: Workspace, keys: readonly string[] = SEED_KEYS) {
  // A file kept at an older schema (tests, or a future partial upgrade) has no seed table yet.
  if (!hasTable(ws, 'catalog_seeds')) return;
  for (const key of keys) {
    const seed = SEEDS[key];
    if (seed.table && !hasTable(ws, seed.table)) continue;
    if (seed.table && seed.column && !hasColumn(ws, seed.table, seed.column)) continue;
    if (ws.db.select().from(catalogSeeds).where(eq(catalogSeeds.key, key)).get()) continue;
    const seededEarlier = seed.before !== undefined && ws.db.select({ seq: changeLog.seq }).from(changeLog).where(eq(changeLog.tableName, seed.before)).limit(1).get() !== undefined;
    write(ws, (w) => {
      if (!seededEarlier) seed.apply(w);
      w.db.insert(catalogSeeds).values({ key, appliedAt: w.at }).run();
    }, SHIPPED_CONTENT_ACTOR);
  }
}
