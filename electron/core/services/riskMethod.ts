import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { DEFAULT_METHOD, RiskMethod, defaultMatrix, levelOf, rankOf, type RiskMethodPatch } from '../../../shared/contract/riskMethod';
import type { Workspace } from '../db/open';
import { assets, riskMethod, risks } from '../db/schema';
import { write, type Writer } from '../db/write';

/** The stored method, checked again on every read; a workspace without one uses the shipped default (reads never write). */
const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

/** The last method read, by its stored text: parsing it is most of a readiness or register call's fixed cost (issue 11 item 9). */
let parsed: { body: string; method: RiskMethod } | null = null;

/** The workspace's method, read from the file every time; frozen, as it is shared between calls. */
export function getMethod(ws: Workspace): RiskMethod {
  const row = ws.db.select({ body: riskMethod.body }).from(riskMethod).get();
  if (!row) return DEFAULT_METHOD;
  if (parsed?.body !== row.body) parsed = { body: row.body, method: deepFreeze(RiskMethod.parse(JSON.parse(row.body))) };
  return parsed.method;
}

export function derive(m: RiskMethod, likelihood: number, impact: number) {
  return { score: likelihood * impact, rank: rankOf(levelOf(m, likelihood, impact)) };
}

function validationError(error: z.ZodError): AppError {
  const fields = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return new AppError('VALIDATION', fields[0]?.message ?? 'The method is not valid.', { fields });
}

/**
 * Applies the given parts of the method. A scale that changes length gets a fresh default matrix unless
 * one is given; scores beyond a shortened scale are set to its top level. Every risk's derived level is
 * recomputed in the same transaction, and the number whose level changed is reported (6.1.2 b: results
 * stay consistent and comparable).
 */
export function updateMethod(ws: Workspace, patch: z.output<typeof RiskMethodPatch>) {
  const before = getMethod(ws);
  const merged = { ...before, ...patch, assetScales: { ...before.assetScales, ...(patch.assetScales ?? {}) } };
  const resized = merged.likelihood.length !== before.likelihood.length || merged.impact.length !== before.impact.length;
  if (resized && !patch.matrix) merged.matrix = defaultMatrix(merged.likelihood.length, merged.impact.length);
  const parsed = RiskMethod.safeParse(merged);
  if (!parsed.success) throw validationError(parsed.error);
  const next = parsed.data;
  return write(ws, (w) => {
    const existing = w.db.select({ id: riskMethod.id }).from(riskMethod).get();
    if (existing) w.update(riskMethod, existing.id, { body: JSON.stringify(next) });
    else w.insert(riskMethod, { body: JSON.stringify(next) });
    const assetsClamped = clampAssets(w, next);
    const result = reevaluate(w, next);
    return { method: next, reevaluated: result.total, changedLevel: result.changedLevel, clamped: result.clamped + assetsClamped };
  });
}

/** Rewrites scores and ranks of every risk whose derivation differs; counts those whose level changed. */
export function reevaluate(w: Writer, m: RiskMethod) {
  const maxL = m.likelihood.length;
  const maxI = m.impact.length;
  const rows = w.db
    .select({ id: risks.id, l: risks.likelihood, i: risks.impact, rl: risks.residualLikelihood, ri: risks.residualImpact, s: risks.inherentScore, r: risks.inherentRank, rs: risks.residualScore, rr: risks.residualRank })
    .from(risks)
    .all();
  let changedLevel = 0;
  let clamped = 0;
  for (const row of rows) {
    const l = Math.min(row.l, maxL);
    const i = Math.min(row.i, maxI);
    const rl = row.rl === null ? null : Math.min(row.rl, maxL);
    const ri = row.ri === null ? null : Math.min(row.ri, maxI);
    const inh = derive(m, l, i);
    const res = rl !== null && ri !== null ? derive(m, rl, ri) : null;
    const wasClamped = l !== row.l || i !== row.i || rl !== row.rl || ri !== row.ri;
    if (wasClamped) clamped++;
    if (inh.rank !== row.r || (res?.rank ?? null) !== row.rr) changedLevel++;
    if (wasClamped || inh.rank !== row.r || inh.score !== row.s || (res?.rank ?? null) !== row.rr || (res?.score ?? null) !== row.rs) {
      w.update(risks, row.id, { likelihood: l, impact: i, residualLikelihood: rl, residualImpact: ri, inherentScore: inh.score, inherentRank: inh.rank, residualScore: res?.score ?? null, residualRank: res?.rank ?? null });
    }
  }
  return { total: rows.length, changedLevel, clamped };
}

/** Asset values above a shortened C, I or A scale are set to its top level. */
function clampAssets(w: Writer, m: RiskMethod): number {
  const over = w.db
    .select({ id: assets.id, c: assets.confidentiality, i: assets.integrity, a: assets.availability })
    .from(assets)
    .where(sql`${assets.confidentiality} > ${m.assetScales.c.length} or ${assets.integrity} > ${m.assetScales.i.length} or ${assets.availability} > ${m.assetScales.a.length}`)
    .all();
  for (const a of over) {
    w.update(assets, a.id, { confidentiality: Math.min(a.c, m.assetScales.c.length), integrity: Math.min(a.i, m.assetScales.i.length), availability: Math.min(a.a, m.assetScales.a.length) });
  }
  return over.length;
}

/** Scores must fit the scales of the current method. */
export function assertOnScale(m: RiskMethod, values: Record<string, number | null | undefined>, scaleOf: (field: string) => number) {
  for (const [field, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    const max = scaleOf(field);
    if (value > max) {
      const message = `This value must be from 1 to ${max} on the current scale.`;
      throw new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });
    }
  }
  void m;
}

export function seedMethod(w: Writer) {
  if (!w.db.select({ id: riskMethod.id }).from(riskMethod).get()) w.insert(riskMethod, { body: JSON.stringify(DEFAULT_METHOD) });
}

