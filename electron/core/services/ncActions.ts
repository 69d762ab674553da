import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { ActionFields, ActionPatch, CorrectiveAction, Link, LinkFields, LinkKind, Review, ReviewFields, ReviewPatch, ReviewResultInput, Transition } from '../../../shared/contract/improvement';
import { actionsEditable, NC_STATUS_LABEL, type NcAction, type NcStatus } from '../../../shared/ncStates';
import type { Workspace } from '../db/open';
import { controls, correctiveActions, effectivenessReviews, improvementLinks, ncTransitions, nonconformities, people, policies, risks } from '../db/schema';
import { write } from '../db/write';
import { assertPerson, getPerson } from './people';
import { dateFieldError, todayOf } from './dates';
import { assertDeleteConfirmed } from './references';
import { assertNotClosed, getNcDetail, moveNc } from './nonconformities';
import type { NcDetail } from '../../../shared/contract/improvement';

// ---------- corrective actions ----------

const actionBase = (ws: Workspace) =>
  ws.db
    .select({ a: correctiveActions, ncRef: nonconformities.ref, ncTitle: nonconformities.title, ownerName: people.name })
    .from(correctiveActions)
    .innerJoin(nonconformities, eq(correctiveActions.ncId, nonconformities.id))
    .leftJoin(people, eq(correctiveActions.ownerId, people.id));

function shapeAction(today: string, r: { a: typeof correctiveActions.$inferSelect; ncRef: string; ncTitle: string; ownerName: string | null }): CorrectiveAction {
  const a = r.a;
  const open = a.status === 'planned' || a.status === 'in-progress';
  return { ...a, status: a.status as CorrectiveAction['status'], ncRef: r.ncRef, ncTitle: r.ncTitle, ownerName: r.ownerName, overdue: open && a.dueDate !== null && a.dueDate < today };
}

/** The corrective action plan, of one nonconformity or of all: by due date (undated last), then id. */
export function listCorrectiveActions(ws: Workspace, ncId?: string): CorrectiveAction[] {
  const today = todayOf(ws);
  return actionBase(ws)
    .where(ncId ? eq(correctiveActions.ncId, ncId) : undefined)
    .orderBy(sql`${correctiveActions.dueDate} is null`, asc(correctiveActions.dueDate), asc(sql`"corrective_actions"."rowid"`))
    .all()
    .map((r) => shapeAction(today, r));
}

function getAction(ws: Workspace, id: string): CorrectiveAction {
  const row = actionBase(ws).where(eq(correctiveActions.id, id)).get();
  if (!row) throw notFound('Corrective action', id);
  return shapeAction(todayOf(ws), row);
}

function ncRow(ws: Workspace, id: string) {
  const nc = ws.db.select({ id: nonconformities.id, ref: nonconformities.ref, status: nonconformities.status, raisedOn: nonconformities.raisedOn, reopenCount: nonconformities.reopenCount }).from(nonconformities).where(eq(nonconformities.id, id)).get();
  if (!nc) throw new AppError('NOT_FOUND', 'That nonconformity does not exist.', { field: 'ncId', id });
  return { ...nc, status: nc.status as NcStatus };
}

/** Once every action is done the plan is what the effectiveness review judges; a failed review reopens it. */
function assertPlanOpen(nc: { ref: string; status: NcStatus }) {
  assertNotClosed(nc);
  if (!actionsEditable(nc.status)) {
    throw new AppError('CONFLICT', `${nc.ref} is "${NC_STATUS_LABEL[nc.status].toLowerCase()}": its actions are done and wait for the effectiveness review. If the review fails, the nonconformity reopens and further actions can be planned.`, { field: 'ncId' });
  }
}

function checkAction(ws: Workspace, v: { ownerId?: string | null; status?: string; completedOn?: string | null }) {
  assertPerson(ws, v.ownerId ?? null, 'ownerId');
  if (v.completedOn && v.completedOn > todayOf(ws)) throw dateFieldError('completedOn', 'An action cannot be completed in the future.');
}

