import { asc, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../../shared/errors';
import { ENTRY_TYPE_LABEL, EntryFields, type ChecklistItem, type CheckStatus, type DocumentEntry, type RegisterRow } from '../../../shared/contract/docinfo';
import type { DocumentRecord } from '../../../shared/contract/documents';
import { MANDATORY_ITEMS, type MandatoryKey } from '../../../shared/docinfo';
import type { Workspace } from '../db/open';
import { changeLog, controlledDocuments, documentEntries, people } from '../db/schema';
import { write } from '../db/write';
import { mergePatch } from '../validation';
import { dateFieldError, todayOf } from './dates';
import { DOCUMENT_TYPES, listDocuments } from './documentCatalog';
import { ensureRecord } from './documentControl';
import { assertPerson } from './people';
import { assertDeleteConfirmed } from './references';

type EntryValues = z.output<typeof EntryFields>;

/** 7.5: every DOC entry, in id order. */
export function listEntries(ws: Workspace): DocumentEntry[] {
  return ws.db
    .select({ e: documentEntries, ownerName: people.name })
    .from(documentEntries)
    .leftJoin(people, eq(documentEntries.ownerId, people.id))
    .orderBy(asc(documentEntries.createdAt))
    .all()
    .map(({ e, ownerName }) => ({
      ...e,
      kind: e.kind as DocumentEntry['kind'],
      origin: e.origin as DocumentEntry['origin'],
      type: e.type as DocumentEntry['type'],
      status: e.status as DocumentEntry['status'],
      satisfies: e.satisfies as DocumentEntry['satisfies'],
      ownerName,
    }))
    .sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

export function getEntry(ws: Workspace, id: string): DocumentEntry {
  const e = listEntries(ws).find((x) => x.id === id);
  if (!e) throw notFound('Register entry', id);
  return e;
}

function check(ws: Workspace, input: EntryValues) {
  assertPerson(ws, input.ownerId);
  if (input.approvedOn && input.approvedOn > todayOf(ws)) throw dateFieldError('approvedOn', 'An approval date cannot be in the future.');
}

export function createEntry(ws: Workspace, input: EntryValues): DocumentEntry {
  check(ws, input);
  return getEntry(ws, write(ws, (w) => w.insert(documentEntries, input)).id);
}

export function updateEntry(ws: Workspace, id: string, patch: Partial<EntryValues>): DocumentEntry {
  const merged = mergePatch(EntryFields, getEntry(ws, id), patch);
  check(ws, merged);
  write(ws, (w) => w.update(documentEntries, id, merged));
  return getEntry(ws, id);
}

/** Nothing points to an entry; the delete is kept in the trail. */
export function deleteEntry(ws: Workspace, id: string, confirm = false) {
  const e = getEntry(ws, id);
  assertDeleteConfirmed(`The register entry "${e.title}"`, [], confirm);
  write(ws, (w) => w.remove(documentEntries, id));
}

/** Sets the retention of controlled documents: the keys given, or every one without a retention yet. */
export function setRetention(ws: Workspace, input: { keys: string[]; onlyUnset: boolean; retention: string }): { updated: number } {
  const known = new Map(DOCUMENT_TYPES.map((t) => [t.key, t]));
  const unknown = input.keys.find((k) => !known.has(k));
  if (unknown) throw notFound('Document', unknown);
  const current = new Map(ws.db.select({ key: controlledDocuments.key, retention: controlledDocuments.retention }).from(controlledDocuments).all().map((r) => [r.key, r.retention]));
  const targets = (input.keys.length ? input.keys : [...known.keys()]).filter((k) => !input.onlyUnset || !(current.get(k) ?? '').trim());
  if (targets.length === 0) return { updated: 0 };
  write(ws, (w) => {
    for (const key of targets) {
      const row = ensureRecord(w, ws, known.get(key)!);
      if (row.retention !== input.retention) w.update(controlledDocuments, row.id, { retention: input.retention });
    }
  });
  return { updated: targets.length };
}

const retentionOf = (ws: Workspace) => new Map(ws.db.select({ key: controlledDocuments.key, retention: controlledDocuments.retention }).from(controlledDocuments).all().map((r) => [r.key, r.retention]));

const WORKSPACE_LOCATION = 'In this workspace (exported on demand)';

/** The 7.5 register: the controlled documents in clause order, then the DOC entries in id order. */
export function register(ws: Workspace, today = todayOf(ws), documents = listDocuments(ws)): RegisterRow[] {
  const retention = retentionOf(ws);
  const controlled = documents.map(
    (d): RegisterRow => ({
      source: 'workspace',
      key: d.key,
      docId: d.docId,
      title: d.title,
      clauseId: d.clauseId,
      kind: 'document',
      origin: 'internal',
      typeLabel: d.key.startsWith('policy:') ? ENTRY_TYPE_LABEL.policy : `Clause ${d.clauseId} document`,
      ownerName: d.ownerName,
      version: d.version,
      status: d.status,
      approvedOn: d.approved?.approvedOn ?? null,
      approverName: d.approved?.approverName ?? null,
      reviewOn: d.nextReview,
      reviewOverdue: d.nextReview !== null && d.nextReview < today,
      classification: d.classification,
      retention: retention.get(d.key) ?? '',
      location: WORKSPACE_LOCATION,
    }),
  );
  const entries = listEntries(ws).map(
    (e): RegisterRow => ({
      source: 'entry',
      key: e.id,
      docId: e.ref,
      title: e.title,
      clauseId: null,
      kind: e.kind,
      origin: e.origin,
      typeLabel: ENTRY_TYPE_LABEL[e.type],
      ownerName: e.ownerName,
      version: e.version,
      status: e.status,
      approvedOn: e.approvedOn,
      approverName: e.approvedBy || null,
      reviewOn: e.reviewOn,
      reviewOverdue: e.status !== 'obsolete' && e.reviewOn !== null && e.reviewOn < today,
      classification: e.classification,
      retention: e.retention,
      location: e.location,
    }),
  );
  return [...controlled, ...entries];
}

/** Rows in a table that may not exist yet in this build (areas arrive one by one); 0 when it does not. */
function rowsIn(ws: Workspace, table: string): number {
  const exists = ws.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return 0;
  return (ws.sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table.replace(/"/g, '')}"`).get() as { n: number }).n;
}
const edited = (ws: Workspace, table: string) => (ws.db.select({ n: count() }).from(changeLog).where(sql`${changeLog.tableName} = ${table} AND ${changeLog.op} = 'update'`).get()?.n ?? 0) > 0;

/**
 * Per mandatory item: the controlled documents that provide it (their approval decides), and how
 * to tell that work on it has started when none is approved yet.
 */
const SOURCES: Record<MandatoryKey, { docKeys: string[]; started: (ws: Workspace) => boolean }> = {
  scope: { docKeys: ['scope-statement'], started: (ws) => rowsIn(ws, 'scope_statements') + rowsIn(ws, 'scope_boundaries') > 0 },
  policy: { docKeys: [], started: (ws) => rowsIn(ws, 'policies') > 0 },
  'risk-process': { docKeys: ['risk-method'], started: (ws) => edited(ws, 'risk_method') },
  'treatment-process': { docKeys: ['treatment-plan'], started: (ws) => rowsIn(ws, 'risk_decisions') + rowsIn(ws, 'treatment_actions') > 0 },
  soa: { docKeys: ['soa'], started: (ws) => edited(ws, 'controls') },
  objectives: { docKeys: ['objectives-plan'], started: (ws) => rowsIn(ws, 'objectives') > 0 },
  competence: { docKeys: ['competence-evidence'], started: (ws) => rowsIn(ws, 'skill_audits') + rowsIn(ws, 'training_records') > 0 },
  'needed-documents': { docKeys: [], started: () => false },
  operations: { docKeys: ['supplier-register'], started: (ws) => rowsIn(ws, 'suppliers') + rowsIn(ws, 'isms_changes') > 0 },
  'risk-results': { docKeys: ['risk-report'], started: (ws) => rowsIn(ws, 'assessment_runs') > 0 },
  'treatment-results': { docKeys: ['treatment-plan'], started: (ws) => rowsIn(ws, 'treatment_actions') > 0 },
  monitoring: { docKeys: ['monitoring-results', 'metric-values'], started: (ws) => rowsIn(ws, 'metric_measurements') > 0 },
  audit: { docKeys: ['audit-programme', 'audit-report'], started: (ws) => rowsIn(ws, 'audits') + rowsIn(ws, 'audit_programmes') > 0 },
  'management-review': { docKeys: ['management-review'], started: (ws) => rowsIn(ws, 'management_reviews') > 0 },
  nonconformities: { docKeys: ['nonconformity-log'], started: (ws) => rowsIn(ws, 'nonconformities') > 0 },
};

const approvedWords = (d: DocumentRecord) => `${d.docId} version ${d.approved!.version} approved on ${d.approved!.approvedOn}${d.approved!.approverName ? ` by ${d.approved!.approverName}` : ''}`;

/**
 * The mandatory documented information, found from the workspace: approved beats kept elsewhere
 * beats approved-but-changed beats started; nothing found is missing.
 */
export function checklist(ws: Workspace, documents = listDocuments(ws)): ChecklistItem[] {
  const byKey = new Map(documents.map((d) => [d.key, d]));
  const entries = listEntries(ws).filter((e) => e.status !== 'obsolete');
  return MANDATORY_ITEMS.map((item) => {
    const source = SOURCES[item.key];
    const docs =
      item.key === 'policy'
        ? documents.filter((d) => d.key.startsWith('policy:'))
        : source.docKeys.map((k) => byKey.get(k)).filter((d): d is DocumentRecord => d !== undefined);
    const found = (status: CheckStatus, evidence: string): ChecklistItem => ({ key: item.key, clause: item.clause, title: item.title, status, evidence, route: item.route });
    if (item.key === 'policy') {
      // A published policy is in force even while its next version is being drafted.
      const published = docs.filter((d) => d.approved);
      if (published.length) return found('approved', published.map((d) => `${d.docId} "${d.title}" version ${d.approved!.version} published`).join('; '));
    } else {
      const approved = docs.filter((d) => d.status === 'approved');
      if (approved.length) return found('approved', approved.map(approvedWords).join('; '));
    }
    if (item.key === 'needed-documents') {
      const own = entries.filter((e) => e.origin === 'internal' && e.satisfies === null);
      if (own.some((e) => e.status === 'approved')) return found('approved', `${own.length} of the organisation's own documents and records listed in this register`);
      if (own.length) return found('draft', `${own.length} listed, none approved yet`);
      return found('missing', 'List here the procedures, plans and records the organisation decided it needs');
    }
    const kept = entries.filter((e) => e.satisfies === item.key && e.status === 'approved');
    if (kept.length) return found('external', kept.map((e) => `${e.ref} "${e.title}", kept at ${e.location}`).join('; '));
    const changed = docs.filter((d) => d.status === 'changed');
    if (changed.length) return found('changed', changed.map((d) => `${d.docId} version ${d.approved?.version ?? ''} approved on ${d.approved?.approvedOn ?? ''}; its content changed since`).join('; '));
    if (source.started(ws) || docs.some((d) => d.key.startsWith('policy:'))) {
      if (item.key === 'policy') return found('draft', `${docs.map((d) => `"${d.title}"`).join(', ')} not published yet`); // a draft policy has no document id yet
      return found('draft', docs.length ? `${docs.map((d) => d.docId).join(', ')} not approved yet` : 'Work has started; nothing approved yet');
    }
    return found('missing', docs.length || item.key === 'policy' ? 'Nothing recorded yet' : 'Not made in the workbench yet; if it is kept elsewhere, add a register entry that provides it');
  });
}
