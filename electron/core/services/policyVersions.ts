import { createHash } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError, notFound } from '../../../shared/errors';
import type { Drift, Version, VersionMeta } from '../../../shared/contract/policies';
import { isEditable, nextStatus, STATUS_LABEL, transitionProblem, versionLabel, type VersionAction, type VersionStatus } from '../../../shared/policyStates';
import { docToText, RichDocSchema, type RichDoc } from '../../../shared/richtext';
import type { Workspace } from '../db/open';
import { people, policyVersions } from '../db/schema';
import type { Writer } from '../db/write';

const author = alias(people, 'author');
const approver = alias(people, 'approver');

/** Names recorded at approval win; before that, the person's current name. */
const metaColumns = {
  id: policyVersions.id,
  policyId: policyVersions.policyId,
  major: policyVersions.major,
  minor: policyVersions.minor,
  status: policyVersions.status,
  changeNote: policyVersions.changeNote,
  authorId: policyVersions.authorId,
  authorName: sql<string | null>`coalesce(${policyVersions.authorName}, ${author.name})`,
  approverId: policyVersions.approverId,
  approverName: sql<string | null>`coalesce(${policyVersions.approverName}, ${approver.name})`,
  approvedOn: policyVersions.approvedOn,
  publishedOn: policyVersions.publishedOn,
  supersededOn: policyVersions.supersededOn,
  contentSha256: policyVersions.contentSha256,
  createdAt: policyVersions.createdAt,
  updatedAt: policyVersions.updatedAt,
  createdBy: policyVersions.createdBy,
  updatedBy: policyVersions.updatedBy,
};

type MetaRow = Omit<VersionMeta, 'version'>;
const withLabel = (row: MetaRow): VersionMeta => ({ ...row, version: versionLabel(row.major, row.minor) });

function selectMeta(ws: Workspace) {
  return ws.db
    .select(metaColumns)
    .from(policyVersions)
    .leftJoin(author, eq(policyVersions.authorId, author.id))
    .leftJoin(approver, eq(policyVersions.approverId, approver.id));
}

/** Every version of a policy, newest first. */
export function versionsOf(ws: Workspace, policyId: string): VersionMeta[] {
  return selectMeta(ws)
    .where(eq(policyVersions.policyId, policyId))
    .orderBy(desc(policyVersions.major), desc(policyVersions.minor))
    .all()
    .map(withLabel);
}

export function getVersionMeta(ws: Workspace, id: string): VersionMeta {
  const row = selectMeta(ws).where(eq(policyVersions.id, id)).get();
  if (!row) throw notFound('Policy version', id);
  return withLabel(row);
}

/** Stored content was validated on the way in; parse it again so a damaged file cannot reach the renderer. */
export function contentOf(ws: Workspace, id: string): RichDoc {
  const row = ws.db.select({ content: policyVersions.content }).from(policyVersions).where(eq(policyVersions.id, id)).get();
  if (!row) throw notFound('Policy version', id);
  return RichDocSchema.parse(JSON.parse(row.content));
}

export function getVersion(ws: Workspace, id: string): Version {
  return { ...getVersionMeta(ws, id), content: contentOf(ws, id) };
}

export const serialise = (doc: RichDoc) => JSON.stringify(doc);
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Refuses a change of text to anything but a draft, saying what to do instead. */
export function assertEditable(v: VersionMeta) {
  if (isEditable(v.status)) return;
  const advice =
    v.status === 'in-review'
      ? 'Return it to draft before changing the text.'
      : 'Its text can no longer change; save your changes as a new draft instead.';
  throw new AppError('CONFLICT', `Version ${v.version} is ${STATUS_LABEL[v.status]}. ${advice}`, { id: v.id, status: v.status });
}

export function assertTransition(v: VersionMeta, action: VersionAction): VersionStatus {
  const problem = transitionProblem(v.status, action, v.version);
  if (problem) throw new AppError('CONFLICT', problem, { id: v.id, status: v.status, action });
  return nextStatus(v.status, action)!;
}

/** Inserts the next version after `latest`: 1.3 -> 1.4, or 2.0 for a major revision. */
export function insertNextVersion(w: Writer, policyId: string, latest: VersionMeta | null, content: RichDoc, changeNote: string, authorId: string | null, major = false) {
  const [maj, min] = latest === null ? [1, 0] : major ? [latest.major + 1, 0] : [latest.major, latest.minor + 1];
  return w.insert(policyVersions, { policyId, major: maj, minor: min, status: 'draft', content: serialise(content), changeNote, authorId });
}

/**
 * The newest version when it is newer than the one in force (the published version, or failing
 * that an approved one), and whether its text differs from it.
 */
export function driftOf(ws: Workspace, versions: VersionMeta[]): Drift | null {
  const [working, ...older] = versions;
  if (!working || working.status === 'published' || working.status === 'superseded') return null;
  const base = older.find((v) => v.status === 'published') ?? older.find((v) => v.status === 'approved');
  if (!base) return null;
  const changed = docToText(contentOf(ws, working.id)) !== docToText(contentOf(ws, base.id));
  return { working: working.version, workingStatus: working.status, base: base.version, baseStatus: base.status, changed };
}
