import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { AUDIT_CLAUSES, AUDIT_CLAUSE_TITLES, requirementsOf, type AuditClause } from '../../../shared/auditRequirements';
import { AUDIT_METHODS, AuditFields, ProgrammeFields, type Audit, type AuditDetail, type AuditPatch, type CoverageRow, type Coverage, type Programme, type ProgrammePatch } from '../../../shared/contract/audits';
import type { Reference } from '../../../shared/contract/common';
import type { Workspace } from '../db/open';
import { attachments, auditEvidence, auditFindings, auditItems, auditProgrammes, audits, auditScopeControls, auditTeam, controls, improvementLinks } from '../db/schema';
import { write, type Writer } from '../db/write';
import { mergePatch } from '../validation';
import { refOrder } from './query';
import { assertDeleteConfirmed } from './references';
import { todayOf } from './dates';
import { listFindings, listItems } from './auditFieldwork';
import { listTeam } from './auditTeam';

type ProgrammeRow = typeof auditProgrammes.$inferSelect;
type AuditRow = typeof audits.$inferSelect;

/** Small JSON arrays written through the contract; a damaged cell reads as empty. */
export function jsonList<T extends string>(text: string, allowed: readonly T[]): T[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is T => allowed.includes(x as T)) : [];
  } catch {
    return [];
  }
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

// ---------- programmes ----------

function shapeProgramme(p: ProgrammeRow, auditCount: number): Programme {
  return { ...p, methods: jsonList(p.methods, AUDIT_METHODS), auditCount };
}

const auditCountOf = sql<number>`(select count(*) from "audits" as "a" where "a"."programme_id" = "audit_programmes"."id")`;

export function listProgrammes(ws: Workspace): Programme[] {
  return ws.db.select({ p: auditProgrammes, n: auditCountOf }).from(auditProgrammes).orderBy(desc(auditProgrammes.startYear), desc(refOrder(auditProgrammes.ref))).all().map((r) => shapeProgramme(r.p, r.n));
}

export function getProgramme(ws: Workspace, id: string): Programme {
  const r = ws.db.select({ p: auditProgrammes, n: auditCountOf }).from(auditProgrammes).where(eq(auditProgrammes.id, id)).get();
  if (!r) throw notFound('Audit programme', id);
  return shapeProgramme(r.p, r.n);
}

type ProgrammeInput = z.output<typeof ProgrammeFields>;
const programmeColumns = (v: ProgrammeInput) => ({ ...v, methods: JSON.stringify([...new Set(v.methods)]) });

/** The audits already planned must stay inside the cycle's years. */
function assertAuditsInside(ws: Workspace, programmeId: string, v: ProgrammeInput) {
  const outside = ws.db.select({ ref: audits.ref, startDate: audits.startDate, endDate: audits.endDate }).from(audits).where(eq(audits.programmeId, programmeId)).all().filter((a) => Number(a.startDate.slice(0, 4)) < v.startYear || Number(a.endDate.slice(0, 4)) > v.endYear);
  if (outside.length) throw invalid('endYear', `The audits ${outside.map((a) => a.ref).join(', ')} fall outside ${v.startYear}-${v.endYear}; move them first.`);
}

export function createProgramme(ws: Workspace, input: ProgrammeInput): Programme {
  return getProgramme(ws, write(ws, (w) => w.insert(auditProgrammes, programmeColumns(input))).id);
}

export function updateProgramme(ws: Workspace, { id, ...patch }: z.output<typeof ProgrammePatch>): Programme {
  const current = getProgramme(ws, id);
  const merged = mergePatch(ProgrammeFields, current, patch);
  assertAuditsInside(ws, id, merged);
  write(ws, (w) => w.update(auditProgrammes, id, programmeColumns(merged)));
  return getProgramme(ws, id);
}

