import { and, asc, count, desc, eq, gt, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { HeatMaps, Risk, RiskFields, RiskPatch, RiskQuery } from '../../../shared/contract/risk';
import { levelOfRank, rankOf, type RiskMethod } from '../../../shared/contract/riskMethod';
import type { Workspace } from '../db/open';
import { assets, contextIssues, controls, parties, partyRequirements, people, riskControls, riskIssues, riskRequirements, risks, threats, treatmentActions, vulnerabilities } from '../db/schema';
import { assertDeleteConfirmed } from './references';
import { riskReferences } from './riskReferences';
import { write, type Writer } from '../db/write';
import { contains, refMatches } from './query';
import { refPrefixOf } from '../db/refs';
import { parseRef } from '../../../shared/refs';
import { assertPerson } from './people';
import { assertOnScale, derive, getMethod } from './riskMethod';
import { decisionsFor } from './riskDecisions';

type RiskRow = typeof risks.$inferSelect & { assetName: string | null; threatName: string | null; vulnerabilityName: string | null; ownerName: string | null; actionCount: number };

const columns = {
  risk: risks,
  assetName: assets.name,
  threatName: threats.name,
  vulnerabilityName: vulnerabilities.name,
  ownerName: people.name,
  actionCount: sql<number>`(select count(*) from "treatment_actions" as "ta" where "ta"."risk_id" = "risks"."id")`,
};

const base = (ws: Workspace) =>
  ws.db
    .select(columns)
    .from(risks)
    .leftJoin(assets, eq(risks.assetId, assets.id))
    .leftJoin(threats, eq(risks.threatId, threats.id))
    .leftJoin(vulnerabilities, eq(risks.vulnerabilityId, vulnerabilities.id))
    .leftJoin(people, eq(risks.ownerId, people.id));

const flatten = (r: { risk: typeof risks.$inferSelect } & Omit<RiskRow, keyof typeof risks.$inferSelect>): RiskRow => ({ ...r.risk, assetName: r.assetName, threatName: r.threatName, vulnerabilityName: r.vulnerabilityName, ownerName: r.ownerName, actionCount: r.actionCount });

/** Links and decisions for a page of risks, fetched in one query each rather than per row. */
function hydrate(ws: Workspace, rows: RiskRow[], m: RiskMethod): Risk[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const group = <T extends { riskId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.riskId, [...(map.get(item.riskId) ?? []), item]);
    return map;
  };
  const issues = group(ws.db.select({ riskId: riskIssues.riskId, id: contextIssues.id, label: contextIssues.title }).from(riskIssues).innerJoin(contextIssues, eq(riskIssues.issueId, contextIssues.id)).where(inArray(riskIssues.riskId, ids)).all());
  const reqs = group(
    ws.db
      .select({ riskId: riskRequirements.riskId, id: partyRequirements.id, label: sql<string>`${parties.name} || ': ' || ${partyRequirements.text}` })
      .from(riskRequirements)
      .innerJoin(partyRequirements, eq(riskRequirements.requirementId, partyRequirements.id))
      .innerJoin(parties, eq(partyRequirements.partyId, parties.id))
      .where(inArray(riskRequirements.riskId, ids))
      .all(),
  );
  const ctrls = group(
    ws.db
      .select({ riskId: riskControls.riskId, id: controls.id, label: sql<string>`${controls.code} || ' ' || ${controls.title}`, position: controls.position })
      .from(riskControls)
      .innerJoin(controls, eq(riskControls.controlId, controls.id))
      .where(inArray(riskControls.riskId, ids))
      .orderBy(asc(controls.position), asc(controls.code))
      .all(),
  );
  const decisions = decisionsFor(ws, rows, m);
  return rows.map((r) => {
    const inherentLevel = levelOfRank(r.inherentRank);
    const link = ({ id, label }: { id: string; label: string }) => ({ id, label });
    const c = ctrls.get(r.id) ?? [];
    return {
      id: r.id,
      ref: r.ref,
      title: r.title,
      basis: r.basis as Risk['basis'],
      assetId: r.assetId,
      threatId: r.threatId,
      vulnerabilityId: r.vulnerabilityId,
      event: r.event,
      description: r.description,
      affectsC: r.affectsC,
      affectsI: r.affectsI,
      affectsA: r.affectsA,
      ownerId: r.ownerId,
      likelihood: r.likelihood,
      impact: r.impact,
      existingControls: r.existingControls,
      treatment: r.treatment as Risk['treatment'],
      treatmentNote: r.treatmentNote,
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      issueIds: (issues.get(r.id) ?? []).map((x) => x.id),
      requirementIds: (reqs.get(r.id) ?? []).map((x) => x.id),
      controlIds: c.map((x) => x.id),
      assetName: r.assetName,
      threatName: r.threatName,
      vulnerabilityName: r.vulnerabilityName,
      ownerName: r.ownerName,
      inherentScore: r.inherentScore,
      inherentLevel,
      residualScore: r.residualScore,
      residualLevel: r.residualRank === null ? null : levelOfRank(r.residualRank),
      needsTreatment: r.inherentRank > rankOf(m.acceptance),
      issues: (issues.get(r.id) ?? []).map(link),
      requirements: (reqs.get(r.id) ?? []).map(link),
      controls: c.map(link),
      actionCount: r.actionCount,
      approval: decisions.get(r.id)?.approval ?? null,
      acceptance: decisions.get(r.id)?.acceptance ?? null,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      createdBy: r.createdBy,
      updatedBy: r.updatedBy,
    };
  });
}

