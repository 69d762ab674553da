import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { INPUT_KEYS, type ActionFields, type ActionPatch, type CompiledInput, type InputKey, type OutputFields, type OutputPatch, type Review, type ReviewAction, type ReviewDetail, type ReviewFields, type ReviewOutput, type ReviewPatch } from '../../../shared/contract/reviews';
import type { Reference } from '../../../shared/contract/common';
import type { Workspace } from '../db/open';
import { ismsChanges, managementReviews, people, reviewActions, reviewAttendees, reviewOutputs } from '../db/schema';
import { write, type Writer } from '../db/write';
import { addMonths, todayOf } from './dates';
import { assertPerson } from './people';
import { assertDeleteConfirmed } from './references';
import { checkApproval, workspaceCreatedOn } from './documentControl';
import { compileInputs } from './reviewInputs';

type ReviewRow = typeof managementReviews.$inferSelect;

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });
const locked = (r: { ref: string }) => new AppError('CONFLICT', `${r.ref} is signed off; a signed-off management review is a record and no longer changes (its actions are still tracked).`, { field: 'status' });

function parseNotes(text: string): Partial<Record<InputKey, string>> {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(INPUT_KEYS.filter((k) => typeof v[k] === 'string' && v[k]).map((k) => [k, v[k] as string]));
  } catch {
    return {};
  }
}

const actionCounts = (asOf: string) => ({
  actionCount: sql<number>`(select count(*) from "management_review_actions" as "x" where "x"."review_id" = "management_reviews"."id")`,
  openActions: sql<number>`(select count(*) from "management_review_actions" as "x" where "x"."review_id" = "management_reviews"."id" and "x"."status" = 'open')`,
  overdueActions: sql<number>`(select count(*) from "management_review_actions" as "x" where "x"."review_id" = "management_reviews"."id" and "x"."status" = 'open' and "x"."due_date" < ${asOf})`,
  decisionCount: sql<number>`(select count(*) from "management_review_outputs" as "o" where "o"."review_id" = "management_reviews"."id" and "o"."kind" = 'decision')`,
  changeCount: sql<number>`(select count(*) from "management_review_outputs" as "o" where "o"."review_id" = "management_reviews"."id" and "o"."kind" = 'change')`,
  chairName: people.name,
});

function base(ws: Workspace) {
  return ws.db.select({ r: managementReviews, ...actionCounts(todayOf(ws)) }).from(managementReviews).leftJoin(people, eq(managementReviews.chairId, people.id));
}

function attendeesOf(ws: Workspace, ids: string[]) {
  const out = new Map<string, Review['attendees']>();
  if (!ids.length) return out;
  for (const a of ws.db.select().from(reviewAttendees).where(inArray(reviewAttendees.reviewId, ids)).orderBy(asc(reviewAttendees.name)).all()) {
    out.set(a.reviewId, [...(out.get(a.reviewId) ?? []), { id: a.id, personId: a.personId, name: a.name }]);
  }
  return out;
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof base>['get']>> & object;

function shape(row: BaseRow, attendees: Review['attendees']): Review {
  const { r } = row;
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    meetingDate: r.meetingDate,
    windowFrom: r.windowFrom,
    windowTo: r.windowTo,
    location: r.location,
    chairId: r.chairId,
    chairName: row.chairName ?? null,
    attendees,
    guests: r.guests,
    notes: parseNotes(r.inputNotes),
    status: r.status === 'signed-off' ? 'signed-off' : 'draft',
    signedByName: r.signedByName,
    signedOn: r.signedOn,
    signReason: r.signReason,
    decisionCount: row.decisionCount,
    changeCount: row.changeCount,
    actionCount: row.actionCount,
    openActions: row.openActions,
    overdueActions: row.overdueActions,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
    updatedBy: r.updatedBy,
  };
}

export function listReviews(ws: Workspace): Review[] {
  const rows = base(ws).orderBy(desc(managementReviews.meetingDate), desc(managementReviews.createdAt)).all();
  const att = attendeesOf(ws, rows.map((r) => r.r.id));
  return rows.map((r) => shape(r, att.get(r.r.id) ?? []));
}