export function deleteProgramme(ws: Workspace, id: string, confirm: boolean) {
  const p = getProgramme(ws, id);
  const own = ws.db.select({ id: audits.id, ref: audits.ref, title: audits.title }).from(audits).where(eq(audits.programmeId, id)).all();
  const refs: Reference[] = own.flatMap((a) => [{ kind: 'audits.audit', id: a.id, label: `Audit ${a.ref} "${a.title}" with its checklist, evidence and findings`, effect: 'deleted' as const }, ...auditReferences(ws, a.id)]);
  assertDeleteConfirmed(`${p.ref} ${p.title}`, refs, confirm);
  write(ws, (w) => {
    for (const a of own) removeAudit(w, a.id);
    w.remove(auditProgrammes, id);
  });
}

// ---------- audits ----------

const counts = {
  itemCount: sql<number>`(select count(*) from "audit_items" as "i" where "i"."audit_id" = "audits"."id")`,
  recordedCount: sql<number>`(select count(*) from "audit_items" as "i" where "i"."audit_id" = "audits"."id" and "i"."verdict" is not null)`,
  major: sql<number>`(select count(*) from "audit_findings" as "f" where "f"."audit_id" = "audits"."id" and "f"."verdict" = 'major')`,
  minor: sql<number>`(select count(*) from "audit_findings" as "f" where "f"."audit_id" = "audits"."id" and "f"."verdict" = 'minor')`,
  observation: sql<number>`(select count(*) from "audit_findings" as "f" where "f"."audit_id" = "audits"."id" and "f"."verdict" = 'observation')`,
  ofi: sql<number>`(select count(*) from "audit_findings" as "f" where "f"."audit_id" = "audits"."id" and "f"."verdict" = 'ofi')`,
  leadAuditor: sql<string | null>`(select "p"."name" from "audit_team" as "t" join "people" as "p" on "p"."id" = "t"."person_id" where "t"."audit_id" = "audits"."id" and "t"."role" = 'lead-auditor' limit 1)`,
};

const auditBase = (ws: Workspace) =>
  ws.db
    .select({ a: audits, programmeRef: auditProgrammes.ref, programmeTitle: auditProgrammes.title, ...counts })
    .from(audits)
    .innerJoin(auditProgrammes, eq(audits.programmeId, auditProgrammes.id));

type AuditSelect = { a: AuditRow; programmeRef: string; programmeTitle: string } & { [K in keyof typeof counts]: (typeof counts)[K]['_']['type'] };

export function scopeControlIds(ws: Workspace, auditIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!auditIds.length) return out;
  const rows = ws.db.select({ auditId: auditScopeControls.auditId, controlId: auditScopeControls.controlId }).from(auditScopeControls).innerJoin(controls, eq(auditScopeControls.controlId, controls.id)).where(inArray(auditScopeControls.auditId, auditIds)).orderBy(asc(controls.position)).all();
  for (const r of rows) out.set(r.auditId, [...(out.get(r.auditId) ?? []), r.controlId]);
  return out;
}

function shapeAudit(r: AuditSelect, scope: string[]): Audit {
  const { major, minor, observation, ofi, itemCount, recordedCount, leadAuditor } = r;
  return {
    ...r.a,
    scopeClauses: jsonList(r.a.scopeClauses, AUDIT_CLAUSES),
    scopeControlIds: scope,
    methods: jsonList(r.a.methods, AUDIT_METHODS),
    status: r.a.status as Audit['status'],
    programmeRef: r.programmeRef,
    programmeTitle: r.programmeTitle,
    itemCount,
    recordedCount,
    findingCounts: { major, minor, observation, ofi },
    leadAuditor,
  };
}

export function listAudits(ws: Workspace, programmeId?: string): Audit[] {
  const rows = auditBase(ws).where(programmeId ? eq(audits.programmeId, programmeId) : undefined).orderBy(asc(audits.startDate), asc(refOrder(audits.ref))).all();
  const scope = scopeControlIds(ws, rows.map((r) => r.a.id));
  return rows.map((r) => shapeAudit(r, scope.get(r.a.id) ?? []));
}

export function getAudit(ws: Workspace, id: string): Audit {
  const r = auditBase(ws).where(eq(audits.id, id)).get();
  if (!r) throw notFound('Audit', id);
  return shapeAudit(r, scopeControlIds(ws, [id]).get(id) ?? []);
}

