import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { ChangeFields, type ChangeDecideInput, type ChangeDecision, type IsmsChange } from '../../../shared/contract/objectives';
import type { Workspace } from '../db/open';
import { ismsChanges, people } from '../db/schema';
import { write } from '../db/write';
import { mergePatch } from '../validation';
import { dateFieldError, todayOf } from './dates';
import { checkApproval } from './documentControl';
import { assertPerson } from './people';
import { assertDeleteConfirmed } from './references';

type ChangeValues = z.output<typeof ChangeFields>;

/** 6.3: the log of planned changes to the ISMS, newest first. */
export function listChanges(ws: Workspace): IsmsChange[] {
  return ws.db
    .select({ c: ismsChanges, ownerName: people.name })
    .from(ismsChanges)
    .leftJoin(people, eq(ismsChanges.ownerId, people.id))
    .orderBy(desc(ismsChanges.createdAt))
    .all()
    .map(({ c, ownerName }) => {
      const decision = c.decision as ChangeDecision;
      return { ...c, decision, status: decision === 'approved' && c.completedOn ? ('done' as const) : decision, ownerName };
    });
}

export function getChange(ws: Workspace, id: string): IsmsChange {
  const c = listChanges(ws).find((x) => x.id === id);
  if (!c) throw notFound('Planned change', id);
  return c;
}

function check(ws: Workspace, input: ChangeValues, decision: ChangeDecision) {
  assertPerson(ws, input.ownerId);
  if (input.completedOn && decision !== 'approved') throw dateFieldError('completedOn', 'Approve the change before recording that it was carried out.');
  if (input.completedOn && input.completedOn > todayOf(ws)) throw dateFieldError('completedOn', 'A change cannot be carried out on a day in the future.');
}

export function createChange(ws: Workspace, input: ChangeValues): IsmsChange {
  check(ws, input, 'proposed');
  return getChange(ws, write(ws, (w) => w.insert(ismsChanges, { ...input, decision: 'proposed' })).id);
}

export function updateChange(ws: Workspace, id: string, patch: Partial<ChangeValues>): IsmsChange {
  const current = getChange(ws, id);
  const merged = mergePatch(ChangeFields, current, patch);
  check(ws, merged, current.decision);
  write(ws, (w) => w.update(ismsChanges, id, merged));
  return getChange(ws, id);
}

/** Approval follows the rules of every approval in the workbench (documentControl.checkApproval). */
export function decideChange(ws: Workspace, input: z.output<typeof ChangeDecideInput>): IsmsChange {
  const current = getChange(ws, input.id);
  if (current.decision !== 'proposed') throw new AppError('CONFLICT', `This change was already ${current.decision} on ${current.decidedOn}.`, { field: 'decision' });
  const approvedOn = input.approvedOn ?? todayOf(ws);
  const approverName = checkApproval(ws, { ...input, approvedOn }, current.createdAt.slice(0, 10));
  write(ws, (w) =>
    w.update(ismsChanges, input.id, { decision: input.decision, approverId: input.approverId, approverName, decidedOn: approvedOn, decisionNote: input.note, approverReason: input.reason?.trim() ?? '' }),
  );
  return getChange(ws, input.id);
}

/** Nothing else points to a change; the delete asks for no confirmation but is kept in the trail. */
export function deleteChange(ws: Workspace, id: string, confirm = false) {
  const c = getChange(ws, id);
  assertDeleteConfirmed(`The change "${c.title}"`, [], confirm);
  write(ws, (w) => w.remove(ismsChanges, id));
}