function rowOf(ws: Workspace, id: string): ReviewRow {
  const r = ws.db.select().from(managementReviews).where(eq(managementReviews.id, id)).get();
  if (!r) throw notFound('Management review', id);
  return r;
}

export function getReview(ws: Workspace, id: string): Review {
  const row = base(ws).where(eq(managementReviews.id, id)).get();
  if (!row) throw notFound('Management review', id);
  return shape(row, attendeesOf(ws, [id]).get(id) ?? []);
}

/** The inputs as compiled now over the review's period, with the notes written on them. */
export function liveInputs(ws: Workspace, r: ReviewRow): CompiledInput[] {
  const today = todayOf(ws);
  return compileInputs(ws, { reviewId: r.id, meetingDate: r.meetingDate, createdAt: r.createdAt, from: r.windowFrom, to: r.windowTo, asOf: today < r.meetingDate ? today : r.meetingDate }, parseNotes(r.inputNotes));
}

function frozenInputs(r: ReviewRow): CompiledInput[] | null {
  if (!r.snapshot) return null;
  try {
    return (JSON.parse(r.snapshot) as { inputs: CompiledInput[] }).inputs;
  } catch {
    return null;
  }
}

export function getReviewDetail(ws: Workspace, id: string): ReviewDetail {
  const review = getReview(ws, id);
  const row = rowOf(ws, id);
  const frozen = row.status === 'signed-off' ? frozenInputs(row) : null;
  return { ...review, inputs: frozen ?? liveInputs(ws, row), frozen: frozen !== null, outputs: listOutputs(ws, id), actions: listActions(ws, { reviewId: id }) };
}

function previousMeeting(ws: Workspace, before: string, exceptId?: string): string | null {
  const rows = ws.db.select({ id: managementReviews.id, d: managementReviews.meetingDate }).from(managementReviews).where(sql`${managementReviews.meetingDate} < ${before}`).orderBy(desc(managementReviews.meetingDate)).all();
  return rows.find((r) => r.id !== exceptId)?.d ?? null;
}

function checkPeople(ws: Workspace, chairId: string | null, attendeeIds: string[]) {
  assertPerson(ws, chairId, 'chairId');
  const ids = [...new Set(attendeeIds)];
  if (ids.length && ws.db.select({ id: people.id }).from(people).where(inArray(people.id, ids)).all().length !== ids.length) throw new AppError('NOT_FOUND', 'An attendee is not in the people register.', { field: 'attendeeIds' });
}

function writeAttendees(w: Writer, reviewId: string, attendeeIds: string[]) {
  const current = w.db.select().from(reviewAttendees).where(eq(reviewAttendees.reviewId, reviewId)).all();
  const wanted = new Set(attendeeIds);
  for (const a of current) if (!a.personId || !wanted.has(a.personId)) w.remove(reviewAttendees, a.id);
  const have = new Set(current.map((a) => a.personId));
  for (const id of wanted) {
    if (have.has(id)) continue;
    const name = w.db.select({ name: people.name }).from(people).where(eq(people.id, id)).get()!.name;
    w.insert(reviewAttendees, { reviewId, personId: id, name });
  }
}

export function createReview(ws: Workspace, input: z.output<typeof ReviewFields>): ReviewDetail {
  checkPeople(ws, input.chairId, input.attendeeIds);
  const windowTo = input.windowTo ?? input.meetingDate;
  // A review recorded after the fact may predate the workspace: then it looks back twelve months.
  const began = workspaceCreatedOn(ws);
  const windowFrom = input.windowFrom ?? previousMeeting(ws, input.meetingDate) ?? (began <= windowTo ? began : addMonths(windowTo, -12));
  if (windowTo < windowFrom) throw invalid('windowTo', 'The period reviewed cannot end before it starts.');
  const id = write(ws, (w) => {
    const row = w.insert(managementReviews, { title: input.title, meetingDate: input.meetingDate, windowFrom, windowTo, location: input.location, chairId: input.chairId, guests: input.guests });
    writeAttendees(w, row.id, input.attendeeIds);
    return row.id;
  });
  return getReviewDetail(ws, id);
}