export function createCorrectiveAction(ws: Workspace, input: z.output<typeof ActionFields>): CorrectiveAction {
  const nc = ncRow(ws, input.ncId);
  assertPlanOpen(nc);
  checkAction(ws, input);
  const completedOn = input.status === 'done' ? (input.completedOn ?? todayOf(ws)) : null;
  return getAction(ws, write(ws, (w) => w.insert(correctiveActions, { ...input, completedOn })).id);
}

export function updateCorrectiveAction(ws: Workspace, { id, ...patch }: z.output<typeof ActionPatch>): CorrectiveAction {
  const current = getAction(ws, id);
  assertPlanOpen(ncRow(ws, current.ncId));
  checkAction(ws, patch);
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as typeof patch;
  const status = given.status ?? current.status;
  // The day it was done is kept with the status: set when it becomes done, cleared when it is not.
  const completedOn = status === 'done' ? (given.completedOn ?? current.completedOn ?? todayOf(ws)) : null;
  write(ws, (w) => w.update(correctiveActions, id, { ...given, completedOn }));
  return getAction(ws, id);
}

export function deleteCorrectiveAction(ws: Workspace, id: string, confirm: boolean) {
  const a = getAction(ws, id);
  assertPlanOpen(ncRow(ws, a.ncId));
  const links = listLinks(ws, { ncId: a.ncId }).filter((l) => l.actionId === id);
  assertDeleteConfirmed(a.ref, links.map((l) => ({ kind: 'improvement.link', id: l.id, label: `Link to ${l.kind} ${l.label}`, effect: 'deleted' as const })), confirm);
  write(ws, (w) => {
    for (const l of links) w.remove(improvementLinks, l.id);
    w.remove(correctiveActions, id);
  });
}

// ---------- effectiveness reviews ----------

const shapeReview = (r: typeof effectivenessReviews.$inferSelect): Review => ({ ...r, result: r.result as Review['result'] });

export function listReviews(ws: Workspace, ncId: string): Review[] {
  return ws.db.select().from(effectivenessReviews).where(eq(effectivenessReviews.ncId, ncId)).orderBy(asc(effectivenessReviews.plannedOn), asc(sql`"effectiveness_reviews"."rowid"`)).all().map(shapeReview);
}

function getReview(ws: Workspace, id: string): Review {
  const r = ws.db.select().from(effectivenessReviews).where(eq(effectivenessReviews.id, id)).get();
  if (!r) throw notFound('Effectiveness review', id);
  return shapeReview(r);
}

function assertPending(r: Review) {
  if (r.result !== 'pending') throw new AppError('CONFLICT', `This review was recorded on ${r.reviewedOn} (${r.result === 'effective' ? 'effective' : 'not effective'}); a recorded review is kept as it was. Plan a new review instead.`, { field: 'id' });
}

export function createReview(ws: Workspace, input: z.output<typeof ReviewFields>): Review {
  const nc = ncRow(ws, input.ncId);
  assertNotClosed(nc);
  assertPerson(ws, input.reviewerId, 'reviewerId');
  if (input.plannedOn < nc.raisedOn) throw dateFieldError('plannedOn', `The review cannot be planned before the nonconformity was raised (${nc.raisedOn}).`);
  const reviewerName = getPerson(ws, input.reviewerId).name;
  return getReview(ws, write(ws, (w) => w.insert(effectivenessReviews, { ...input, reviewerName, result: 'pending' })).id);
}

export function updateReview(ws: Workspace, { id, ...patch }: z.output<typeof ReviewPatch>): Review {
  const r = getReview(ws, id);
  assertPending(r);
  assertNotClosed(ncRow(ws, r.ncId));
  const change: Partial<typeof effectivenessReviews.$inferInsert> = {};
  if (patch.reviewerId) {
    assertPerson(ws, patch.reviewerId, 'reviewerId');
    Object.assign(change, { reviewerId: patch.reviewerId, reviewerName: getPerson(ws, patch.reviewerId).name });
  }
  if (patch.plannedOn) change.plannedOn = patch.plannedOn;
  if (patch.criteria) change.criteria = patch.criteria;
  write(ws, (w) => w.update(effectivenessReviews, id, change));
  return getReview(ws, id);
}

