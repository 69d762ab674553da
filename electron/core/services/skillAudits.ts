import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { auditResult, gapProgress, gapsFor, type AuditKind, type Gap } from '../../../shared/competence';
import { GapRow, type Audit, type AuditFields, type AuditPatch, type AuditQuery, type Evidence, type EvidenceAdd } from '../../../shared/contract/competence';
import type { AttachmentUpload } from '../../../shared/contract/attachments';

type Upload = z.output<typeof AttachmentUpload>;
import type { Workspace } from '../db/open';
import { competenceEvidence, people, roles, skillAudits, trainingRecords } from '../db/schema';
import { write, type Writer } from '../db/write';
import { attachmentMetas, removeAttachment, storeAttachment } from './attachments';
import { assertPerson, getPerson } from './people';
import { dateFieldError, todayOf } from './dates';
import { assertRole, assertSkill, levelsOf, putLevel, requirementsOf } from './competence';
import { getTraining } from './training';

/* 7.2 skills audits: is a candidate fit for a role, and did training close the gaps after appointment? */

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

function gapsOfJson(text: string): Gap[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.flatMap((g) => (GapRow.safeParse(g).success ? [g as Gap] : [])) : [];
  } catch {
    return [];
  }
}

/** Evidence files of audits or training records, keyed by the record's id. */
export function evidenceBy(ws: Workspace, column: 'auditId' | 'trainingId', ids: string[]): Map<string, Evidence[]> {
  const map = new Map<string, Evidence[]>();
  if (ids.length === 0) return map;
  const metas = attachmentMetas(ws);
  for (const e of ws.db.select().from(competenceEvidence).where(inArray(competenceEvidence[column], ids)).all()) {
    const attachment = metas.get(e.attachmentId);
    const owner = e[column];
    if (attachment && owner) map.set(owner, [...(map.get(owner) ?? []), { id: e.id, attachment }]);
  }
  return map;
}

export function listAudits(ws: Workspace, q: z.output<typeof AuditQuery> = {}): Audit[] {
  const f = [q.personId ? eq(skillAudits.personId, q.personId) : undefined, q.roleId ? eq(skillAudits.roleId, q.roleId) : undefined].filter((x) => x !== undefined);
  const rows = ws.db
    .select({ a: skillAudits, personName: people.name, roleName: roles.name })
    .from(skillAudits)
    .innerJoin(people, eq(skillAudits.personId, people.id))
    .innerJoin(roles, eq(skillAudits.roleId, roles.id))
    .where(f.length ? and(...f) : undefined)
    .orderBy(desc(skillAudits.auditedOn), desc(skillAudits.createdAt))
    .all();
  const evidence = evidenceBy(ws, 'auditId', rows.map((r) => r.a.id));
  const refs = new Map(ws.db.select({ id: skillAudits.id, ref: skillAudits.ref }).from(skillAudits).all().map((r) => [r.id, r.ref]));
  return rows.map(({ a, personName, roleName }) => ({
    id: a.id,
    ref: a.ref,
    kind: a.kind as AuditKind,
    personId: a.personId,
    personName,
    roleId: a.roleId,
    roleName,
    auditedOn: a.auditedOn,
    assessorId: a.assessorId,
    assessorName: a.assessorName,
    result: a.result as Audit['result'],
    gaps: gapsOfJson(a.gaps),
    checked: gapsOfJson(a.checked),
    priorAuditRef: a.priorAuditId ? (refs.get(a.priorAuditId) ?? null) : null,
    closedGaps: gapsOfJson(a.closedGaps),
    notes: a.notes,
    followUpOn: a.followUpOn,
    evidence: evidence.get(a.id) ?? [],
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    createdBy: a.createdBy,
    updatedBy: a.updatedBy,
  }));
}

export function getAudit(ws: Workspace, id: string): Audit {
  const row = ws.db.select({ personId: skillAudits.personId }).from(skillAudits).where(eq(skillAudits.id, id)).get();
  const audit = row && listAudits(ws, { personId: row.personId }).find((a) => a.id === id);
  if (!audit) throw notFound('Skills audit', id);
  return audit;
}