/** Rows in the order they were added: the order of their RSK numbers, and an index SQLite already has. */
const inserted = sql`"risks"."rowid"`;

/**
 * `scan`: the caller filters by a text search, which no index answers; a unary + keeps SQLite from
 * walking the sort index and reading every row in index order (187 ms against 53 ms for a full scan
 * and sort at 50,000 risks, issue 11 item 9).
 */
const sortColumns = (dir: 'asc' | 'desc', scan = false) => {
  const o = dir === 'asc' ? asc : desc;
  const c = (col: SQLWrapper) => (scan ? sql`+${col}` : col);
  return {
    // Prioritised: highest level first, then score.
    priority: [o(c(risks.inherentRank)), o(risks.inherentScore)],
    ref: [o(inserted)],
    title: [o(sql`lower(${risks.title})`)],
    inherent: [o(c(risks.inherentRank)), o(risks.inherentScore)],
    // Unassessed (null) residuals last either way: SQLite sorts nulls last when descending by itself.
    residual: [...(dir === 'asc' ? [sql`${risks.residualRank} is null`] : []), o(c(risks.residualRank)), o(risks.residualScore)],
    owner: [sql`${people.name} is null`, o(sql`lower(${people.name})`)],
    treatment: [o(risks.treatment)],
    updatedAt: [o(risks.updatedAt)],
  };
};

const INDEXED_SORTS = new Set(['priority', 'inherent', 'residual', 'ref']);

/** FTS5's trigram tokenizer indexes runs of three characters: a shorter search cannot use it. */
const TRIGRAM = 3;
/**
 * Above this many rows holding the text, fetching them one by one from the index costs more than
 * reading the whole register once ("scenario" in 50,000 risks: 680 ms against 60 ms for the scan).
 */
const CANDIDATES_MAX = 2000;

/**
 * The register's text search: the ref (also "rsk7" for RSK-007), title, description or event holds the
 * text typed, case-insensitively for ASCII letters (SQLite's LIKE). From three characters on, the
 * trigram index risks_fts (migration 0018) first finds the rows holding the text in one of those
 * columns, folding case more widely than LIKE does, and the same LIKE test then decides on those, so
 * the rows found are exactly a full scan's (test/core/riskSearch.test.ts compares the two). `indexed`
 * false gives the scan alone.
 */
export function textSearch(ws: Workspace, search: string, indexed = true): SQL {
  const like = or(contains(risks.title, search), refMatches(risks, search), contains(risks.description, search), contains(risks.event, search))!;
  if (!indexed || [...search].length < TRIGRAM) return like;
  // One phrase: every character literal but the double quote, which FTS5 escapes by doubling.
  const phrase = `"${search.replaceAll('"', '""')}"`;
  const rowids = ws.sqlite.prepare('select rowid from "risks_fts" where "risks_fts" match ? limit ?').pluck().all(phrase, CANDIDATES_MAX + 1) as number[];
  if (rowids.length > CANDIDATES_MAX) return like;
  const exact = parseRef(refPrefixOf(risks)!, search);
  const candidates = sql`${risks}.rowid in (select value from json_each(${JSON.stringify(rowids)}))`;
  return and(exact ? or(candidates, eq(risks.ref, exact))! : candidates, like)!;
}

