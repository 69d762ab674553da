import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { Audit, AuditorSkill, Candidate, TeamFields, TeamMember, TeamPatch, TeamRole } from '../../../shared/contract/audits';
import type { Workspace } from '../db/open';
import {
  personSkills,
  roleSkills,
  skills,
  assets,
  auditTeam,
  contextIssues,
  controls,
  correctiveActions,
  ismsProcesses,
  leadershipCommitments,
  metrics,
  nonconformities,
  people,
  policies,
  raciActivities,
  raciEntries,
  riskControls,
  risks,
  roleAssignments,
  roles,
  treatmentActions,
} from '../db/schema';
import { write } from '../db/write';
import { assertPerson } from './people';
import { assertAuditOpen, getAudit } from './audits';

/**
 * The independence check (9.2.2 c, ISO 19011 "independence"): nobody audits their own work. A
 * person is flagged for an audit when they own or answer for something inside its scope, from every
 * ownership the workspace records. Each reason is said in words, so the plan and the report can
 * show why a justification was needed.
 */

/** The clauses (4-10) and control codes each shipped RACI activity is about; activities of your own are matched by nothing. */
const ACTIVITY_SCOPE: Record<string, { clauses: string[]; controls?: string[] }> = {
  'isms-conformity': { clauses: ['4', '5', '6', '7', '8', '9', '10'] },
  'report-performance': { clauses: ['9'] },
  policy: { clauses: ['5'], controls: ['5.1'] },
  objectives: { clauses: ['6'] },
  'risk-assessment': { clauses: ['6', '8'] },
  'risk-treatment': { clauses: ['6', '8'] },
  soa: { clauses: ['6'] },
  assets: { clauses: [], controls: ['5.9'] },
  awareness: { clauses: ['7'], controls: ['6.3'] },
  incidents: { clauses: [], controls: ['5.24', '5.25', '5.26', '5.27', '6.8'] },
  'personal-data-breach': { clauses: [], controls: ['5.34'] },
  'internal-audit': { clauses: ['9'] },
  'management-review': { clauses: ['9'] },
  'corrective-action': { clauses: ['10'] },
};

export interface AuditScope {
  clauses: Set<string>;
  controlIds: Set<string>;
}

const scopeOf = (a: Pick<Audit, 'scopeClauses' | 'scopeControlIds'>): AuditScope => ({ clauses: new Set(a.scopeClauses), controlIds: new Set(a.scopeControlIds) });
const clip = (t: string, max = 60) => (t.length > max ? `${t.slice(0, max - 1)}…` : t);