/** The newest earlier audit (on or before this day) of the same person for the same role that found gaps: what an audit after appointment checks against. */
function priorGapAudit(ws: Workspace, personId: string, roleId: string, on: string) {
  return ws.db
    .select()
    .from(skillAudits)
    .where(and(eq(skillAudits.personId, personId), eq(skillAudits.roleId, roleId), inArray(skillAudits.result, ['gaps', 'gaps-remain']), lte(skillAudits.auditedOn, on)))
    .orderBy(desc(skillAudits.auditedOn), desc(skillAudits.createdAt))
    .get();
}

function assertAuditDate(ws: Workspace, auditedOn: string) {
  if (auditedOn > todayOf(ws)) throw dateFieldError('auditedOn', 'A skills audit cannot be dated in the future.');
}

export function storeFiles(w: Writer, files: Upload[], owner: { auditId?: string; trainingId?: string }) {
  files.forEach((file, i) => {
    const meta = storeAttachment(w, file, `files.${i}.dataBase64`);
    w.insert(competenceEvidence, { auditId: owner.auditId ?? null, trainingId: owner.trainingId ?? null, attachmentId: meta.id });
  });
}

export function createAudit(ws: Workspace, input: z.output<typeof AuditFields>): Audit {
  assertAuditDate(ws, input.auditedOn);
  assertPerson(ws, input.personId, 'personId');
  assertPerson(ws, input.assessorId, 'assessorId');
  assertRole(ws, input.roleId);
  const requirements = requirementsOf(ws, input.roleId);
  if (requirements.length === 0) throw invalid('roleId', 'Give the role its competence requirements (skills and levels) before auditing anyone against it.');
  const seen = new Set<string>();
  input.levels.forEach((l, i) => {
    if (seen.has(l.skillId)) throw invalid(`levels.${i}.skillId`, 'Each skill is assessed once in an audit.');
    seen.add(l.skillId);
    assertSkill(ws, l.skillId, `levels.${i}.skillId`);
  });
  if (input.followUpOn && input.followUpOn < input.auditedOn) throw dateFieldError('followUpOn', 'The follow-up audit comes after this one.');
  // The levels found on the day count; skills the assessor did not assess keep their matrix level.
  const levels = levelsOf(ws, input.personId);
  for (const l of input.levels) levels.set(l.skillId, l.level);
  const gaps = gapsFor(requirements, levels);
  const checked = requirements.map((r) => ({ skillId: r.skillId, skillName: r.skillName, required: r.requiredLevel, actual: levels.get(r.skillId) ?? 0, missing: Math.max(0, r.requiredLevel - (levels.get(r.skillId) ?? 0)) }));
  const kind = input.kind as AuditKind;
  const prior = kind === 'post-appointment' ? priorGapAudit(ws, input.personId, input.roleId, input.auditedOn) : undefined;
  const closed = prior ? gapProgress(gapsOfJson(prior.gaps), gaps).closed : [];
  const assessorName = getPerson(ws, input.assessorId).name;
  const id = write(ws, (w) => {
    const row = w.insert(skillAudits, {
      kind,
      personId: input.personId,
      roleId: input.roleId,
      auditedOn: input.auditedOn,
      assessorId: input.assessorId,
      assessorName,
      result: auditResult(kind, gaps),
      checked: JSON.stringify(checked),
      gaps: JSON.stringify(gaps),
      priorAuditId: prior?.id ?? null,
      closedGaps: JSON.stringify(closed),
      notes: input.notes,
      followUpOn: gaps.length ? input.followUpOn : null,
    });
    for (const l of input.levels) if (l.level > 0) putLevel(w, { personId: input.personId, skillId: l.skillId, level: l.level, assessedOn: input.auditedOn, source: 'skills-audit', note: `Skills audit ${row.ref}` });
    storeFiles(w, input.files, { auditId: row.id });
    return row.id;
  });
  return getAudit(ws, id);
}

