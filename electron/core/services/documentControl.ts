/**
 * Document control (7.5), the one service every export and every later register uses (issue #8).
 *
 * A controlled document is described once as a `DocumentType`: a key, a stable document id
 * (ISMS-4.1), a title, and `capture(ws)`, which returns the document's content as plain JSON.
 * Then:
 *   - `documentRecord(ws, type)`     id, owner, classification, version, status, approver, next review, history
 *   - `approveDocument(ws, type, input)`
 *                                    checks the approver and date, freezes `capture(ws)` with its SHA-256,
 *                                    and records version 1.0 / 1.1 / 2.0; a type's `onApprove` writes in the
 *                                    same transaction (the scope statement marks its own row approved there)
 *   - `contentForExport(ws, type, variant)`
 *                                    the frozen content of the approved version (hash-checked) or the live
 *                                    draft, with whether live data changed since the approval
 *   - `updateDocument(ws, type, input)` owner, review interval, own classification
 * Adding a register (risk, SoA, audits): write its DocumentType in documentCatalog.ts; the handlers,
 * the exports and the 7.5 register pick it up from there. Versions never come from counting rows.
 */
import { createHash } from 'node:crypto';
import { and, desc, eq, max, or } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { ApprovalEvent, DocumentRecord } from '../../../shared/contract/documents';
import type { Workspace } from '../db/open';
import { changeLog, controlledDocuments, documentApprovals, people, roleAssignments, roles, workspaceMeta } from '../db/schema';
import { write, type Writer } from '../db/write';
import { addMonths, todayOf } from './dates';
import { assertPerson, getPerson } from './people';
import { documentSettingsOf } from './documentSettings';

export interface DocumentType<T = unknown> {
  key: string;
  docId: string;
  title: string;
  clauseId: string;
  /** One line under the title on the cover. */
  subtitle: string;
  /** The content as it stands now: plain JSON, the same for the same data (it is hashed). */
  capture(ws: Workspace): T;
  /** The earliest day an approval may carry (default: the day the workspace was created). */
  createdOn?(ws: Workspace): string;
  /**
   * For documents with rows of their own to mark (the scope statement): checks the document can be
   * approved now and returns what to write in the approval's transaction.
   */
  onApprove?(ws: Workspace): (w: Writer, approval: { approverId: string; approverName: string; approvedOn: string }) => void;
}

type ApprovalRow = typeof documentApprovals.$inferSelect;
type RecordRow = typeof controlledDocuments.$inferSelect;

const STAMPS = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

/** JSON with record stamps left out, so saving a row unchanged does not count as a change. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (key, v) => (STAMPS.has(key) ? undefined : v));
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const versionLabel = (a: { major: number; minor: number }) => `${a.major}.${a.minor}`;

function recordRow(ws: Workspace, key: string): RecordRow | undefined {
  return ws.db.select().from(controlledDocuments).where(eq(controlledDocuments.key, key)).get();
}

function approvalsOf(ws: Workspace, documentId: string | undefined): ApprovalRow[] {
  if (!documentId) return [];
  return ws.db.select().from(documentApprovals).where(eq(documentApprovals.documentId, documentId)).orderBy(desc(documentApprovals.major), desc(documentApprovals.minor)).all();
}

const eventOf = (a: ApprovalRow): ApprovalEvent => ({ version: versionLabel(a), approverName: a.approverName, approvedOn: a.approvedOn, changeNote: a.changeNote, reason: a.reason });

/** The version a change in progress will get: the next minor one, or 1.0 before any approval. */
export function nextVersion(latest: { major: number; minor: number } | undefined, major: boolean): { major: number; minor: number } {
  if (!latest) return { major: 1, minor: 0 };
  return major ? { major: latest.major + 1, minor: 0 } : { major: latest.major, minor: latest.minor + 1 };
}

/** `live` is the content as captured now, when the caller already has it (captures of large registers are not cheap). */
/**
 * The hash of each document's live content, kept until the next write: every change to the data
 * adds a row to the change log, so its highest sequence number says whether anything changed.
 * Home, the document panels and the 7.5 register ask for every document's status often; hashing a
 * large risk register each time would make them slow.
 */