function openRow(ws: Workspace, id: string): ReviewRow {
  const r = rowOf(ws, id);
  if (r.status === 'signed-off') throw locked(r);
  return r;
}

export function updateReview(ws: Workspace, { id, notes, attendeeIds, ...patch }: z.output<typeof ReviewPatch>): ReviewDetail {
  const r = openRow(ws, id);
  const merged = {
    title: patch.title ?? r.title,
    meetingDate: patch.meetingDate ?? r.meetingDate,
    windowFrom: patch.windowFrom ?? r.windowFrom,
    windowTo: patch.windowTo ?? r.windowTo,
    location: patch.location ?? r.location,
    chairId: patch.chairId === undefined ? r.chairId : patch.chairId,
    guests: patch.guests ?? r.guests,
  };
  if (merged.windowTo < merged.windowFrom) throw invalid('windowTo', 'The period reviewed cannot end before it starts.');
  checkPeople(ws, merged.chairId, attendeeIds ?? []);
  const allNotes = { ...parseNotes(r.inputNotes), ...(notes ?? {}) };
  for (const k of INPUT_KEYS) if (!allNotes[k]) delete allNotes[k];
  write(ws, (w) => {
    w.update(managementReviews, id, { ...merged, inputNotes: JSON.stringify(allNotes) });
    if (attendeeIds) writeAttendees(w, id, attendeeIds);
  });
  return getReviewDetail(ws, id);
}

export function reviewReferences(ws: Workspace, id: string): Reference[] {
  return [
    ...ws.db.select({ id: reviewOutputs.id, kind: reviewOutputs.kind, text: reviewOutputs.text }).from(reviewOutputs).where(eq(reviewOutputs.reviewId, id)).all().map((o) => ({ kind: 'reviews.output', id: o.id, label: `${o.kind === 'decision' ? 'Decision' : 'Change'} "${o.text.slice(0, 60)}"`, effect: 'deleted' as const })),
    ...ws.db.select({ id: reviewActions.id, ref: reviewActions.ref, title: reviewActions.title }).from(reviewActions).where(eq(reviewActions.reviewId, id)).all().map((a) => ({ kind: 'reviews.action', id: a.id, label: `Action ${a.ref} "${a.title}"`, effect: 'deleted' as const })),
  ];
}

export function deleteReview(ws: Workspace, id: string, confirm: boolean) {
  const r = openRow(ws, id);
  assertDeleteConfirmed(`${r.ref} ${r.title}`, reviewReferences(ws, id), confirm);
  write(ws, (w) => {
    for (const a of w.db.select({ id: reviewActions.id }).from(reviewActions).where(eq(reviewActions.reviewId, id)).all()) w.remove(reviewActions, a.id);
    for (const o of w.db.select({ id: reviewOutputs.id }).from(reviewOutputs).where(eq(reviewOutputs.reviewId, id)).all()) w.remove(reviewOutputs, o.id);
    for (const a of w.db.select({ id: reviewAttendees.id }).from(reviewAttendees).where(eq(reviewAttendees.reviewId, id)).all()) w.remove(reviewAttendees, a.id);
    w.remove(managementReviews, id);
  });
}

// ---------- outputs ----------

function listOutputs(ws: Workspace, reviewId: string): ReviewOutput[] {
  return ws.db
    .select({ o: reviewOutputs, changeRef: ismsChanges.ref, changeTitle: ismsChanges.title })
    .from(reviewOutputs)
    .leftJoin(ismsChanges, eq(reviewOutputs.changeId, ismsChanges.id))
    .where(eq(reviewOutputs.reviewId, reviewId))
    .orderBy(asc(reviewOutputs.createdAt), asc(reviewOutputs.id))
    .all()
    .map(({ o, changeRef, changeTitle }) => ({ ...o, kind: o.kind as ReviewOutput['kind'], changeRef: changeRef ?? null, changeTitle: changeTitle ?? null }));
}