export function getAuditDetail(ws: Workspace, id: string): AuditDetail {
  const audit = getAudit(ws, id);
  return { ...audit, team: listTeam(ws, audit), items: listItems(ws, id), findings: listFindings(ws, { auditId: id }) };
}

type AuditInput = z.output<typeof AuditFields>;

function check(ws: Workspace, v: AuditInput) {
  const p = ws.db.select().from(auditProgrammes).where(eq(auditProgrammes.id, v.programmeId)).get();
  if (!p) throw new AppError('NOT_FOUND', 'That audit programme does not exist.', { field: 'programmeId', id: v.programmeId });
  if (Number(v.startDate.slice(0, 4)) < p.startYear || Number(v.endDate.slice(0, 4)) > p.endYear) throw invalid('startDate', `The audit must fall within its programme’s cycle, ${p.startYear}-${p.endYear}.`);
  const ids = [...new Set(v.scopeControlIds)];
  const found = ids.length ? ws.db.select({ id: controls.id, code: controls.code, applicable: controls.applicable }).from(controls).where(inArray(controls.id, ids)).all() : [];
  if (found.length !== ids.length) throw new AppError('NOT_FOUND', 'A control in the scope does not exist.', { field: 'scopeControlIds' });
  const excluded = found.filter((c) => c.applicable === false);
  if (excluded.length) throw invalid('scopeControlIds', `${excluded.map((c) => c.code).join(', ')} ${excluded.length === 1 ? 'is' : 'are'} excluded in the Statement of Applicability; an audit checks the controls that apply.`);
}

const auditColumns = ({ scopeControlIds: _s, ...v }: AuditInput) => ({ ...v, scopeClauses: JSON.stringify(AUDIT_CLAUSES.filter((c) => v.scopeClauses.includes(c))), methods: JSON.stringify([...new Set(v.methods)]) });

const CONTROL_QUESTIONS = 'How is this control put into practice here, and who is responsible for it?\nWhat record or observation shows it works as intended?';

/**
 * Brings the checklist in line with the scope: items are added for clauses and controls that came
 * in, and dropped for those that went out unless fieldwork was recorded on them (then they stay).
 */
function syncChecklist(w: Writer, auditId: string, clauses: readonly AuditClause[], controlIds: string[]) {
  const items = w.db.select().from(auditItems).where(eq(auditItems.auditId, auditId)).orderBy(asc(auditItems.position)).all();
  const wantedReqs = new Set(clauses.flatMap((c) => requirementsOf(c).map((r) => r.id)));
  const wantedControls = new Set(controlIds);
  for (const i of items) {
    const out = (i.kind === 'clause' && !wantedReqs.has(i.requirementId)) || (i.kind === 'control' && (!i.controlId || !wantedControls.has(i.controlId)));
    const touched = i.verdict !== null || i.notes || i.interviewees || i.documentsSampled || w.db.select({ id: auditEvidence.id }).from(auditEvidence).where(eq(auditEvidence.itemId, i.id)).get();
    if (out && !touched) w.remove(auditItems, i.id);
  }
  const haveReqs = new Set(items.filter((i) => i.kind === 'clause').map((i) => i.requirementId));
  const haveControls = new Set(items.map((i) => i.controlId).filter(Boolean));
  let position = items.reduce((n, i) => Math.max(n, i.position), 0);
  for (const clause of clauses) {
    for (const req of requirementsOf(clause)) {
      if (haveReqs.has(req.id)) continue;
      w.insert(auditItems, { auditId, position: ++position, kind: 'clause', requirementId: req.id, title: `${req.id} ${req.title}`, questions: req.questions.join('\n'), requirementRef: `ISO/IEC 27001:2022 clause ${req.id}` });
    }
  }
  const wanted = controlIds.length ? w.db.select().from(controls).where(inArray(controls.id, controlIds)).orderBy(asc(controls.position)).all() : [];
  for (const c of wanted) {
    if (haveControls.has(c.id)) continue;
    w.insert(auditItems, { auditId, position: ++position, kind: 'control', requirementId: c.code, controlId: c.id, title: `${c.code} ${c.title}`, questions: CONTROL_QUESTIONS, requirementRef: c.custom ? `Own control ${c.code}` : `ISO/IEC 27001:2022 Annex A ${c.code}` });
  }
}

