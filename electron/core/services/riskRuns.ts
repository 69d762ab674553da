import { asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { Run, RunComparison, RunItem } from '../../../shared/contract/risk';
import { levelOfRank, rankOf } from '../../../shared/contract/riskMethod';
import type { riskContract } from '../../../shared/contract/risk';
import type { Workspace } from '../db/open';
import { assessmentRuns, risks } from '../db/schema';
import { write } from '../db/write';

type RunRow = typeof assessmentRuns.$inferSelect;

function toRun(r: RunRow): Run {
  const { items, ...rest } = r;
  return { ...rest, riskCount: (JSON.parse(items) as unknown[]).length };
}

export function listRuns(ws: Workspace): Run[] {
  return ws.db.select().from(assessmentRuns).orderBy(desc(assessmentRuns.runDate), desc(sql`"assessment_runs"."rowid"`)).all().map(toRun);
}

function getRunRow(ws: Workspace, id: string): RunRow {
  const row = ws.db.select().from(assessmentRuns).where(eq(assessmentRuns.id, id)).get();
  if (!row) throw notFound('Assessment run', id);
  return row;
}

/** 8.2: freezes every risk's scores and levels as they are now; the run is never changed afterwards. */
export function createRun(ws: Workspace, input: z.output<(typeof riskContract)['risk.runCreate']['input']>): Run {
  const items: RunItem[] = ws.db
    .select()
    .from(risks)
    .orderBy(asc(sql`"risks"."rowid"`))
    .all()
    .map((r) => ({
      riskId: r.id,
      ref: r.ref,
      title: r.title,
      likelihood: r.likelihood,
      impact: r.impact,
      level: levelOfRank(r.inherentRank),
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      residualLevel: r.residualRank === null ? null : levelOfRank(r.residualRank),
      treatment: r.treatment as RunItem['treatment'],
    }));
  const id = write(ws, (w) => w.insert(assessmentRuns, { ...input, items: JSON.stringify(items) }).id);
  return toRun(getRunRow(ws, id));
}

export function runItems(ws: Workspace, id: string): RunItem[] {
  return JSON.parse(getRunRow(ws, id).items) as RunItem[];
}

/** The level that counts for comparison: residual where assessed, else inherent. */
const effective = (i: RunItem) => rankOf(i.residualLevel ?? i.level);

export function compareRuns(ws: Workspace, fromId: string, toId: string): RunComparison {
  if (fromId === toId) throw new AppError('VALIDATION', 'Choose two different runs to compare.', { fields: [{ path: 'toId', message: 'Choose two different runs to compare.' }] });
  const from = getRunRow(ws, fromId);
  const to = getRunRow(ws, toId);
  const a = new Map((JSON.parse(from.items) as RunItem[]).map((i) => [i.riskId, i]));
  const b = new Map((JSON.parse(to.items) as RunItem[]).map((i) => [i.riskId, i]));
  const out: RunComparison = { from: toRun(from), to: toRun(to), added: [], closed: [], risen: [], fallen: [], unchanged: 0 };
  for (const [id, item] of b) {
    const before = a.get(id);
    if (!before) out.added.push({ ref: item.ref, title: item.title, from: null, to: item });
    else if (effective(item) > effective(before)) out.risen.push({ ref: item.ref, title: item.title, from: before, to: item });
    else if (effective(item) < effective(before)) out.fallen.push({ ref: item.ref, title: item.title, from: before, to: item });
    else out.unchanged++;
  }
  for (const [id, item] of a) if (!b.has(id)) out.closed.push({ ref: item.ref, title: item.title, from: item, to: null });
  return out;
}