function getOutput(ws: Workspace, id: string): ReviewOutput {
  const o = ws.db.select().from(reviewOutputs).where(eq(reviewOutputs.id, id)).get();
  if (!o) throw notFound('Review output', id);
  return listOutputs(ws, o.reviewId).find((x) => x.id === id)!;
}

function checkChange(ws: Workspace, changeId: string | null, kind: string) {
  if (!changeId) return;
  if (kind !== 'change') throw invalid('changeId', 'Only a change to the ISMS links to a 6.3 planned change.');
  if (!ws.db.select({ id: ismsChanges.id }).from(ismsChanges).where(eq(ismsChanges.id, changeId)).get()) throw new AppError('NOT_FOUND', 'That 6.3 planned change does not exist.', { field: 'changeId', id: changeId });
}

export function addOutput(ws: Workspace, input: z.output<typeof OutputFields>): ReviewOutput {
  openRow(ws, input.reviewId);
  checkChange(ws, input.changeId, input.kind);
  return getOutput(ws, write(ws, (w) => w.insert(reviewOutputs, input)).id);
}

export function updateOutput(ws: Workspace, { id, ...patch }: z.output<typeof OutputPatch>): ReviewOutput {
  const o = getOutput(ws, id);
  openRow(ws, o.reviewId);
  if (patch.changeId !== undefined) checkChange(ws, patch.changeId, o.kind);
  write(ws, (w) => w.update(reviewOutputs, id, { text: patch.text ?? o.text, changeId: patch.changeId === undefined ? o.changeId : patch.changeId }));
  return getOutput(ws, id);
}

export function removeOutput(ws: Workspace, id: string) {
  const o = getOutput(ws, id);
  openRow(ws, o.reviewId);
  write(ws, (w) => w.remove(reviewOutputs, id));
}

// ---------- actions ----------

export function listActions(ws: Workspace, q: { reviewId?: string } = {}): ReviewAction[] {
  const today = todayOf(ws);
  return ws.db
    .select({ a: reviewActions, reviewRef: managementReviews.ref, ownerName: people.name })
    .from(reviewActions)
    .innerJoin(managementReviews, eq(reviewActions.reviewId, managementReviews.id))
    .leftJoin(people, eq(reviewActions.ownerId, people.id))
    .where(q.reviewId ? eq(reviewActions.reviewId, q.reviewId) : undefined)
    .orderBy(asc(reviewActions.createdAt), asc(reviewActions.ref))
    .all()
    .map(({ a, reviewRef, ownerName }) => ({ ...a, reviewRef, ownerName: ownerName ?? null, status: a.status as ReviewAction['status'], overdue: a.status === 'open' && a.dueDate !== null && a.dueDate < today }));
}

function getAction(ws: Workspace, id: string): ReviewAction {
  const row = ws.db.select({ reviewId: reviewActions.reviewId }).from(reviewActions).where(eq(reviewActions.id, id)).get();
  if (!row) throw notFound('Review action', id);
  return listActions(ws, { reviewId: row.reviewId }).find((a) => a.id === id)!;
}

export function addAction(ws: Workspace, input: z.output<typeof ActionFields>): ReviewAction {
  openRow(ws, input.reviewId);
  assertPerson(ws, input.ownerId, 'ownerId');
  return getAction(ws, write(ws, (w) => w.insert(reviewActions, input)).id);
}

/** Done and cancelled carry the day it happened; open carries none; a cancellation says why. */
function checkActionState(ws: Workspace, v: { status: string; completedOn: string | null; note: string }) {
  if (v.status === 'open' && v.completedOn) throw invalid('completedOn', 'An open action has no completion date.');
  if (v.status !== 'open' && v.completedOn && v.completedOn > todayOf(ws)) throw invalid('completedOn', 'The completion date cannot be in the future.');
  if (v.status === 'cancelled' && !v.note.trim()) throw invalid('note', 'Say in the note why the action is cancelled.');
}

