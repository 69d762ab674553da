import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { LevelInput, MatrixEntry, RequirementInput, RoleRequirement, Skill, SkillFields, SkillPatch, Matrix } from '../../../shared/contract/competence';
import type { Reference } from '../../../shared/contract/common';
import type { Requirement } from '../../../shared/competence';
import { mergePatch } from '../validation';
import { SkillFields as SkillSchema } from '../../../shared/contract/competence';
import type { Workspace } from '../db/open';
import { people, personSkills, roleAssignments, roles, roleSkills, skills, trainingPlans, trainingRecords } from '../db/schema';
import { write, type Writer } from '../db/write';
import { assertPerson } from './people';
import { refOrder } from './query';
import { dateFieldError, todayOf } from './dates';
import { assertDeleteConfirmed } from './references';

/* 7.2: the skills catalogue, what each role needs, and the skills matrix of people. */

export function listSkills(ws: Workspace): Skill[] {
  return ws.db
    .select({
      s: skills,
      requiredBy: sql<number>`(select count(*) from "role_skills" as "rs" where "rs"."skill_id" = "skills"."id")`,
      people: sql<number>`(select count(*) from "person_skills" as "ps" where "ps"."skill_id" = "skills"."id")`,
    })
    .from(skills)
    .orderBy(asc(skills.sortOrder), asc(sql`lower(${skills.name})`))
    .all()
    .map(({ s, requiredBy, people: n }) => ({ id: s.id, ref: s.ref, key: s.key, name: s.name, description: s.description, requiredBy, people: n, createdAt: s.createdAt, updatedAt: s.updatedAt, createdBy: s.createdBy, updatedBy: s.updatedBy }));
}

export function getSkill(ws: Workspace, id: string): Skill {
  const s = listSkills(ws).find((x) => x.id === id);
  if (!s) throw notFound('Skill', id);
  return s;
}

export function assertSkill(ws: Workspace, id: string, field = 'skillId') {
  if (!ws.db.select({ id: skills.id }).from(skills).where(eq(skills.id, id)).get()) throw new AppError('NOT_FOUND', 'That skill is not in the skills catalogue.', { field, id });
}

export function assertRole(ws: Workspace, id: string, field = 'roleId') {
  if (!ws.db.select({ id: roles.id }).from(roles).where(eq(roles.id, id)).get()) throw new AppError('NOT_FOUND', 'That role does not exist.', { field, id });
}

function assertUniqueName(ws: Workspace, name: string, except?: string) {
  const same = ws.db.select({ id: skills.id }).from(skills).where(sql`lower(${skills.name}) = lower(${name})`).all().find((s) => s.id !== except);
  if (same) throw new AppError('CONFLICT', `The catalogue already has a skill called "${name}".`, { field: 'name' });
}

export function createSkill(ws: Workspace, input: z.output<typeof SkillFields>): Skill {
  assertUniqueName(ws, input.name);
  const last = ws.db.select({ n: sql<number>`coalesce(max(${skills.sortOrder}), 0)` }).from(skills).get()?.n ?? 0;
  return getSkill(ws, write(ws, (w) => w.insert(skills, { ...input, key: null, sortOrder: last + 1 })).id);
}

export function updateSkill(ws: Workspace, { id, ...patch }: z.output<typeof SkillPatch>): Skill {
  const merged = mergePatch(SkillSchema, getSkill(ws, id), patch);
  assertUniqueName(ws, merged.name, id);
  write(ws, (w) => w.update(skills, id, merged));
  return getSkill(ws, id);
}

export function skillReferences(ws: Workspace, id: string): Reference[] {
  const refs: Reference[] = [];
  for (const r of ws.db.select({ id: roleSkills.id, role: roles.name }).from(roleSkills).innerJoin(roles, eq(roleSkills.roleId, roles.id)).where(eq(roleSkills.skillId, id)).all()) refs.push({ kind: 'competence.requirement', id: r.id, label: `Required by the role "${r.role}"`, effect: 'deleted' });
  for (const r of ws.db.select({ id: personSkills.id, name: people.name }).from(personSkills).innerJoin(people, eq(personSkills.personId, people.id)).where(eq(personSkills.skillId, id)).all()) refs.push({ kind: 'competence.level', id: r.id, label: `Level of ${r.name} in the skills matrix`, effect: 'deleted' });
  for (const r of ws.db.select({ id: trainingPlans.id, ref: trainingPlans.ref }).from(trainingPlans).where(eq(trainingPlans.skillId, id)).all()) refs.push({ kind: 'competence.plan', id: r.id, label: `Training plan ${r.ref}`, effect: 'deleted' });
  for (const r of ws.db.select({ id: trainingRecords.id, ref: trainingRecords.ref }).from(trainingRecords).where(eq(trainingRecords.skillId, id)).all()) refs.push({ kind: 'competence.training', id: r.id, label: `Training record ${r.ref} (keeps its text)`, effect: 'unlinked' });
  return refs;
}

/** The rows that need the skill go with it through the foreign keys; the write helper logs each of them. */
export function deleteSkill(ws: Workspace, id: string, confirm: boolean) {
  const s = getSkill(ws, id);
  assertDeleteConfirmed(`The skill "${s.name}"`, skillReferences(ws, id), confirm);
  write(ws, (w) => w.remove(skills, id));
}

// ---------- requirements ----------

const requirementColumns = { id: roleSkills.id, roleId: roleSkills.roleId, roleName: roles.name, skillId: roleSkills.skillId, skillName: skills.name, requiredLevel: roleSkills.requiredLevel };