function filtersOf(ws: Workspace, q: z.output<typeof RiskQuery>, m: RiskMethod): SQL | undefined {
  const f: SQL[] = [];
  if (q.search) f.push(textSearch(ws, q.search));
  if (q.level) f.push(eq(risks.inherentRank, rankOf(q.level)));
  if (q.treatment) f.push(eq(risks.treatment, q.treatment));
  if (q.ownerId) f.push(eq(risks.ownerId, q.ownerId));
  if (q.assetId) f.push(eq(risks.assetId, q.assetId));
  if (q.aboveThreshold !== undefined) f.push(q.aboveThreshold ? gt(risks.inherentRank, rankOf(m.acceptance)) : sql`${risks.inherentRank} <= ${rankOf(m.acceptance)}`);
  if (q.cell) {
    f.push(q.cell.kind === 'inherent' ? and(eq(risks.likelihood, q.cell.likelihood), eq(risks.impact, q.cell.impact))! : and(eq(risks.residualLikelihood, q.cell.likelihood), eq(risks.residualImpact, q.cell.impact))!);
  }
  if (q.issueId) f.push(sql`exists (select 1 from "risk_issues" as "x" where "x"."risk_id" = "risks"."id" and "x"."issue_id" = ${q.issueId})`);
  if (q.requirementId) f.push(sql`exists (select 1 from "risk_requirements" as "x" where "x"."risk_id" = "risks"."id" and "x"."requirement_id" = ${q.requirementId})`);
  if (q.controlId) f.push(sql`exists (select 1 from "risk_controls" as "x" where "x"."risk_id" = "risks"."id" and "x"."control_id" = ${q.controlId})`);
  return f.length ? and(...f) : undefined;
}

export function listRisks(ws: Workspace, q: z.output<typeof RiskQuery>): { items: Risk[]; total: number } {
  const m = getMethod(ws);
  const where = filtersOf(ws, q, m);
  // Ties follow the direction of the sort, so a page is read straight off an index walked either way
  // (risks_priority, risks_filter) instead of sorting each run of equal scores: newest first when
  // descending, oldest first when ascending.
  const tie = q.dir === 'desc' && INDEXED_SORTS.has(q.sort) ? desc(inserted) : asc(inserted);
  if (q.search) {
    const { ids, total } = searchPage(ws, q, where, tie);
    const rows = new Map(ids.length ? base(ws).where(inArray(risks.id, ids)).all().map((r) => [r.risk.id, flatten(r)]) : []);
    return { items: hydrate(ws, ids.map((id) => rows.get(id)!), m), total };
  }
  const found = base(ws)
    .where(where)
    .orderBy(...sortColumns(q.dir)[q.sort], tie)
    .limit(q.limit)
    .offset(q.offset)
    .all();
  // Without a search the page is read off an index and the count from a covering index.
  const total = ws.db.select({ n: count() }).from(risks).where(where).get()?.n ?? 0;
  return { items: hydrate(ws, found.map(flatten), m), total };
}

/**
 * A text search: the page's ids first, from the sort keys alone (people joined only to sort by owner),
 * with the count riding on the same pass as a window; then those rows in full. Computing every match's
 * joins and action count before sorting took 350-530 ms when most of 50,000 risks held the text
 * (issue 11 item 9).
 */
function searchPage(ws: Workspace, q: z.output<typeof RiskQuery>, where: SQL | undefined, tie: SQL) {
  const keys = ws.db.select({ id: risks.id, total: sql<number>`count(*) over ()` }).from(risks).$dynamic();
  const page = (q.sort === 'owner' ? keys.leftJoin(people, eq(risks.ownerId, people.id)) : keys)
    .where(where)
    .orderBy(...sortColumns(q.dir, true)[q.sort], tie)
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total = page[0]?.total ?? ws.db.select({ n: count() }).from(risks).where(where).get()?.n ?? 0;
  return { ids: page.map((r) => r.id), total };
}

export function getRisk(ws: Workspace, id: string): Risk {
  const row = base(ws).where(eq(risks.id, id)).get();
  if (!row) throw notFound('Risk', id);
  return hydrate(ws, [flatten(row)], getMethod(ws))[0];
}

type Merged = z.output<typeof RiskFields>;

function fail(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });
}

