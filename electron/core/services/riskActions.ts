import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { ActionFields, ActionPatch, TreatmentAction } from '../../../shared/contract/risk';
import type { Workspace } from '../db/open';
import { controls, people, risks, treatmentActions } from '../db/schema';
import { write } from '../db/write';
import { assertDeleteConfirmed } from './references';
import { treatmentActionReferences } from './riskReferences';
import { assertPerson } from './people';

const columns = {
  action: treatmentActions,
  riskRef: risks.ref,
  riskTitle: risks.title,
  ownerName: people.name,
  controlLabel: sql<string | null>`case when ${controls.id} is null then null else ${controls.code} || ' ' || ${controls.title} end`,
};

const base = (ws: Workspace) =>
  ws.db.select(columns).from(treatmentActions).innerJoin(risks, eq(treatmentActions.riskId, risks.id)).leftJoin(people, eq(treatmentActions.ownerId, people.id)).leftJoin(controls, eq(treatmentActions.controlId, controls.id));

function shape(ws: Workspace, r: { action: typeof treatmentActions.$inferSelect; riskRef: string; riskTitle: string; ownerName: string | null; controlLabel: string | null }): TreatmentAction {
  const today = ws.env.now().toISOString().slice(0, 10);
  const a = r.action;
  const open = a.status === 'planned' || a.status === 'in-progress';
  return { ...a, status: a.status as TreatmentAction['status'], riskRef: r.riskRef, riskTitle: r.riskTitle, ownerName: r.ownerName, controlLabel: r.controlLabel, overdue: open && a.dueDate !== null && a.dueDate < today };
}

/** 8.3: the treatment plan, of one risk or of all, by due date (undated last) then risk. */
export function listActions(ws: Workspace, riskId?: string): TreatmentAction[] {
  return base(ws)
    .where(riskId ? eq(treatmentActions.riskId, riskId) : undefined)
    .orderBy(sql`${treatmentActions.dueDate} is null`, asc(treatmentActions.dueDate), asc(sql`"risks"."rowid"`), asc(treatmentActions.createdAt))
    .all()
    .map((r) => shape(ws, r));
}

function getAction(ws: Workspace, id: string): TreatmentAction {
  const row = base(ws).where(eq(treatmentActions.id, id)).get();
  if (!row) throw notFound('Action', id);
  return shape(ws, row);
}

function check(ws: Workspace, v: { riskId?: string; ownerId?: string | null; controlId?: string | null }) {
  if (v.riskId && !ws.db.select({ id: risks.id }).from(risks).where(eq(risks.id, v.riskId)).get()) throw new AppError('NOT_FOUND', 'That risk does not exist.', { field: 'riskId', id: v.riskId });
  assertPerson(ws, v.ownerId ?? null, 'ownerId');
  if (v.controlId && !ws.db.select({ id: controls.id }).from(controls).where(eq(controls.id, v.controlId)).get()) throw new AppError('NOT_FOUND', 'That control does not exist.', { field: 'controlId', id: v.controlId });
}

export function createAction(ws: Workspace, input: z.output<typeof ActionFields>): TreatmentAction {
  check(ws, input);
  return getAction(ws, write(ws, (w) => w.insert(treatmentActions, input)).id);
}

export function updateAction(ws: Workspace, { id, ...patch }: z.output<typeof ActionPatch>): TreatmentAction {
  getAction(ws, id);
  check(ws, patch);
  write(ws, (w) => w.update(treatmentActions, id, patch));
  return getAction(ws, id);
}

/** An action in an approved plan, or funded by a 7.1 resource line, goes only once the caller confirmed. */
export function deleteAction(ws: Workspace, id: string, confirm = false) {
  const a = getAction(ws, id);
  assertDeleteConfirmed(`Action ${a.ref}`, treatmentActionReferences(ws, id), confirm);
  write(ws, (w) => w.remove(treatmentActions, id));
}