export function listRequirements(ws: Workspace, roleId?: string): RoleRequirement[] {
  return ws.db
    .select(requirementColumns)
    .from(roleSkills)
    .innerJoin(roles, eq(roleSkills.roleId, roles.id))
    .innerJoin(skills, eq(roleSkills.skillId, skills.id))
    .where(roleId ? eq(roleSkills.roleId, roleId) : undefined)
    .orderBy(asc(roles.sortOrder), asc(skills.sortOrder), asc(skills.name))
    .all();
}

/** What a role needs, in the form the gap computation takes. */
export function requirementsOf(ws: Workspace, roleId: string): Requirement[] {
  return listRequirements(ws, roleId).map((r) => ({ skillId: r.skillId, skillName: r.skillName, requiredLevel: r.requiredLevel }));
}

export function setRequirement(ws: Workspace, input: z.output<typeof RequirementInput>): RoleRequirement {
  assertRole(ws, input.roleId);
  assertSkill(ws, input.skillId);
  const existing = ws.db.select({ id: roleSkills.id }).from(roleSkills).where(and(eq(roleSkills.roleId, input.roleId), eq(roleSkills.skillId, input.skillId))).get();
  const id = write(ws, (w) => (existing ? w.update(roleSkills, existing.id, { requiredLevel: input.requiredLevel }) : w.insert(roleSkills, input)).id);
  return listRequirements(ws, input.roleId).find((r) => r.id === id)!;
}

export function removeRequirement(ws: Workspace, id: string) {
  if (!ws.db.select({ id: roleSkills.id }).from(roleSkills).where(eq(roleSkills.id, id)).get()) throw notFound('Competence requirement', id);
  write(ws, (w) => w.remove(roleSkills, id));
}

// ---------- skills matrix ----------

const entryColumns = { id: personSkills.id, personId: personSkills.personId, personName: people.name, skillId: personSkills.skillId, skillName: skills.name, level: personSkills.level, assessedOn: personSkills.assessedOn, source: personSkills.source, note: personSkills.note };

export function matrixEntries(ws: Workspace, personId?: string): MatrixEntry[] {
  return ws.db
    .select(entryColumns)
    .from(personSkills)
    .innerJoin(people, eq(personSkills.personId, people.id))
    .innerJoin(skills, eq(personSkills.skillId, skills.id))
    .where(personId ? eq(personSkills.personId, personId) : undefined)
    .orderBy(asc(people.name), asc(skills.sortOrder))
    .all() as MatrixEntry[];
}

/** A person's current levels by skill id. */
export function levelsOf(ws: Workspace, personId: string): Map<string, number> {
  return new Map(ws.db.select({ skillId: personSkills.skillId, level: personSkills.level }).from(personSkills).where(eq(personSkills.personId, personId)).all().map((r) => [r.skillId, r.level]));
}

/** Role names held by each person. */
export function rolesByPerson(ws: Workspace): Map<string, { id: string; name: string }[]> {
  const map = new Map<string, { id: string; name: string }[]>();
  for (const a of ws.db.select({ personId: roleAssignments.personId, id: roles.id, name: roles.name }).from(roleAssignments).innerJoin(roles, eq(roleAssignments.roleId, roles.id)).orderBy(asc(roles.sortOrder)).all()) {
    map.set(a.personId, [...(map.get(a.personId) ?? []), { id: a.id, name: a.name }]);
  }
  return map;
}

export function readMatrix(ws: Workspace): Matrix {
  const held = rolesByPerson(ws);
  return {
    people: ws.db.select({ id: people.id, ref: people.ref, name: people.name }).from(people).orderBy(asc(sql`lower(${people.name})`)).all().map((p) => ({ ...p, roles: (held.get(p.id) ?? []).map((r) => r.name) })),
    skills: ws.db.select({ id: skills.id, ref: skills.ref, name: skills.name }).from(skills).orderBy(asc(skills.sortOrder), asc(refOrder(skills.ref))).all(),
    entries: matrixEntries(ws),
  };
}

/**
 * Writes a level inside the caller's write. An older assessment never overwrites a newer one, so
 * recording last month's training after this week's audit keeps the audit's level.
 */
export function putLevel(w: Writer, v: { personId: string; skillId: string; level: number; assessedOn: string; source: string; note: string }) {
  const existing = w.db.select().from(personSkills).where(and(eq(personSkills.personId, v.personId), eq(personSkills.skillId, v.skillId))).get();
  if (!existing) return w.insert(personSkills, v).id;
  if (existing.assessedOn > v.assessedOn) return existing.id;
  return w.update(personSkills, existing.id, { level: v.level, assessedOn: v.assessedOn, source: v.source, note: v.note }).id;
}

export function setLevel(ws: Workspace, input: z.output<typeof LevelInput>): MatrixEntry {
  assertPerson(ws, input.personId, 'personId');
  assertSkill(ws, input.skillId);
  if (input.assessedOn > todayOf(ws)) throw dateFieldError('assessedOn', 'A level is assessed on a day that has come: not in the future.');
  // Set by hand: the date given wins, even over a newer entry (the user is correcting the matrix).
  const id = write(ws, (w) => {
    const existing = w.db.select({ id: personSkills.id }).from(personSkills).where(and(eq(personSkills.personId, input.personId), eq(personSkills.skillId, input.skillId))).get();
    return existing ? w.update(personSkills, existing.id, { level: input.level, assessedOn: input.assessedOn, source: input.source, note: input.note }).id : w.insert(personSkills, input).id;
  });
  return matrixEntries(ws, input.personId).find((e) => e.id === id)!;
}

export function removeLevel(ws: Workspace, id: string) {
  if (!ws.db.select({ id: personSkills.id }).from(personSkills).where(eq(personSkills.id, id)).get()) throw notFound('Skills matrix entry', id);
  write(ws, (w) => w.remove(personSkills, id));
}
