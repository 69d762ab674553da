import { asc, eq, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { CommitmentFields, EvidenceFields, type Commitment, type CommitmentStatus, type Evidence, type EvidenceAdd, type LeadershipOverview } from '../../../shared/contract/leadership';
import { mergePatch } from '../validation';
import { assertDeleteConfirmed, commitmentReferences } from './references';
import type { Workspace } from '../db/open';
import { leadershipCommitments, leadershipEvidence, people, roleAssignments, roles } from '../db/schema';
import { write } from '../db/write';
import { attachmentMetas, removeAttachment, storeAttachment } from './attachments';
import { evidenceDateProblem } from '../../../shared/dates';
import { dateFieldError, todayOf } from './dates';
import { assertPerson } from './people';

function evidenceOf(ws: Workspace): Evidence[] {
  const files = attachmentMetas(ws);
  return ws.db
    .select()
    .from(leadershipEvidence)
    .orderBy(sql`${leadershipEvidence.evidenceDate} is null`, asc(leadershipEvidence.evidenceDate), asc(leadershipEvidence.createdAt))
    .all()
    .map((e) => ({
      id: e.id,
      ref: e.ref,
      commitmentId: e.commitmentId,
      description: e.description,
      evidenceDate: e.evidenceDate,
      attachment: e.attachmentId ? (files.get(e.attachmentId) ?? null) : null,
      createdAt: e.createdAt,
      createdBy: e.createdBy,
    }));
}

/** Every commitment with its evidence, in checklist order. */
export function allCommitments(ws: Workspace): Commitment[] {
  const evidence = evidenceOf(ws);
  return ws.db
    .select({ c: leadershipCommitments, ownerName: people.name })
    .from(leadershipCommitments)
    .leftJoin(people, eq(leadershipCommitments.ownerId, people.id))
    .orderBy(asc(leadershipCommitments.sortOrder), asc(leadershipCommitments.createdAt))
    .all()
    .map(({ c, ownerName }) => ({ ...c, ownerName, evidence: evidence.filter((e) => e.commitmentId === c.id) }));
}

/** Top management are the holders of the 5.3 role "top-management": one list, two clauses. */
export function topManagement(ws: Workspace) {
  return ws.db
    .select({ assignmentId: roleAssignments.id, personId: people.id, name: people.name, jobTitle: people.jobTitle, acceptedOn: roleAssignments.acceptedOn })
    .from(roleAssignments)
    .innerJoin(roles, eq(roleAssignments.roleId, roles.id))
    .innerJoin(people, eq(roleAssignments.personId, people.id))
    .where(eq(roles.key, 'top-management'))
    .orderBy(sql`lower(${people.name})`)
    .all();
}

export function leadershipOverview(ws: Workspace): LeadershipOverview {
  const top = ws.db.select({ id: roles.id }).from(roles).where(eq(roles.key, 'top-management')).get();
  if (!top) throw new AppError('INTERNAL', 'The top management role is missing from this workspace.');
  return { topManagementRoleId: top.id, topManagement: topManagement(ws), commitments: allCommitments(ws) };
}

export function getCommitment(ws: Workspace, id: string): Commitment {
  const c = allCommitments(ws).find((x) => x.id === id);
  if (!c) throw notFound('Commitment', id);
  return c;
}

export function createCommitment(ws: Workspace, input: { title: string; description: string }): Commitment {
  const last = ws.db.select({ n: max(leadershipCommitments.sortOrder) }).from(leadershipCommitments).get()?.n ?? 0;
  return getCommitment(ws, write(ws, (w) => w.insert(leadershipCommitments, { ...input, status: 'not-started', sortOrder: last + 1 })).id);
}

type CommitmentInput = { title: string; description: string; status: CommitmentStatus; ownerId: string | null };

export function updateCommitment(ws: Workspace, id: string, patch: Partial<CommitmentInput>): Commitment {
  const current = getCommitment(ws, id);
  const input: CommitmentInput = { ...mergePatch(CommitmentFields, current, patch), status: patch.status ?? current.status, ownerId: patch.ownerId === undefined ? current.ownerId : patch.ownerId };
  assertPerson(ws, input.ownerId);
  if (input.status === 'done' && current.evidence.length === 0) {
    const message = 'Record evidence before marking this commitment done.';
    throw new AppError('VALIDATION', message, { field: 'status', fields: [{ path: 'status', message }] });
  }
  write(ws, (w) => w.update(leadershipCommitments, id, input));
  return getCommitment(ws, id);
}

export function deleteCommitment(ws: Workspace, id: string, confirm = false) {
  const c = getCommitment(ws, id);
  assertDeleteConfirmed(`"${c.title}"`, commitmentReferences(ws, id), confirm);
  write(ws, (w) => {
    for (const e of c.evidence) {
      w.remove(leadershipEvidence, e.id);
      if (e.attachment) removeAttachment(w, e.attachment.id);
    }
    w.remove(leadershipCommitments, id);
  });
}

function getEvidence(ws: Workspace, id: string): Evidence {
  const e = evidenceOf(ws).find((x) => x.id === id);
  if (!e) throw notFound('Evidence', id);
  return e;
}

/** The evidence and its file are written in one transaction: never a file without its record. */
/** Evidence shows what already happened (the rule is shared with the form: shared/dates.ts). */
function assertEvidenceDate(ws: Workspace, evidenceDate: string | null) {
  const problem = evidenceDateProblem(evidenceDate, todayOf(ws));
  if (problem) throw dateFieldError('evidenceDate', problem);
}

export function addEvidence(ws: Workspace, input: z.output<typeof EvidenceAdd>): Evidence {
  getCommitment(ws, input.commitmentId);
  assertEvidenceDate(ws, input.evidenceDate);
  const id = write(ws, (w) => {
    const file = input.file ? storeAttachment(w, input.file, 'file.dataBase64') : null;
    return w.insert(leadershipEvidence, { commitmentId: input.commitmentId, description: input.description, evidenceDate: input.evidenceDate, attachmentId: file?.id ?? null }).id;
  });
  return getEvidence(ws, id);
}

export function updateEvidence(ws: Workspace, id: string, patch: { description?: string; evidenceDate?: string | null }): Evidence {
  const input = mergePatch(EvidenceFields, getEvidence(ws, id), patch);
  assertEvidenceDate(ws, input.evidenceDate);
  write(ws, (w) => w.update(leadershipEvidence, id, input));
  return getEvidence(ws, id);
}

export function deleteEvidence(ws: Workspace, id: string) {
  const e = getEvidence(ws, id);
  write(ws, (w) => {
    w.remove(leadershipEvidence, id);
    if (e.attachment) removeAttachment(w, e.attachment.id);
  });
}