/** Every person's reasons not to audit this scope, by person id. */
export function conflictsByPerson(ws: Workspace, scope: AuditScope): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (personId: string | null, reason: string) => {
    if (!personId) return;
    const list = out.get(personId) ?? [];
    if (!list.includes(reason)) list.push(reason);
    out.set(personId, list);
  };
  const has = (clause: string) => scope.clauses.has(clause);
  const db = ws.db;
  const controlRows = db.select({ id: controls.id, code: controls.code, title: controls.title, ownerId: controls.ownerId }).from(controls).all();
  const codeOf = new Map(controlRows.map((c) => [c.id, c.code]));
  const idOfCode = new Map(controlRows.map((c) => [c.code, c.id]));
  const inScopeControl = (id: string | null) => !!id && scope.controlIds.has(id);

  // 5.3: roles held, and the RACI activities those roles are responsible or accountable for.
  const held = db.select({ personId: roleAssignments.personId, roleId: roles.id, role: roles.name }).from(roleAssignments).innerJoin(roles, eq(roleAssignments.roleId, roles.id)).all();
  const raci = db.select({ roleId: raciEntries.roleId, value: raciEntries.value, key: raciActivities.key, name: raciActivities.name }).from(raciEntries).innerJoin(raciActivities, eq(raciEntries.activityId, raciActivities.id)).where(inArray(raciEntries.value, ['R', 'A'])).all();
  for (const h of held) {
    for (const e of raci.filter((x) => x.roleId === h.roleId && x.key)) {
      const s = ACTIVITY_SCOPE[e.key!];
      if (!s) continue;
      const hits = s.clauses.filter(has).map((c) => `clause ${c}`).concat((s.controls ?? []).filter((code) => inScopeControl(idOfCode.get(code) ?? null)).map((code) => `control ${code}`));
      if (hits.length) add(h.personId, `${e.value === 'A' ? 'Accountable' : 'Responsible'} for "${clip(e.name)}" as ${h.role} (RACI; ${hits.join(', ')})`);
    }
  }
  // Control owners (SoA).
  for (const c of controlRows) if (inScopeControl(c.id)) add(c.ownerId, `Owner of control ${c.code} ${clip(c.title)}`);
  // Risk owners: clauses 6 and 8, and the controls that treat their risks.
  const riskRows = db.select({ id: risks.id, ref: risks.ref, title: risks.title, ownerId: risks.ownerId, assetId: risks.assetId }).from(risks).where(isNotNull(risks.ownerId)).all();
  const riskControlRows = db.select({ riskId: riskControls.riskId, controlId: riskControls.controlId }).from(riskControls).all();
  for (const r of riskRows) {
    if (has('6') || has('8')) add(r.ownerId, `Owner of risk ${r.ref} ${clip(r.title)} (clauses 6 and 8)`);
    for (const rc of riskControlRows.filter((x) => x.riskId === r.id && inScopeControl(x.controlId))) add(r.ownerId, `Owner of risk ${r.ref}, treated by control ${codeOf.get(rc.controlId)}`);
  }
  // Asset owners and custodians: the inventory (5.9, 8.x operation) and the controls protecting their assets' risks.
  const assetRows = db.select({ id: assets.id, ref: assets.ref, name: assets.name, ownerId: assets.ownerId, custodianId: assets.custodianId }).from(assets).all();
  const allRisks = db.select({ id: risks.id, assetId: risks.assetId }).from(risks).where(isNotNull(risks.assetId)).all();
  for (const a of assetRows) {
    const controlsOfAsset = riskControlRows.filter((rc) => allRisks.some((r) => r.id === rc.riskId && r.assetId === a.id) && inScopeControl(rc.controlId)).map((rc) => codeOf.get(rc.controlId)!);
    const hits = [...(has('8') ? ['clause 8'] : []), ...(inScopeControl(idOfCode.get('5.9') ?? null) ? ['control 5.9'] : []), ...new Set(controlsOfAsset.map((c) => `control ${c}`))];
    if (!hits.length) continue;
    add(a.ownerId, `Owner of asset ${a.ref} ${clip(a.name)} (${hits.join(', ')})`);
    add(a.custodianId, `Custodian of asset ${a.ref} ${clip(a.name)} (${hits.join(', ')})`);
  }
  // Treatment actions (8.3) and the control they implement.
  for (const t of db.select({ ref: treatmentActions.ref, title: treatmentActions.title, ownerId: treatmentActions.ownerId, controlId: treatmentActions.controlId }).from(treatmentActions).where(isNotNull(treatmentActions.ownerId)).all()) {
    if (has('8') || inScopeControl(t.controlId)) add(t.ownerId, `Owner of treatment action ${t.ref} ${clip(t.title)}${t.controlId && inScopeControl(t.controlId) ? ` (control ${codeOf.get(t.controlId)})` : ' (clause 8)'}`);
  }
  // Clause 4: context issues and ISMS processes; processes also answer for the clause they serve.
  if (has('4')) for (const i of db.select({ ref: contextIssues.ref, title: contextIssues.title, ownerId: contextIssues.ownerId }).from(contextIssues).where(isNotNull(contextIssues.ownerId)).all()) add(i.ownerId, `Owner of issue ${i.ref} ${clip(i.title)} (clause 4)`);
  for (const p of db.select({ ref: ismsProcesses.ref, name: ismsProcesses.name, ownerId: ismsProcesses.ownerId, clauseRef: ismsProcesses.clauseRef }).from(ismsProcesses).where(isNotNull(ismsProcesses.ownerId)).all()) {
    const clause = p.clauseRef.split('.')[0] ?? '';
    const hits = [...new Set([...(has('4') ? ['4'] : []), ...(clause && has(clause) ? [clause] : [])])];
    if (hits.length) add(p.ownerId, `Owner of ISMS process ${p.ref} ${clip(p.name)} (clause ${hits.join(', ')})`);
  }
  // Clause 5: leadership commitments and policies (policies also answer for control 5.1).
  if (has('5')) for (const c of db.select({ ref: leadershipCommitments.ref, title: leadershipCommitments.title, ownerId: leadershipCommitments.ownerId }).from(leadershipCommitments).where(isNotNull(leadershipCommitments.ownerId)).all()) add(c.ownerId, `Owner of leadership commitment ${c.ref} ${clip(c.title)} (clause 5)`);
  if (has('5') || inScopeControl(idOfCode.get('5.1') ?? null)) for (const p of db.select({ ref: policies.ref, title: policies.title, ownerId: policies.ownerId }).from(policies).where(isNotNull(policies.ownerId)).all()) add(p.ownerId, `Owner of policy ${p.ref} ${clip(p.title)}`);
  // Clause 9.1 metrics, and the control a metric watches.
  for (const m of db.select({ ref: metrics.ref, title: metrics.title, ownerId: metrics.ownerId, collectorId: metrics.collectorId, controlId: metrics.controlId }).from(metrics).all()) {
    if (!has('9') && !inScopeControl(m.controlId)) continue;
    const where = has('9') ? 'clause 9' : `control ${codeOf.get(m.controlId!)}`;
    add(m.ownerId, `Owner of metric ${m.ref} ${clip(m.title)} (${where})`);
    add(m.collectorId, `Collects metric ${m.ref} ${clip(m.title)} (${where})`);
  }
  // Clause 10: nonconformities and corrective actions they own.
  if (has('10')) {
    for (const n of db.select({ ref: nonconformities.ref, title: nonconformities.title, ownerId: nonconformities.ownerId }).from(nonconformities).where(and(isNotNull(nonconformities.ownerId), ne(nonconformities.status, 'closed'))).all()) add(n.ownerId, `Owner of nonconformity ${n.ref} ${clip(n.title)} (clause 10)`);
    for (const c of db.select({ ref: correctiveActions.ref, title: correctiveActions.title, ownerId: correctiveActions.ownerId }).from(correctiveActions).where(isNotNull(correctiveActions.ownerId)).all()) add(c.ownerId, `Owner of corrective action ${c.ref} ${clip(c.title)} (clause 10)`);
  }
  return out;
}