const hashCache = new WeakMap<Workspace, { seq: number; hashes: Map<string, string> }>();
function liveHash(ws: Workspace, type: DocumentType): string {
  const seq = ws.db.select({ seq: max(changeLog.seq) }).from(changeLog).get()?.seq ?? 0;
  let cache = hashCache.get(ws);
  if (!cache || cache.seq !== seq) {
    cache = { seq, hashes: new Map() };
    hashCache.set(ws, cache);
  }
  let hash = cache.hashes.get(type.key);
  if (hash === undefined) {
    hash = sha256(canonicalJson(type.capture(ws)));
    cache.hashes.set(type.key, hash);
  }
  return hash;
}

export function documentRecord(ws: Workspace, type: DocumentType, live?: unknown): DocumentRecord {
  const row = recordRow(ws, type.key);
  const history = approvalsOf(ws, row?.id);
  const latest = history[0];
  const changed = latest ? (live !== undefined ? sha256(canonicalJson(live)) : liveHash(ws, type)) !== latest.snapshotSha256 : true;
  const reviewMonths = row?.reviewMonths ?? 12;
  return {
    key: type.key,
    docId: row?.docId ?? type.docId,
    title: type.title,
    clauseId: type.clauseId,
    ownerId: row?.ownerId ?? null,
    ownerName: row?.ownerName ?? null,
    classification: row?.classification ?? documentSettingsOf(ws).classification,
    reviewMonths,
    version: latest && !changed ? versionLabel(latest) : `${versionLabel(nextVersion(latest, false))} draft`,
    status: !latest ? 'draft' : changed ? 'changed' : 'approved',
    approved: latest ? eventOf(latest) : null,
    nextReview: latest ? addMonths(latest.approvedOn, reviewMonths) : null,
    history: history.map(eventOf),
    approvable: true,
  };
}

/** Creates the record the first time something is written about the document. */
export function ensureRecord(w: Writer, ws: Workspace, type: Pick<DocumentType, 'key' | 'docId' | 'title'>): RecordRow {
  return recordRow(ws, type.key) ?? (w.insert(controlledDocuments, { key: type.key, docId: type.docId, title: type.title, ownerId: null, ownerName: null, reviewMonths: 12, classification: null }) as RecordRow);
}

export function updateDocument(ws: Workspace, type: DocumentType, input: { ownerId?: string | null; reviewMonths?: number; classification?: string | null }): DocumentRecord {
  if (input.ownerId) assertPerson(ws, input.ownerId, 'ownerId');
  write(ws, (w) => {
    const row = ensureRecord(w, ws, type);
    const change: Partial<RecordRow> = {};
    if (input.ownerId !== undefined) Object.assign(change, { ownerId: input.ownerId, ownerName: input.ownerId ? getPerson(ws, input.ownerId).name : null });
    if (input.reviewMonths !== undefined) change.reviewMonths = input.reviewMonths;
    if (input.classification !== undefined) change.classification = input.classification;
    w.update(controlledDocuments, row.id, change);
  });
  return documentRecord(ws, type);
}

/** Top management, or a 5.3 role marked as approver. */
export function mayApprove(ws: Workspace, personId: string): boolean {
  return !!ws.db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .innerJoin(roles, eq(roleAssignments.roleId, roles.id))
    .where(and(eq(roleAssignments.personId, personId), or(eq(roles.key, 'top-management'), eq(roles.mayApprove, true))))
    .get();
}