/** The result decides the next state: effective -> effectiveness verified; not effective -> reopened at "cause analysed". */
export function recordReview(ws: Workspace, input: z.output<typeof ReviewResultInput>): NcDetail {
  const r = getReview(ws, input.id);
  assertPending(r);
  const nc = ncRow(ws, r.ncId);
  const reviewedOn = input.reviewedOn ?? todayOf(ws);
  if (reviewedOn > todayOf(ws)) throw dateFieldError('reviewedOn', 'A review cannot be recorded for a day still to come.');
  if (reviewedOn < nc.raisedOn) throw dateFieldError('reviewedOn', `A review cannot be dated before the nonconformity was raised (${nc.raisedOn}).`);
  const action: NcAction = input.result === 'effective' ? 'review-passed' : 'review-failed';
  write(ws, (w) => {
    w.update(effectivenessReviews, r.id, { result: input.result, reviewedOn, notes: input.notes });
    const reopen = action === 'review-failed' ? { reopenCount: nc.reopenCount + 1 } : {};
    moveNc(w, nc, action, reviewedOn, input.notes, reopen);
  });
  return getNcDetail(ws, nc.id);
}

export function deleteReview(ws: Workspace, id: string) {
  const r = getReview(ws, id);
  assertPending(r);
  assertNotClosed(ncRow(ws, r.ncId));
  write(ws, (w) => w.remove(effectivenessReviews, id));
}

export function transitionsOf(ws: Workspace, ncId: string): Transition[] {
  return ws.db
    .select()
    .from(ncTransitions)
    .where(eq(ncTransitions.ncId, ncId))
    .orderBy(asc(sql`"nc_transitions"."rowid"`))
    .all()
    .map((t) => ({ id: t.id, fromStatus: t.fromStatus as NcStatus, toStatus: t.toStatus as NcStatus, action: t.action as NcAction, on: t.on, note: t.note, by: t.createdBy }));
}

// ---------- links ----------

/** Registers built by other issues (findings: issue 14, metrics: issue 13) are read only once their table exists. */
const PENDING_REGISTERS: Record<'finding' | 'metric', { table: string; what: string }> = {
  finding: { table: 'audit_findings', what: 'Audit findings (9.2)' },
  metric: { table: 'metrics', what: 'Metrics (9.1)' },
};

function tableExists(ws: Workspace, name: string): boolean {
  return !!ws.sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name);
}