export function updateAction(ws: Workspace, { id, ...patch }: z.output<typeof ActionPatch>): ReviewAction {
  const a = getAction(ws, id);
  const review = rowOf(ws, a.reviewId);
  if (review.status === 'signed-off') {
    const planning = (['title', 'ownerId', 'dueDate'] as const).filter((k) => patch[k] !== undefined && patch[k] !== a[k]);
    if (planning.length) throw new AppError('CONFLICT', `${review.ref} is signed off: an action decided there keeps its wording, owner and due date; only its status, completion date and note change.`, { field: planning[0] });
  }
  if (patch.ownerId !== undefined) assertPerson(ws, patch.ownerId, 'ownerId');
  const status = patch.status ?? a.status;
  const next = {
    title: patch.title ?? a.title,
    ownerId: patch.ownerId === undefined ? a.ownerId : patch.ownerId,
    dueDate: patch.dueDate === undefined ? a.dueDate : patch.dueDate,
    status,
    // Moving to done or cancelled without a date means today; back to open clears it.
    completedOn: patch.completedOn !== undefined ? patch.completedOn : status === 'open' ? (patch.status ? null : a.completedOn) : (a.completedOn ?? todayOf(ws)),
    note: patch.note ?? a.note,
  };
  checkActionState(ws, next);
  write(ws, (w) => w.update(reviewActions, id, next));
  return getAction(ws, id);
}

export function removeAction(ws: Workspace, id: string) {
  const a = getAction(ws, id);
  openRow(ws, a.reviewId);
  write(ws, (w) => w.remove(reviewActions, id));
}

// ---------- sign-off ----------

/**
 * The chair signs the review off (the approval rules of documentControl.checkApproval: a known
 * person with an approving role or a recorded reason, a date not in the future). The inputs as
 * compiled now and their notes are frozen in the record, which then locks.
 */
export function signOff(ws: Workspace, input: { id: string; signedOn?: string; reason?: string }): ReviewDetail {
  const r = openRow(ws, input.id);
  if (!r.chairId) throw invalid('chairId', 'Name the chair of the review first: the chair signs it off.');
  const inputs = liveInputs(ws, r);
  const missing = inputs.filter((i) => !i.note.trim());
  if (missing.length) throw invalid('notes', `Write a note on every input before signing off (${missing.map((i) => i.key).join(', ')} without).`);
  const outputs = ws.db.select({ n: sql<number>`count(*)` }).from(reviewOutputs).where(eq(reviewOutputs.reviewId, r.id)).get()?.n ?? 0;
  if (!outputs) throw invalid('outputs', 'Record at least one decision or change to the ISMS before signing off.');
  const signedOn = input.signedOn ?? todayOf(ws);
  if (signedOn < r.meetingDate) throw invalid('signedOn', `A review is signed off on or after its meeting (${r.meetingDate}).`);
  if (signedOn > todayOf(ws)) throw invalid('signedOn', 'A sign-off cannot be dated in the future.');
  const name = checkApproval(ws, { approverId: r.chairId, approvedOn: signedOn, reason: input.reason }, r.meetingDate);
  write(ws, (w) => w.update(managementReviews, r.id, { status: 'signed-off', signedById: r.chairId, signedByName: name, signedOn, signReason: input.reason?.trim() ?? '', snapshot: JSON.stringify({ compiledOn: todayOf(ws), inputs }) }));
  return getReviewDetail(ws, r.id);
}

/** Open actions of signed-off reviews, for the home page's due list. */
export function trackedActions(ws: Workspace): ReviewAction[] {
  return listActions(ws).filter((a) => a.status === 'open');
}

export const lastSignedOff = (ws: Workspace) => ws.db.select().from(managementReviews).where(and(eq(managementReviews.status, 'signed-off'))).orderBy(desc(managementReviews.meetingDate)).limit(1).get() ?? null;