export function approvers(ws: Workspace): { id: string; name: string }[] {
  const rows = ws.db
    .selectDistinct({ id: people.id, name: people.name })
    .from(roleAssignments)
    .innerJoin(roles, eq(roleAssignments.roleId, roles.id))
    .innerJoin(people, eq(roleAssignments.personId, people.id))
    .where(or(eq(roles.key, 'top-management'), eq(roles.mayApprove, true)))
    .all();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

export interface ApprovalInput {
  approverId: string;
  /** Left out: today (the same default as policies.approve, issue 7). */
  approvedOn?: string;
  major?: boolean;
  changeNote?: string;
  reason?: string;
}

/**
 * The rules every approval in the workbench follows: a known approver who holds an approving role
 * (or a recorded reason why someone else approved), a date neither in the future nor before the
 * document existed or before its previous approval. Returns the approver's name.
 */
export function checkApproval(ws: Workspace, input: ApprovalInput & { approvedOn: string }, earliest: string, previous?: string): string {
  assertPerson(ws, input.approverId, 'approverId');
  const name = getPerson(ws, input.approverId).name;
  if (!mayApprove(ws, input.approverId) && !input.reason?.trim()) {
    throw invalid('reason', `${name} holds no role that may approve documents (top management, or a role marked as approver in 5.3). Choose another approver or record why ${name} approves.`);
  }
  if (input.approvedOn > todayOf(ws)) throw invalid('approvedOn', 'An approval cannot be dated in the future.');
  if (input.approvedOn < earliest) throw invalid('approvedOn', `An approval cannot be dated before the document existed (${earliest}).`);
  if (previous && input.approvedOn < previous) throw invalid('approvedOn', `The previous version was approved on ${previous}; a later version cannot be approved earlier.`);
  return name;
}

export const workspaceCreatedOn = (ws: Workspace) => (ws.db.select({ at: workspaceMeta.createdAt }).from(workspaceMeta).get()?.at ?? ws.env.now().toISOString()).slice(0, 10);

export function approveDocument(ws: Workspace, type: DocumentType, given: ApprovalInput): DocumentRecord {
  const input = { ...given, approvedOn: given.approvedOn ?? todayOf(ws) };
  const alsoWrite = type.onApprove?.(ws);
  const existing = recordRow(ws, type.key);
  const latest = approvalsOf(ws, existing?.id)[0];
  const approverName = checkApproval(ws, input, (type.createdOn ?? workspaceCreatedOn)(ws), latest?.approvedOn);
  const content = type.capture(ws);
  const snapshot = canonicalJson(content);
  if (latest && sha256(snapshot) === latest.snapshotSha256) {
    throw new AppError('CONFLICT', `Nothing has changed since version ${versionLabel(latest)} was approved.`);
  }
  const version = nextVersion(latest, input.major ?? false);
  write(ws, (w) => {
    const row = ensureRecord(w, ws, type);
    w.insert(documentApprovals, {
      documentId: row.id,
      ...version,
      approverId: input.approverId,
      approverName,
      approvedOn: input.approvedOn,
      changeNote: input.changeNote?.trim() || (latest ? '' : 'First approved version.'),
      reason: input.reason?.trim() ?? '',
      snapshot,
      snapshotSha256: sha256(snapshot),
    });
    alsoWrite?.(w, { approverId: input.approverId, approverName, approvedOn: input.approvedOn });
  });
  return documentRecord(ws, type);
}

export interface ExportContent<T> {
  record: DocumentRecord;
  content: T;
  /** true: the live content, not (or not yet) approved; exports mark it DRAFT. */
  draft: boolean;
  /** For an approved export: live data has changed since this version was approved. */
  changedSince: boolean;
}

/**
 * What an export prints. 'approved' gives the frozen copy of the newest approval (its hash checked)
 * or, before any approval, the live draft; 'draft' always gives the live content.
 */
export function contentForExport<T>(ws: Workspace, type: DocumentType<T>, variant: 'approved' | 'draft'): ExportContent<T> {
  const live = type.capture(ws);
  const record = documentRecord(ws, type, live);
  const latest = approvalsOf(ws, recordRow(ws, type.key)?.id)[0];
  if (variant === 'draft' || !latest) {
    return { record, content: live, draft: record.status !== 'approved', changedSince: false };
  }
  if (sha256(latest.snapshot) !== latest.snapshotSha256) {
    throw new AppError('INTERNAL', `The frozen copy of ${record.docId} version ${versionLabel(latest)} does not match its fingerprint; the workspace file may have been altered.`);
  }
  const approvedRecord: DocumentRecord = { ...record, version: versionLabel(latest), status: 'approved' };
  return { record: approvedRecord, content: JSON.parse(latest.snapshot) as T, draft: false, changedSince: record.status === 'changed' };
}