function writeScope(w: Writer, auditId: string, controlIds: string[]) {
  const current = w.db.select({ id: auditScopeControls.id, controlId: auditScopeControls.controlId }).from(auditScopeControls).where(eq(auditScopeControls.auditId, auditId)).all();
  const wanted = new Set(controlIds);
  for (const r of current) if (!wanted.has(r.controlId)) w.remove(auditScopeControls, r.id);
  const have = new Set(current.map((r) => r.controlId));
  for (const id of wanted) if (!have.has(id)) w.insert(auditScopeControls, { auditId, controlId: id });
}

export function createAudit(ws: Workspace, input: AuditInput): AuditDetail {
  check(ws, input);
  if (input.status === 'reported') throw invalid('status', 'Plan the audit and record its fieldwork before reporting it.');
  const id = write(ws, (w) => {
    const row = w.insert(audits, auditColumns(input));
    writeScope(w, row.id, input.scopeControlIds);
    syncChecklist(w, row.id, input.scopeClauses, input.scopeControlIds);
    return row.id;
  });
  return getAuditDetail(ws, id);
}

export function assertAuditOpen(a: { ref: string; status: string }) {
  if (a.status === 'reported') throw new AppError('CONFLICT', `${a.ref} is reported; a reported audit is a record and no longer changes.`, { field: 'status' });
}

export function updateAudit(ws: Workspace, { id, ...patch }: z.output<typeof AuditPatch>): AuditDetail {
  const current = getAudit(ws, id);
  assertAuditOpen(current);
  const merged = mergePatch(AuditFields, current, patch);
  check(ws, merged);
  write(ws, (w) => {
    writeScope(w, id, merged.scopeControlIds);
    syncChecklist(w, id, merged.scopeClauses, merged.scopeControlIds);
    let reportedOn: string | null = null;
    if (merged.status === 'reported') {
      const open = w.db.select({ n: sql<number>`count(*)` }).from(auditItems).where(and(eq(auditItems.auditId, id), sql`${auditItems.verdict} is null`)).get()?.n ?? 0;
      if (open) throw invalid('status', `Record a verdict on every checklist item before reporting (${open} still open).`);
      if (!merged.conclusions.trim()) throw invalid('status', 'Write the audit’s conclusions before reporting it.');
      reportedOn = todayOf(ws);
    }
    w.update(audits, id, { ...auditColumns(merged), reportedOn });
  });
  return getAuditDetail(ws, id);
}

/** What deleting an audit changes beyond its own rows. */
export function auditReferences(ws: Workspace, id: string): Reference[] {
  const refs: Reference[] = [];
  for (const f of ws.db.select({ id: auditFindings.id, ref: auditFindings.ref, ncId: auditFindings.ncId, title: auditFindings.title }).from(auditFindings).where(eq(auditFindings.auditId, id)).all()) {
    refs.push({ kind: 'audits.finding', id: f.id, label: `Finding ${f.ref} "${f.title}"${f.ncId ? ' (the nonconformity raised from it stays, without the link)' : ''}`, effect: 'deleted' });
  }
  for (const e of ws.db.select({ id: auditEvidence.id, name: attachments.name }).from(auditEvidence).innerJoin(auditItems, eq(auditEvidence.itemId, auditItems.id)).innerJoin(attachments, eq(auditEvidence.attachmentId, attachments.id)).where(eq(auditItems.auditId, id)).all()) {
    refs.push({ kind: 'audits.evidence', id: e.id, label: `Evidence file "${e.name}"`, effect: 'deleted' });
  }
  return refs;
}

