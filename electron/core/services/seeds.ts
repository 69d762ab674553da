import { eq } from 'drizzle-orm';
import { ISMS_PROCESS_SEEDS } from '../catalog/ismsProcesses';
import type { Workspace } from '../db/open';
import { catalogSeeds, ismsProcessLinks, ismsProcesses } from '../db/schema';
import { SHIPPED_CONTENT_ACTOR, write, type Writer } from '../db/write';
import { seedAnnexA } from './controls';
import { seedCatalogues } from './riskCatalogue';
import { seedMethod } from './riskMethod';

/**
 * Shipped content written into a workspace once, when it is created or first opened by a version
 * that has it. Deleting seeded records later does not bring them back.
 */
const SEEDS: Record<string, (w: Writer) => void> = {
  'isms-processes-v1': (w) => {
    const ids = new Map<string, string>();
    ISMS_PROCESS_SEEDS.forEach((p, position) => {
      const row = w.insert(ismsProcesses, { name: p.name, clauseRef: p.clauseRef, description: p.description, inputs: p.inputs, outputs: p.outputs, ownerId: null, position });
      ids.set(p.key, row.id);
    });
    for (const p of ISMS_PROCESS_SEEDS) {
      for (const target of p.feeds) w.insert(ismsProcessLinks, { fromId: ids.get(p.key)!, toId: ids.get(target)! });
    }
  },
  // 6.1: the 93 Annex A controls, the threat and vulnerability catalogues and the default 5x5 method.
  'annex-a-2022-v1': seedAnnexA,
  'risk-catalogues-v1': seedCatalogues,
  'risk-method-v1': seedMethod,
};

/** The table a seed writes to, where it came with a later migration than catalog_seeds itself. */
const SEED_TABLE: Record<string, string> = { 'annex-a-2022-v1': 'controls', 'risk-catalogues-v1': 'threats', 'risk-method-v1': 'risk_method' };

const hasTable = (ws: Workspace, name: string) => Boolean(ws.sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name));

export function applySeeds(ws: Workspace) {
  // A file kept at an older schema (tests, or a future partial upgrade) has no seed table yet.
  if (!hasTable(ws, 'catalog_seeds')) return;
  for (const [key, seed] of Object.entries(SEEDS)) {
    if (SEED_TABLE[key] && !hasTable(ws, SEED_TABLE[key])) continue;
    if (ws.db.select().from(catalogSeeds).where(eq(catalogSeeds.key, key)).get()) continue;
    write(ws, (w) => {
      seed(w);
      w.db.insert(catalogSeeds).values({ key, appliedAt: w.at }).run();
    }, SHIPPED_CONTENT_ACTOR);
  }
}