/** Rules on the record as it will be stored (after merging a partial update). */
function check(ws: Workspace, v: Merged, m: RiskMethod) {
  if (v.basis === 'asset') {
    if (!v.assetId) fail('assetId', 'An asset-based risk needs its asset.');
    if (!v.threatId) fail('threatId', 'An asset-based risk needs a threat.');
  } else if (!v.event.trim()) fail('event', 'An event-based risk needs the event described.');
  if (!v.affectsC && !v.affectsI && !v.affectsA) fail('affectsC', 'Tick at least one of confidentiality, integrity and availability.');
  if ((v.residualLikelihood === null) !== (v.residualImpact === null)) fail(v.residualLikelihood === null ? 'residualLikelihood' : 'residualImpact', 'Give both residual likelihood and residual impact, or neither.');
  const len: Record<string, number> = { likelihood: m.likelihood.length, residualLikelihood: m.likelihood.length, impact: m.impact.length, residualImpact: m.impact.length };
  assertOnScale(m, { likelihood: v.likelihood, impact: v.impact, residualLikelihood: v.residualLikelihood, residualImpact: v.residualImpact }, (f) => len[f]);
  assertPerson(ws, v.ownerId, 'ownerId');
  const exists1 = (table: typeof assets | typeof threats | typeof vulnerabilities, id: string | null, field: string, what: string) => {
    if (id && !ws.db.select({ id: table.id }).from(table).where(eq(table.id, id)).get()) throw new AppError('NOT_FOUND', `That ${what} does not exist.`, { field, id });
  };
  exists1(assets, v.assetId, 'assetId', 'asset');
  exists1(threats, v.threatId, 'threatId', 'threat');
  exists1(vulnerabilities, v.vulnerabilityId, 'vulnerabilityId', 'vulnerability');
  const all = (table: typeof contextIssues | typeof partyRequirements | typeof controls, ids: string[], field: string, what: string) => {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = ws.db.select({ n: count() }).from(table).where(inArray(table.id, unique)).get()?.n ?? 0;
    if (found !== unique.length) throw new AppError('NOT_FOUND', `One of the ${what} does not exist.`, { field });
  };
  all(contextIssues, v.issueIds, 'issueIds', '4.1 issues');
  all(partyRequirements, v.requirementIds, 'requirementIds', '4.2 requirements');
  all(controls, v.controlIds, 'controlIds', 'controls');
}

/** Replaces a risk's links of one kind, touching only what changed so the log shows the real change. */
function syncLinks(w: Writer, table: typeof riskIssues | typeof riskRequirements | typeof riskControls, riskId: string, column: 'issueId' | 'requirementId' | 'controlId', wanted: string[]) {
  const col = (table as unknown as Record<string, typeof riskIssues.issueId>)[column];
  const current = w.db.select({ id: table.id, target: col }).from(table).where(eq(table.riskId, riskId)).all();
  const want = new Set(wanted);
  for (const row of current) if (!want.has(row.target)) w.remove(table, row.id);
  const have = new Set(current.map((r) => r.target));
  for (const target of want) if (!have.has(target)) w.insert(table as typeof riskIssues, { riskId, [column]: target } as never);
}

/** A control chosen to treat a risk becomes applicable in the SoA, unless someone already decided otherwise. */
function markApplicable(w: Writer, controlIds: string[]) {
  for (const id of controlIds) {
    const c = w.db.select({ applicable: controls.applicable }).from(controls).where(eq(controls.id, id)).get();
    if (c && c.applicable === null) w.update(controls, id, { applicable: true });
  }
}

function scoresOf(m: RiskMethod, v: Merged) {
  const inh = derive(m, v.likelihood, v.impact);
  const res = v.residualLikelihood !== null && v.residualImpact !== null ? derive(m, v.residualLikelihood, v.residualImpact) : null;
  return { inherentScore: inh.score, inherentRank: inh.rank, residualScore: res?.score ?? null, residualRank: res?.rank ?? null };
}

function columnsOf(v: Merged) {
  const { issueIds: _i, requirementIds: _r, controlIds: _c, ...fields } = v;
  return fields;
}

export function createRisk(ws: Workspace, input: Merged): Risk {
  const m = getMethod(ws);
  check(ws, input, m);
  const id = write(ws, (w) => {
    const row = w.insert(risks, { ...columnsOf(input), ...scoresOf(m, input) });
    syncLinks(w, riskIssues, row.id, 'issueId', input.issueIds);
    syncLinks(w, riskRequirements, row.id, 'requirementId', input.requirementIds);
    syncLinks(w, riskControls, row.id, 'controlId', input.controlIds);
    markApplicable(w, input.controlIds);
    return row.id;
  });
  return getRisk(ws, id);
}