/** Removes an audit and everything that hangs on it, row by row so the trail records each. */
function removeAudit(w: Writer, id: string) {
  const findings = w.db.select({ id: auditFindings.id }).from(auditFindings).where(eq(auditFindings.auditId, id)).all();
  for (const f of findings) {
    for (const l of w.db.select({ id: improvementLinks.id }).from(improvementLinks).where(eq(improvementLinks.findingId, f.id)).all()) w.remove(improvementLinks, l.id);
    w.remove(auditFindings, f.id);
  }
  const evidence = w.db.select({ id: auditEvidence.id, attachmentId: auditEvidence.attachmentId }).from(auditEvidence).innerJoin(auditItems, eq(auditEvidence.itemId, auditItems.id)).where(eq(auditItems.auditId, id)).all();
  for (const e of evidence) {
    w.remove(auditEvidence, e.id);
    w.remove(attachments, e.attachmentId);
  }
  w.remove(audits, id);
}

export function deleteAudit(ws: Workspace, id: string, confirm: boolean) {
  const a = getAudit(ws, id);
  assertDeleteConfirmed(`${a.ref} ${a.title}`, auditReferences(ws, id), confirm);
  write(ws, (w) => removeAudit(w, id));
}

// ---------- coverage (9.2.2) ----------

/**
 * What the programme's cycle covers: each clause 4-10 and each applicable control is not planned
 * (in no audit), planned (in an audit's scope) or audited (every checklist item on it has a verdict
 * in one of those audits). Cancelled audits plan nothing.
 */
export function programmeCoverage(ws: Workspace, programmeId: string): Coverage {
  getProgramme(ws, programmeId);
  const planned = listAudits(ws, programmeId).filter((a) => a.status !== 'cancelled');
  const items = planned.length ? ws.db.select({ auditId: auditItems.auditId, kind: auditItems.kind, requirementId: auditItems.requirementId, controlId: auditItems.controlId, verdict: auditItems.verdict }).from(auditItems).where(inArray(auditItems.auditId, planned.map((a) => a.id))).all() : [];
  const state = (inScope: typeof planned, done: (a: Audit) => boolean): Pick<CoverageRow, 'state' | 'audits'> => ({
    state: inScope.length === 0 ? 'not-planned' : inScope.some(done) ? 'audited' : 'planned',
    audits: inScope.map((a) => a.ref),
  });
  const allRecorded = (list: typeof items) => list.length > 0 && list.every((i) => i.verdict !== null);
  const clauses: CoverageRow[] = AUDIT_CLAUSES.map((c) => ({
    key: c,
    label: `Clause ${c} ${AUDIT_CLAUSE_TITLES[c]}`,
    ...state(
      planned.filter((a) => a.scopeClauses.includes(c)),
      (a) => allRecorded(items.filter((i) => i.auditId === a.id && i.kind === 'clause' && i.requirementId.split('.')[0] === c)),
    ),
  }));
  const applicable = ws.db.select({ id: controls.id, code: controls.code, title: controls.title }).from(controls).where(eq(controls.applicable, true)).orderBy(asc(controls.position)).all();
  const controlRows: CoverageRow[] = applicable.map((c) => ({
    key: c.code,
    label: `${c.code} ${c.title}`,
    ...state(
      planned.filter((a) => a.scopeControlIds.includes(c.id)),
      (a) => allRecorded(items.filter((i) => i.auditId === a.id && i.controlId === c.id)),
    ),
  }));
  const rows = [...clauses, ...controlRows];
  return { programmeId, clauses, controls: controlRows, notPlanned: rows.filter((r) => r.state === 'not-planned').length, notAudited: rows.filter((r) => r.state !== 'audited').length, total: rows.length };
}

/** People on audit teams, for the people register's delete check. */
export function teamMembershipsOf(ws: Workspace, personId: string) {
  return ws.db.select({ id: auditTeam.id, ref: audits.ref, title: audits.title }).from(auditTeam).innerJoin(audits, eq(auditTeam.auditId, audits.id)).where(eq(auditTeam.personId, personId)).all();
}
