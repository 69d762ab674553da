import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { isOverdue, nextDueOn } from '../../../shared/communication';
import { LogCreate, LogFields, PlanFields, type LogEntry, type PlanRow } from '../../../shared/contract/communication';
import type { Workspace } from '../db/open';
import { communicationLog, communicationPlan, people } from '../db/schema';
import { write } from '../db/write';
import { mergePatch } from '../validation';
import { attachmentMetas, removeAttachment, storeAttachment } from './attachments';
import { dateFieldError, todayOf } from './dates';
import { assertPerson } from './people';
import { assertDeleteConfirmed, communicationPlanReferences } from './references';

type PlanValues = z.output<typeof PlanFields>;
type LogValues = z.output<typeof LogFields>;

/** 7.4: the plan in id order, each row with its latest log entry and next due date. */
export function listPlan(ws: Workspace): PlanRow[] {
  const today = todayOf(ws);
  const entries = ws.db.select({ planId: communicationLog.planId, on: communicationLog.communicatedOn }).from(communicationLog).all();
  return ws.db
    .select({ p: communicationPlan, responsibleName: people.name })
    .from(communicationPlan)
    .leftJoin(people, eq(communicationPlan.responsibleId, people.id))
    .all()
    .map(({ p, responsibleName }) => {
      const mine = entries.filter((e) => e.planId === p.id).map((e) => e.on);
      const last = mine.length ? mine.reduce((a, b) => (a > b ? a : b)) : null;
      const frequency = p.frequency as PlanRow['frequency'];
      const next = nextDueOn({ frequency, startsOn: p.startsOn, createdAt: p.createdAt }, last);
      return { ...p, frequency, responsibleName, lastCommunicatedOn: last, logEntries: mine.length, nextDueOn: next, overdue: isOverdue(next, today) };
    })
    .sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

export function getPlanRow(ws: Workspace, id: string): PlanRow {
  const row = listPlan(ws).find((p) => p.id === id);
  if (!row) throw notFound('Planned communication', id);
  return row;
}

function checkPlan(ws: Workspace, input: PlanValues) {
  assertPerson(ws, input.responsibleId, 'responsibleId');
  if (input.frequency === 'once' && !input.startsOn) throw dateFieldError('startsOn', 'Give the date of a communication planned once.');
}

export function createPlanRow(ws: Workspace, input: PlanValues): PlanRow {
  checkPlan(ws, input);
  return getPlanRow(ws, write(ws, (w) => w.insert(communicationPlan, input)).id);
}

export function updatePlanRow(ws: Workspace, id: string, patch: Partial<PlanValues>): PlanRow {
  const merged = mergePatch(PlanFields, getPlanRow(ws, id), patch);
  checkPlan(ws, merged);
  write(ws, (w) => w.update(communicationPlan, id, merged));
  return getPlanRow(ws, id);
}

/** The log keeps what happened: its entries stay, without the link to the row. */
export function deletePlanRow(ws: Workspace, id: string, confirm = false) {
  const row = getPlanRow(ws, id);
  assertDeleteConfirmed(`The planned communication "${row.topic}"`, communicationPlanReferences(ws, id), confirm);
  write(ws, (w) => {
    w.detach(communicationLog, communicationLog.planId, id);
    w.remove(communicationPlan, id);
  });
}

/** The log, newest first. */
export function listLog(ws: Workspace): LogEntry[] {
  const files = attachmentMetas(ws);
  const plan = new Map(ws.db.select({ id: communicationPlan.id, ref: communicationPlan.ref }).from(communicationPlan).all().map((p) => [p.id, p.ref]));
  return ws.db
    .select({ e: communicationLog, byName: people.name })
    .from(communicationLog)
    .leftJoin(people, eq(communicationLog.byId, people.id))
    .orderBy(desc(communicationLog.communicatedOn), desc(communicationLog.createdAt))
    .all()
    .map(({ e: { attachmentId, ...e }, byName }) => ({ ...e, byName, planRef: e.planId ? (plan.get(e.planId) ?? null) : null, attachment: attachmentId ? (files.get(attachmentId) ?? null) : null }));
}

export function getLogEntry(ws: Workspace, id: string): LogEntry {
  const e = listLog(ws).find((x) => x.id === id);
  if (!e) throw notFound('Log entry', id);
  return e;
}

function checkLog(ws: Workspace, input: LogValues) {
  assertPerson(ws, input.byId, 'byId');
  if (input.planId && !ws.db.select({ id: communicationPlan.id }).from(communicationPlan).where(eq(communicationPlan.id, input.planId)).get()) {
    throw new AppError('NOT_FOUND', 'That row is not in the communication plan.', { field: 'planId', id: input.planId });
  }
  if (input.communicatedOn > todayOf(ws)) throw dateFieldError('communicatedOn', 'Log what was communicated; a day in the future belongs in the plan.');
}

export function createLogEntry(ws: Workspace, input: z.output<typeof LogCreate>): LogEntry {
  const { file, ...values } = input;
  checkLog(ws, values);
  const id = write(ws, (w) => {
    const attachment = file ? storeAttachment(w, file) : null;
    return w.insert(communicationLog, { ...values, attachmentId: attachment?.id ?? null }).id;
  });
  return getLogEntry(ws, id);
}

export function updateLogEntry(ws: Workspace, id: string, patch: Partial<LogValues>): LogEntry {
  const merged = mergePatch(LogFields, getLogEntry(ws, id), patch);
  checkLog(ws, merged);
  write(ws, (w) => w.update(communicationLog, id, merged));
  return getLogEntry(ws, id);
}

/** The entry and its file go together; nothing else points to an entry. */
export function deleteLogEntry(ws: Workspace, id: string) {
  const e = getLogEntry(ws, id);
  write(ws, (w) => {
    w.remove(communicationLog, id);
    if (e.attachment) removeAttachment(w, e.attachment.id);
  });
}