type TeamRow = { t: typeof auditTeam.$inferSelect; name: string; jobTitle: string };
const teamBase = (ws: Workspace) => ws.db.select({ t: auditTeam, name: people.name, jobTitle: people.jobTitle }).from(auditTeam).innerJoin(people, eq(auditTeam.personId, people.id));
const ROLE_ORDER: Record<TeamRole, number> = { 'lead-auditor': 0, auditor: 1, 'technical-expert': 2, observer: 3 };

/**
 * Auditor competence (7.2): the skills the Internal auditor role requires, or the starter skill
 * "Internal auditing" when the role requires none (or was renamed away), with each person's level.
 */
function auditorCompetence(ws: Workspace): (personId: string) => AuditorSkill[] {
  const role = ws.db.select({ id: roles.id }).from(roles).where(eq(roles.key, 'internal-auditor')).get();
  let needs: { skillId: string; name: string; required: number | null }[] = role
    ? ws.db.select({ skillId: roleSkills.skillId, name: skills.name, required: roleSkills.requiredLevel }).from(roleSkills).innerJoin(skills, eq(roleSkills.skillId, skills.id)).where(eq(roleSkills.roleId, role.id)).orderBy(asc(skills.name)).all()
    : [];
  if (needs.length === 0) {
    const skill = ws.db.select({ skillId: skills.id, name: skills.name }).from(skills).where(eq(skills.key, 'internal-auditing')).get();
    needs = skill ? [{ ...skill, required: null }] : [];
  }
  if (needs.length === 0) return () => [];
  const levels = ws.db.select({ personId: personSkills.personId, skillId: personSkills.skillId, level: personSkills.level, assessedOn: personSkills.assessedOn }).from(personSkills).where(inArray(personSkills.skillId, needs.map((n) => n.skillId))).all();
  return (personId) =>
    needs.map((n) => {
      const held = levels.find((l) => l.personId === personId && l.skillId === n.skillId);
      return { skill: n.name, required: n.required, level: held?.level ?? null, assessedOn: held?.assessedOn ?? null };
    });
}