export function updateAudit(ws: Workspace, { id, ...patch }: z.output<typeof AuditPatch>): Audit {
  const current = getAudit(ws, id);
  const next = { auditedOn: patch.auditedOn ?? current.auditedOn, assessorId: patch.assessorId ?? current.assessorId, notes: patch.notes ?? current.notes, followUpOn: patch.followUpOn === undefined ? current.followUpOn : patch.followUpOn };
  assertAuditDate(ws, next.auditedOn);
  if (patch.assessorId) assertPerson(ws, patch.assessorId, 'assessorId');
  if (next.followUpOn && next.followUpOn < next.auditedOn) throw dateFieldError('followUpOn', 'The follow-up audit comes after this one.');
  const assessorName = patch.assessorId ? getPerson(ws, patch.assessorId).name : current.assessorName;
  write(ws, (w) => w.update(skillAudits, id, { ...next, assessorName }));
  return getAudit(ws, id);
}

export function removeEvidenceRows(w: Writer, rows: { id: string; attachmentId: string }[]) {
  for (const e of rows) {
    w.remove(competenceEvidence, e.id);
    removeAttachment(w, e.attachmentId);
  }
}

export function evidenceRowsOf(ws: Workspace, column: 'auditId' | 'trainingId', id: string) {
  return ws.db.select({ id: competenceEvidence.id, attachmentId: competenceEvidence.attachmentId }).from(competenceEvidence).where(eq(competenceEvidence[column], id)).all();
}

export function deleteAudit(ws: Workspace, id: string) {
  getAudit(ws, id);
  const files = evidenceRowsOf(ws, 'auditId', id);
  write(ws, (w) => {
    removeEvidenceRows(w, files);
    w.detach(skillAudits, skillAudits.priorAuditId, id);
    w.remove(skillAudits, id);
  });
}

export function addEvidence(ws: Workspace, input: z.output<typeof EvidenceAdd>): Evidence {
  if (input.auditId) getAudit(ws, input.auditId);
  if (input.trainingId) getTraining(ws, input.trainingId);
  const id = write(ws, (w) => {
    const meta = storeAttachment(w, input.file, 'file.dataBase64');
    return w.insert(competenceEvidence, { auditId: input.auditId ?? null, trainingId: input.trainingId ?? null, attachmentId: meta.id }).id;
  });
  const row = ws.db.select().from(competenceEvidence).where(eq(competenceEvidence.id, id)).get()!;
  return { id, attachment: attachmentMetas(ws).get(row.attachmentId)! };
}

export function deleteEvidence(ws: Workspace, id: string) {
  const row = ws.db.select({ id: competenceEvidence.id, attachmentId: competenceEvidence.attachmentId }).from(competenceEvidence).where(eq(competenceEvidence.id, id)).get();
  if (!row) throw notFound('Evidence file', id);
  write(ws, (w) => removeEvidenceRows(w, [row]));
}


/**
 * Before a person or a role is deleted (their audits and training records go with them through the
 * foreign keys), their evidence files are removed too, so no file stays behind without its record.
 */
export function removeCompetenceFilesOf(w: Writer, of: { personId: string } | { roleId: string }) {
  const audits = w.db.select({ id: skillAudits.id }).from(skillAudits).where('personId' in of ? eq(skillAudits.personId, of.personId) : eq(skillAudits.roleId, of.roleId)).all().map((a) => a.id);
  const training = 'personId' in of ? w.db.select({ id: trainingRecords.id }).from(trainingRecords).where(eq(trainingRecords.personId, of.personId)).all().map((t) => t.id) : [];
  const rows = [
    ...(audits.length ? w.db.select({ id: competenceEvidence.id, attachmentId: competenceEvidence.attachmentId }).from(competenceEvidence).where(inArray(competenceEvidence.auditId, audits)).all() : []),
    ...(training.length ? w.db.select({ id: competenceEvidence.id, attachmentId: competenceEvidence.attachmentId }).from(competenceEvidence).where(inArray(competenceEvidence.trainingId, training)).all() : []),
  ];
  removeEvidenceRows(w, rows);
}