export function updateRisk(ws: Workspace, { id, ...patch }: z.output<typeof RiskPatch>): Risk {
  const current = getRisk(ws, id);
  const m = getMethod(ws);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const merged = { ...current, ...defined } as Merged;
  check(ws, merged, m);
  write(ws, (w) => {
    w.update(risks, id, { ...columnsOf(merged), ...scoresOf(m, merged) });
    if (patch.issueIds) syncLinks(w, riskIssues, id, 'issueId', patch.issueIds);
    if (patch.requirementIds) syncLinks(w, riskRequirements, id, 'requirementId', patch.requirementIds);
    if (patch.controlIds) {
      syncLinks(w, riskControls, id, 'controlId', patch.controlIds);
      markApplicable(w, patch.controlIds);
    }
  });
  return getRisk(ws, id);
}

/** Actions, decisions and links go with the risk, each removal logged, once the caller confirmed what goes. */
export function deleteRisk(ws: Workspace, id: string, confirm = false) {
  const r = getRisk(ws, id);
  assertDeleteConfirmed(r.ref, riskReferences(ws, id), confirm);
  write(ws, (w) => {
    for (const t of [riskIssues, riskRequirements, riskControls, treatmentActions] as const) {
      for (const row of w.db.select({ id: t.id }).from(t).where(eq(t.riskId, id)).all()) w.remove(t, row.id);
    }
    w.remove(risks, id);
  });
}

export function heatMaps(ws: Workspace): HeatMaps {
  const m = getMethod(ws);
  const grid = () => m.likelihood.map(() => m.impact.map(() => 0));
  const inherent = grid();
  const residual = grid();
  const put = (g: number[][], l: number | null, i: number | null, n: number) => {
    if (l !== null && i !== null && g[l - 1]?.[i - 1] !== undefined) g[l - 1][i - 1] += n;
  };
  // risk_cells (migration 0018, kept by triggers) holds the count of each cell of both maps, an
  // unassessed residual in cell 0 x 0: a few dozen rows instead of grouping every risk twice.
  let total = 0;
  let withoutResidual = 0;
  for (const r of ws.sqlite.prepare('select kind, likelihood as l, impact as i, risks as n from risk_cells where risks <> 0').all() as { kind: string; l: number; i: number; n: number }[]) {
    if (r.kind === 'inherent') {
      put(inherent, r.l, r.i, r.n);
      total += r.n;
    } else if (r.l === 0) withoutResidual += r.n;
    else put(residual, r.l, r.i, r.n);
  }
  return { likelihood: m.likelihood.map((s) => s.label), impact: m.impact.map((s) => s.label), matrix: m.matrix, inherent, residual, total, withoutResidual };
}

/** 6.1.1 shown both ways: the risks citing a 4.1 issue or a 4.2 requirement. */
export function sourcesOf(ws: Workspace, q: { issueId?: string; requirementId?: string }) {
  if (!q.issueId && !q.requirementId) return [];
  const link = q.issueId
    ? ws.db.select({ riskId: riskIssues.riskId }).from(riskIssues).where(eq(riskIssues.issueId, q.issueId))
    : ws.db.select({ riskId: riskRequirements.riskId }).from(riskRequirements).where(eq(riskRequirements.requirementId, q.requirementId!));
  return ws.db
    .select({ id: risks.id, ref: risks.ref, title: risks.title, rank: risks.inherentRank })
    .from(risks)
    .where(inArray(risks.id, link))
    .orderBy(asc(inserted))
    .all()
    .map((r) => ({ id: r.id, ref: r.ref, title: r.title, level: levelOfRank(r.rank) }));
}

const refNumber = (ref: string) => Number(ref.slice(ref.indexOf('-') + 1));

/** Every risk, hydrated, for exports: highest level and score first, then in the order of their ids. */
export function allRisks(ws: Workspace): Risk[] {
  const all = listRisks(ws, { search: '', sort: 'priority', dir: 'desc', offset: 0, limit: 1_000_000 }).items;
  return all.sort((a, b) => rankOf(b.inherentLevel) - rankOf(a.inherentLevel) || b.inherentScore - a.inherentScore || refNumber(a.ref) - refNumber(b.ref));
}