const shapeMember = (r: TeamRow, conflicts: Map<string, string[]>, competence: (personId: string) => AuditorSkill[]): TeamMember => ({ id: r.t.id, auditId: r.t.auditId, personId: r.t.personId, name: r.name, jobTitle: r.jobTitle, role: r.t.role as TeamRole, justification: r.t.justification, conflicts: conflicts.get(r.t.personId) ?? [], competence: competence(r.t.personId) });

export function listTeam(ws: Workspace, audit: Audit): TeamMember[] {
  const conflicts = conflictsByPerson(ws, scopeOf(audit));
  const competence = auditorCompetence(ws);
  return teamBase(ws).where(eq(auditTeam.auditId, audit.id)).orderBy(asc(people.name)).all().map((r) => shapeMember(r, conflicts, competence)).sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

export function candidates(ws: Workspace, auditId: string): Candidate[] {
  const audit = getAudit(ws, auditId);
  const conflicts = conflictsByPerson(ws, scopeOf(audit));
  const onTeam = new Set(ws.db.select({ personId: auditTeam.personId }).from(auditTeam).where(eq(auditTeam.auditId, auditId)).all().map((r) => r.personId));
  return ws.db.select({ id: people.id, name: people.name, jobTitle: people.jobTitle }).from(people).orderBy(asc(people.name)).all().map((p) => ({ personId: p.id, name: p.name, jobTitle: p.jobTitle, conflicts: conflicts.get(p.id) ?? [], onTeam: onTeam.has(p.id) }));
}

function getMember(ws: Workspace, id: string): TeamMember {
  const r = teamBase(ws).where(eq(auditTeam.id, id)).get();
  if (!r) throw notFound('Audit team member', id);
  return shapeMember(r, conflictsByPerson(ws, scopeOf(getAudit(ws, r.t.auditId))), auditorCompetence(ws));
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

function checkMember(ws: Workspace, audit: Audit, v: { personId: string; role: TeamRole; justification: string; id?: string }) {
  const conflicts = conflictsByPerson(ws, scopeOf(audit)).get(v.personId) ?? [];
  if (conflicts.length && !v.justification.trim()) {
    const name = ws.db.select({ name: people.name }).from(people).where(eq(people.id, v.personId)).get()?.name ?? 'This person';
    throw new AppError('VALIDATION', `${name} is not independent of this audit’s scope: ${conflicts.join('; ')}. Record why they can still audit objectively, or choose someone else.`, { field: 'justification', fields: [{ path: 'justification', message: 'A justification is required for a member who is not independent of the scope.' }], conflicts });
  }
  if (v.role === 'lead-auditor') {
    const other = ws.db.select({ id: auditTeam.id }).from(auditTeam).where(and(eq(auditTeam.auditId, audit.id), eq(auditTeam.role, 'lead-auditor'))).all().find((r) => r.id !== v.id);
    if (other) throw invalid('role', 'This audit already has a lead auditor; make them an auditor first.');
  }
}

export function addMember(ws: Workspace, input: z.output<typeof TeamFields>): TeamMember {
  const audit = getAudit(ws, input.auditId);
  assertAuditOpen(audit);
  assertPerson(ws, input.personId, 'personId');
  if (ws.db.select({ id: auditTeam.id }).from(auditTeam).where(and(eq(auditTeam.auditId, audit.id), eq(auditTeam.personId, input.personId))).get()) throw new AppError('CONFLICT', 'That person is already on the audit team.', { field: 'personId' });
  checkMember(ws, audit, input);
  return getMember(ws, write(ws, (w) => w.insert(auditTeam, { auditId: input.auditId, personId: input.personId, role: input.role, justification: input.justification })).id);
}

export function updateMember(ws: Workspace, { id, ...patch }: z.output<typeof TeamPatch>): TeamMember {
  const current = getMember(ws, id);
  const audit = getAudit(ws, current.auditId);
  assertAuditOpen(audit);
  const merged = { personId: current.personId, role: patch.role ?? current.role, justification: patch.justification ?? current.justification, id };
  checkMember(ws, audit, merged);
  write(ws, (w) => w.update(auditTeam, id, { role: merged.role, justification: merged.justification }));
  return getMember(ws, id);
}

export function removeMember(ws: Workspace, id: string) {
  const current = getMember(ws, id);
  assertAuditOpen(getAudit(ws, current.auditId));
  write(ws, (w) => w.remove(auditTeam, id));
}