/** A label for a record of a register this issue does not own: its ref and title or name when it has them. */
function pendingLabel(ws: Workspace, kind: 'finding' | 'metric', id: string): string | null {
  const reg = PENDING_REGISTERS[kind];
  if (!tableExists(ws, reg.table)) return null;
  const row = ws.sqlite.prepare(`select * from "${reg.table}" where id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  return [row.ref, row.title ?? row.name].filter((x) => typeof x === 'string' && x).join(' ') || id;
}

function targetLabel(ws: Workspace, kind: LinkKind, id: string): string | null {
  switch (kind) {
    case 'control': {
      const c = ws.db.select({ code: controls.code, title: controls.title }).from(controls).where(eq(controls.id, id)).get();
      return c ? `${c.code} ${c.title}` : null;
    }
    case 'policy': {
      const p = ws.db.select({ ref: policies.ref, title: policies.title }).from(policies).where(eq(policies.id, id)).get();
      return p ? `${p.ref} ${p.title}` : null;
    }
    case 'risk': {
      const r = ws.db.select({ ref: risks.ref, title: risks.title }).from(risks).where(eq(risks.id, id)).get();
      return r ? `${r.ref} ${r.title}` : null;
    }
    default:
      return pendingLabel(ws, kind, id);
  }
}

const TARGET_COLUMN = { control: 'controlId', policy: 'policyId', risk: 'riskId', finding: 'findingId', metric: 'metricId' } as const;

type LinkRow = typeof improvementLinks.$inferSelect;
const targetOf = (l: LinkRow): string => l.controlId ?? l.policyId ?? l.riskId ?? l.findingId ?? l.metricId ?? '';

export function listLinks(ws: Workspace, q: { ncId?: string; kind?: LinkKind; targetId?: string }): Link[] {
  const f = [];
  if (q.ncId) f.push(eq(improvementLinks.ncId, q.ncId));
  if (q.kind && q.targetId) f.push(eq(improvementLinks[TARGET_COLUMN[q.kind]], q.targetId));
  return ws.db
    .select({ l: improvementLinks, actionRef: correctiveActions.ref })
    .from(improvementLinks)
    .leftJoin(correctiveActions, eq(improvementLinks.actionId, correctiveActions.id))
    .where(f.length ? and(...f) : undefined)
    .orderBy(asc(sql`"improvement_links"."rowid"`))
    .all()
    .map(({ l, actionRef }) => {
      const targetId = targetOf(l);
      const kind = l.kind as LinkKind;
      return { id: l.id, ncId: l.ncId, actionId: l.actionId, actionRef, kind, targetId, label: targetLabel(ws, kind, targetId) ?? `${kind} ${targetId.slice(0, 8)}`, note: l.note };
    });
}

export function createLink(ws: Workspace, input: z.output<typeof LinkFields>): Link {
  const nc = ncRow(ws, input.ncId);
  assertNotClosed(nc);
  if (input.actionId) {
    const a = ws.db.select({ ncId: correctiveActions.ncId }).from(correctiveActions).where(eq(correctiveActions.id, input.actionId)).get();
    if (!a) throw new AppError('NOT_FOUND', 'That corrective action does not exist.', { field: 'actionId', id: input.actionId });
    if (a.ncId !== input.ncId) throw new AppError('VALIDATION', 'That action belongs to another nonconformity.', { field: 'actionId', fields: [{ path: 'actionId', message: 'That action belongs to another nonconformity.' }] });
  }
  if (input.kind === 'finding' || input.kind === 'metric') {
    const reg = PENDING_REGISTERS[input.kind];
    if (!tableExists(ws, reg.table)) {
      const message = `${reg.what} are not in this version of the workbench yet. Until then, note the ${input.kind} in the nonconformity's source reference.`;
      throw new AppError('VALIDATION', message, { field: 'kind', fields: [{ path: 'kind', message }] });
    }
  }
  if (targetLabel(ws, input.kind, input.targetId) === null) throw new AppError('NOT_FOUND', `That ${input.kind} does not exist.`, { field: 'targetId', id: input.targetId });
  const duplicate = listLinks(ws, { ncId: input.ncId }).find((l) => l.kind === input.kind && l.targetId === input.targetId && l.actionId === input.actionId);
  if (duplicate) throw new AppError('CONFLICT', `${nc.ref} is already linked to ${duplicate.label}.`, { field: 'targetId' });
  const id = write(ws, (w) => w.insert(improvementLinks, { ncId: input.ncId, actionId: input.actionId, kind: input.kind, [TARGET_COLUMN[input.kind]]: input.targetId, note: input.note }).id);
  return listLinks(ws, { ncId: input.ncId }).find((l) => l.id === id)!;
}

export function deleteLink(ws: Workspace, id: string) {
  const l = ws.db.select({ ncId: improvementLinks.ncId }).from(improvementLinks).where(eq(improvementLinks.id, id)).get();
  if (!l) throw notFound('Link', id);
  assertNotClosed(ncRow(ws, l.ncId));
  write(ws, (w) => w.remove(improvementLinks, id));
}
