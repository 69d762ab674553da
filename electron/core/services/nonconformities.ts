import { and, asc, count, desc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { FishboneCause, NcFields, type Nc, type NcDetail, type NcPatch, type NcQuery, type NcTransitionInput, type SimilarNc, type SimilarQuery } from '../../../shared/contract/improvement';
import { ncTransitionProblem, nextNcStatus, type NcAction, type NcStatus } from '../../../shared/ncStates';
import { mergePatch } from '../validation';
import type { Workspace } from '../db/open';
import { assets, controls, correctiveActions, effectivenessReviews, improvementLinks, improvements, ncTransitions, nonconformities, people } from '../db/schema';
import { alias } from 'drizzle-orm/sqlite-core';
import { write, type Writer } from '../db/write';
import { assertPerson, getPerson } from './people';
import { contains, refMatches, refOrder } from './query';
import { dateFieldError, todayOf } from './dates';
import { assertDeleteConfirmed } from './references';
import { listCorrectiveActions, listLinks, listReviews, transitionsOf } from './ncActions';

type NcInput = z.output<typeof NcFields>;
const reporter = alias(people, 'reporter');

const columns = {
  nc: nonconformities,
  reporterName: reporter.name,
  ownerName: people.name,
  controlLabel: sql<string | null>`case when ${controls.id} is null then null else ${controls.code} || ' ' || ${controls.title} end`,
  assetName: assets.name,
  actionCount: sql<number>`(select count(*) from "corrective_actions" as "ca" where "ca"."nc_id" = "nonconformities"."id" and "ca"."status" <> 'cancelled')`,
  openActions: sql<number>`(select count(*) from "corrective_actions" as "ca" where "ca"."nc_id" = "nonconformities"."id" and "ca"."status" in ('planned', 'in-progress'))`,
};

const base = (ws: Workspace) =>
  ws.db
    .select({ ...columns, overdueActions: sql<number>`(select count(*) from "corrective_actions" as "ca" where "ca"."nc_id" = "nonconformities"."id" and "ca"."status" in ('planned', 'in-progress') and "ca"."due_date" < ${todayOf(ws)})` })
    .from(nonconformities)
    .leftJoin(reporter, eq(nonconformities.reporterId, reporter.id))
    .leftJoin(people, eq(nonconformities.ownerId, people.id))
    .leftJoin(controls, eq(nonconformities.controlId, controls.id))
    .leftJoin(assets, eq(nonconformities.assetId, assets.id));

type Row = { nc: typeof nonconformities.$inferSelect; reporterName: string | null; ownerName: string | null; controlLabel: string | null; assetName: string | null; actionCount: number; openActions: number; overdueActions: number };

/** JSON columns written through the contract's schemas; read back defensively (a damaged cell reads as empty). */
function parseJson<T>(text: string, check: (v: unknown) => T[]): T[] {
  try {
    return check(JSON.parse(text));
  } catch {
    return [];
  }
}
const asWhys = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const asFishbone = (v: unknown) => (Array.isArray(v) ? v.flatMap((x) => (FishboneCause.safeParse(x).success ? [x as FishboneCause] : [])) : []);

function shape(r: Row): Nc {
  const n = r.nc;
  return {
    id: n.id,
    ref: n.ref,
    title: n.title,
    description: n.description,
    source: n.source as Nc['source'],
    sourceReference: n.sourceReference,
    clauseId: n.clauseId as Nc['clauseId'],
    controlId: n.controlId,
    assetId: n.assetId,
    severity: n.severity as Nc['severity'],
    raisedOn: n.raisedOn,
    reporterId: n.reporterId,
    ownerId: n.ownerId,
    correction: n.correction,
    containment: n.containment,
    whys: parseJson(n.whys, asWhys),
    fishbone: parseJson(n.fishbone, asFishbone),
    rootCause: n.rootCause,
    status: n.status as NcStatus,
    reopenCount: n.reopenCount,
    closedOn: n.closedOn,
    closedByName: n.closedByName,
    closureEvidence: n.closureEvidence,
    reporterName: r.reporterName,
    ownerName: r.ownerName,
    controlLabel: r.controlLabel,
    assetName: r.assetName,
    actionCount: r.actionCount,
    openActions: r.openActions,
    overdueActions: r.overdueActions,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    createdBy: n.createdBy,
    updatedBy: n.updatedBy,
  };
}

const STATUS_ORDER = sql`case ${nonconformities.status} when 'open' then 0 when 'correction-done' then 1 when 'cause-analysed' then 2 when 'actions-planned' then 3 when 'actions-done' then 4 when 'effectiveness-verified' then 5 else 6 end`;

export function listNcs(ws: Workspace, q: z.output<typeof NcQuery>): { items: Nc[]; total: number } {
  const f: SQL[] = [];
  if (q.search) f.push(or(refMatches(nonconformities, q.search), contains(nonconformities.title, q.search), contains(nonconformities.description, q.search), contains(nonconformities.sourceReference, q.search), contains(nonconformities.rootCause, q.search))!);
  if (q.status) f.push(eq(nonconformities.status, q.status));
  if (q.open) f.push(ne(nonconformities.status, 'closed'));
  if (q.source) f.push(eq(nonconformities.source, q.source));
  const where = f.length ? and(...f) : undefined;
  const o = q.dir === 'asc' ? asc : desc;
  const sorts: Record<typeof q.sort, SQL> = {
    ref: refOrder(nonconformities.ref),
    title: sql`lower(${nonconformities.title})`,
    status: STATUS_ORDER,
    severity: sql`case ${nonconformities.severity} when 'major' then 0 else 1 end`,
    raisedOn: sql`${nonconformities.raisedOn}`,
    source: sql`${nonconformities.source}`,
    updatedAt: sql`${nonconformities.updatedAt}`,
  };
  const items = base(ws).where(where).orderBy(o(sorts[q.sort]), asc(refOrder(nonconformities.ref))).limit(q.limit).offset(q.offset).all().map(shape);
  const total = ws.db.select({ n: count() }).from(nonconformities).where(where).get()?.n ?? 0;
  return { items, total };
}

export function getNc(ws: Workspace, id: string): Nc {
  const row = base(ws).where(eq(nonconformities.id, id)).get();
  if (!row) throw notFound('Nonconformity', id);
  return shape(row);
}

export function getNcDetail(ws: Workspace, id: string): NcDetail {
  const nc = getNc(ws, id);
  return { ...nc, actions: listCorrectiveActions(ws, id), reviews: listReviews(ws, id), history: transitionsOf(ws, id), links: listLinks(ws, { ncId: id }) };
}

/** Every nonconformity, for exports and readiness. */
export function allNcs(ws: Workspace): Nc[] {
  return base(ws).orderBy(asc(refOrder(nonconformities.ref))).all().map(shape);
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

function check(ws: Workspace, v: NcInput) {
  if (v.raisedOn > todayOf(ws)) throw dateFieldError('raisedOn', 'The day it was raised cannot be in the future.');
  assertPerson(ws, v.reporterId, 'reporterId');
  assertPerson(ws, v.ownerId, 'ownerId');
  if (v.controlId && !ws.db.select({ id: controls.id }).from(controls).where(eq(controls.id, v.controlId)).get()) throw new AppError('NOT_FOUND', 'That control does not exist.', { field: 'controlId', id: v.controlId });
  if (v.assetId && !ws.db.select({ id: assets.id }).from(assets).where(eq(assets.id, v.assetId)).get()) throw new AppError('NOT_FOUND', 'That asset does not exist.', { field: 'assetId', id: v.assetId });
}

const columnsOf = (v: NcInput) => ({ ...v, whys: JSON.stringify(v.whys), fishbone: JSON.stringify(v.fishbone) });

export function createNc(ws: Workspace, input: NcInput): NcDetail {
  check(ws, input);
  return getNcDetail(ws, write(ws, (w) => w.insert(nonconformities, { ...columnsOf(input), status: 'open' })).id);
}

export function assertNotClosed(nc: { status: string; ref: string }) {
  if (nc.status === 'closed') throw new AppError('CONFLICT', `${nc.ref} is closed; a closed nonconformity is a record and no longer changes. Raise a new one if the problem comes back.`, { field: 'status' });
}

export function updateNc(ws: Workspace, { id, ...patch }: z.output<typeof NcPatch>): NcDetail {
  const current = getNc(ws, id);
  assertNotClosed(current);
  const merged = mergePatch(NcFields, current, patch);
  check(ws, merged);
  write(ws, (w) => w.update(nonconformities, id, columnsOf(merged)));
  return getNcDetail(ws, id);
}

export function ncReferences(ws: Workspace, id: string) {
  const refs: { kind: string; id: string; label: string; effect: 'unlinked' | 'deleted' }[] = [];
  for (const a of ws.db.select({ id: correctiveActions.id, ref: correctiveActions.ref, title: correctiveActions.title }).from(correctiveActions).where(eq(correctiveActions.ncId, id)).all()) refs.push({ kind: 'improvement.action', id: a.id, label: `Corrective action ${a.ref} "${a.title}"`, effect: 'deleted' });
  for (const r of ws.db.select({ id: effectivenessReviews.id, plannedOn: effectivenessReviews.plannedOn }).from(effectivenessReviews).where(eq(effectivenessReviews.ncId, id)).all()) refs.push({ kind: 'improvement.review', id: r.id, label: `Effectiveness review planned for ${r.plannedOn}`, effect: 'deleted' });
  for (const l of ws.db.select({ id: improvementLinks.id, kind: improvementLinks.kind }).from(improvementLinks).where(eq(improvementLinks.ncId, id)).all()) refs.push({ kind: 'improvement.link', id: l.id, label: `Link to a ${l.kind}`, effect: 'deleted' });
  for (const o of ws.db.select({ id: improvements.id, ref: improvements.ref, title: improvements.title }).from(improvements).where(eq(improvements.ncId, id)).all()) refs.push({ kind: 'improvement.opportunity', id: o.id, label: `Improvement ${o.ref} "${o.title}" (keeps its text)`, effect: 'unlinked' });
  return refs;
}

export function deleteNc(ws: Workspace, id: string, confirm: boolean) {
  const nc = getNc(ws, id);
  assertDeleteConfirmed(`${nc.ref}`, ncReferences(ws, id), confirm);
  write(ws, (w) => {
    for (const t of [improvementLinks, effectivenessReviews, ncTransitions, correctiveActions] as const) {
      for (const row of w.db.select({ id: t.id }).from(t).where(eq(t.ncId, id)).all()) w.remove(t, row.id);
    }
    w.detach(improvements, improvements.ncId, id);
    w.remove(nonconformities, id);
  });
}

/** Writes one move through the state table, with its history row; the caller checked the record. */
export function moveNc(w: Writer, nc: { id: string; status: NcStatus; ref: string }, action: NcAction, on: string, note: string, extra: Partial<typeof nonconformities.$inferInsert> = {}) {
  const problem = ncTransitionProblem(nc.status, action);
  if (problem) throw new AppError('CONFLICT', `${nc.ref}: ${problem}`, { field: 'action', status: nc.status, action });
  const to = nextNcStatus(nc.status, action)!;
  w.update(nonconformities, nc.id, { status: to, ...extra });
  w.insert(ncTransitions, { ncId: nc.id, fromStatus: nc.status, toStatus: to, action, on, note });
}

/** What a step needs on the record beyond the state table, said as the user would fix it. */
function stepProblem(ws: Workspace, nc: Nc, action: NcAction, input: z.output<typeof NcTransitionInput>): { field: string; message: string } | null {
  const actions = listCorrectiveActions(ws, nc.id).filter((a) => a.status !== 'cancelled');
  switch (action) {
    case 'record-correction':
      return nc.correction.trim() ? null : { field: 'correction', message: 'Record the correction (what was done straight away to fix the problem) first.' };
    case 'analyse-cause':
      if (nc.whys.length === 0) return { field: 'whys', message: 'Answer at least the first "why" before the cause counts as analysed.' };
      return nc.rootCause.trim() ? null : { field: 'rootCause', message: 'Write the root cause statement first.' };
    case 'plan-actions': {
      if (actions.length === 0) return { field: 'actions', message: 'Plan at least one corrective action first.' };
      const loose = actions.filter((a) => !a.ownerId || !a.dueDate);
      return loose.length ? { field: 'actions', message: `Give every action an owner and a due date (${loose.map((a) => a.ref).join(', ')}).` } : null;
    }
    case 'complete-actions': {
      const open = actions.filter((a) => a.status !== 'done');
      if (actions.length === 0) return { field: 'actions', message: 'There are no actions to complete.' };
      return open.length ? { field: 'actions', message: `Finish every action first (${open.map((a) => a.ref).join(', ')} not done).` } : null;
    }
    case 'close':
      if (!input.closedById) return { field: 'closedById', message: 'Say who closes the nonconformity.' };
      return input.closureEvidence?.trim() ? null : { field: 'closureEvidence', message: 'Closing needs evidence that the nonconformity is resolved.' };
    default:
      return null;
  }
}

export function transitionNc(ws: Workspace, input: z.output<typeof NcTransitionInput>): NcDetail {
  const nc = getNc(ws, input.id);
  const action = input.action as NcAction;
  const tableProblem = ncTransitionProblem(nc.status, action);
  if (tableProblem) throw new AppError('CONFLICT', `${nc.ref}: ${tableProblem}`, { field: 'action', status: nc.status, action });
  const on = input.on ?? todayOf(ws);
  if (on > todayOf(ws)) throw dateFieldError('on', 'A step cannot be dated in the future.');
  if (on < nc.raisedOn) throw dateFieldError('on', `A step cannot be dated before the nonconformity was raised (${nc.raisedOn}).`);
  const problem = stepProblem(ws, nc, action, input);
  if (problem) throw invalid(problem.field, problem.message);
  let extra = {};
  if (action === 'close') {
    assertPerson(ws, input.closedById!, 'closedById');
    extra = { closedOn: on, closedById: input.closedById, closedByName: getPerson(ws, input.closedById!).name, closureEvidence: input.closureEvidence!.trim() };
  }
  write(ws, (w) => moveNc(w, nc, action, on, input.note, extra));
  return getNcDetail(ws, nc.id);
}

/** 10.2 b) 3): other nonconformities on the same clause, control or asset, newest first. */
export function similarNcs(ws: Workspace, q: z.output<typeof SimilarQuery>): SimilarNc[] {
  const f: SQL[] = [];
  if (q.clauseId) f.push(eq(nonconformities.clauseId, q.clauseId));
  if (q.controlId) f.push(eq(nonconformities.controlId, q.controlId));
  if (q.assetId) f.push(eq(nonconformities.assetId, q.assetId));
  if (f.length === 0) return [];
  const where = q.excludeId ? and(or(...f), ne(nonconformities.id, q.excludeId)) : or(...f);
  return ws.db
    .select({ id: nonconformities.id, ref: nonconformities.ref, title: nonconformities.title, status: nonconformities.status, raisedOn: nonconformities.raisedOn, clauseId: nonconformities.clauseId, controlId: nonconformities.controlId, assetId: nonconformities.assetId })
    .from(nonconformities)
    .where(where)
    .orderBy(desc(nonconformities.raisedOn), desc(refOrder(nonconformities.ref)))
    .limit(50)
    .all()
    .map((r) => ({
      id: r.id,
      ref: r.ref,
      title: r.title,
      status: r.status as NcStatus,
      raisedOn: r.raisedOn,
      reasons: [
        q.clauseId && r.clauseId === q.clauseId ? `same clause ${q.clauseId}` : '',
        q.controlId && r.controlId === q.controlId ? 'same control' : '',
        q.assetId && r.assetId === q.assetId ? 'same asset' : '',
      ].filter(Boolean),
    }));
}
