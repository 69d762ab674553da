import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { ResourceFields, type ResourceLine } from '../../../shared/contract/resources';
import type { Workspace } from '../db/open';
import { objectives, people, resourceLines, risks, treatmentActions } from '../db/schema';
import { write } from '../db/write';
import { mergePatch } from '../validation';
import { assertPerson } from './people';
import { assertDeleteConfirmed } from './references';

type ResourceValues = z.output<typeof ResourceFields>;

/** 7.1: every resource and budget line, in id order, with what it serves. */
export function listResources(ws: Workspace): ResourceLine[] {
  const actionRisk = alias(risks, 'action_risk');
  return ws.db
    .select({ r: resourceLines, ownerName: people.name, o: { id: objectives.id, ref: objectives.ref, title: objectives.title }, a: { id: treatmentActions.id, ref: treatmentActions.ref, title: treatmentActions.title, riskRef: actionRisk.ref } })
    .from(resourceLines)
    .leftJoin(people, eq(resourceLines.ownerId, people.id))
    .leftJoin(objectives, eq(resourceLines.objectiveId, objectives.id))
    .leftJoin(treatmentActions, eq(resourceLines.treatmentActionId, treatmentActions.id))
    .leftJoin(actionRisk, eq(treatmentActions.riskId, actionRisk.id))
    .orderBy(asc(resourceLines.createdAt))
    .all()
    .map(({ r, ownerName, o, a }) => ({
      ...r,
      kind: r.kind as ResourceLine['kind'],
      status: r.status as ResourceLine['status'],
      ownerName,
      objective: o?.id ? { id: o.id, ref: o.ref ?? '', title: o.title ?? '' } : null,
      treatmentAction: a?.id ? { id: a.id, ref: a.ref ?? '', title: a.title ?? '', riskRef: a.riskRef ?? '' } : null,
    }))
    .sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

export function getResource(ws: Workspace, id: string): ResourceLine {
  const r = listResources(ws).find((x) => x.id === id);
  if (!r) throw notFound('Resource line', id);
  return r;
}

function check(ws: Workspace, input: ResourceValues) {
  assertPerson(ws, input.ownerId);
  if (input.objectiveId && !ws.db.select({ id: objectives.id }).from(objectives).where(eq(objectives.id, input.objectiveId)).get()) {
    throw new AppError('NOT_FOUND', 'That objective is not in this workspace.', { field: 'objectiveId', id: input.objectiveId });
  }
  if (input.treatmentActionId && !ws.db.select({ id: treatmentActions.id }).from(treatmentActions).where(eq(treatmentActions.id, input.treatmentActionId)).get()) {
    throw new AppError('NOT_FOUND', 'That treatment action is not in the risk treatment plan.', { field: 'treatmentActionId', id: input.treatmentActionId });
  }
}

export function createResource(ws: Workspace, input: ResourceValues): ResourceLine {
  check(ws, input);
  return getResource(ws, write(ws, (w) => w.insert(resourceLines, input)).id);
}

export function updateResource(ws: Workspace, id: string, patch: Partial<ResourceValues>): ResourceLine {
  const merged = mergePatch(ResourceFields, getResource(ws, id), patch);
  check(ws, merged);
  write(ws, (w) => w.update(resourceLines, id, merged));
  return getResource(ws, id);
}

/** Nothing points to a resource line; the delete is kept in the trail. */
export function deleteResource(ws: Workspace, id: string, confirm = false) {
  const r = getResource(ws, id);
  assertDeleteConfirmed(`The resource line "${r.title}"`, [], confirm);
  write(ws, (w) => w.remove(resourceLines, id));
}
