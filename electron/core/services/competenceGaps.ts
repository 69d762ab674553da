import { asc, eq } from 'drizzle-orm';
import { gapsFor, mergeRequirements, type Requirement } from '../../../shared/competence';
import type { PersonGaps, RoleGaps } from '../../../shared/contract/competence';
import type { Workspace } from '../db/open';
import { people, personSkills, roleAssignments, roles } from '../db/schema';
import { listRequirements, rolesByPerson } from './competence';
import { listPlans } from './training';

/* 7.2 gap views: what each role needs against what its holders can do, and the same per person. */

function allLevels(ws: Workspace): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  for (const r of ws.db.select({ personId: personSkills.personId, skillId: personSkills.skillId, level: personSkills.level }).from(personSkills).all()) {
    if (!map.has(r.personId)) map.set(r.personId, new Map());
    map.get(r.personId)!.set(r.skillId, r.level);
  }
  return map;
}

function requirementsByRole(ws: Workspace) {
  const map = new Map<string, ReturnType<typeof listRequirements>>();
  for (const r of listRequirements(ws)) map.set(r.roleId, [...(map.get(r.roleId) ?? []), r]);
  return map;
}

const asRequirements = (rows: ReturnType<typeof listRequirements>): Requirement[] => rows.map((r) => ({ skillId: r.skillId, skillName: r.skillName, requiredLevel: r.requiredLevel }));

export function gapsByRole(ws: Workspace): RoleGaps[] {
  const levels = allLevels(ws);
  const byRole = requirementsByRole(ws);
  const holders = ws.db.select({ roleId: roleAssignments.roleId, personId: people.id, personName: people.name }).from(roleAssignments).innerJoin(people, eq(roleAssignments.personId, people.id)).orderBy(asc(people.name)).all();
  return ws.db
    .select({ id: roles.id, ref: roles.ref, name: roles.name })
    .from(roles)
    .orderBy(asc(roles.sortOrder), asc(roles.name))
    .all()
    .map((role) => {
      const requirements = byRole.get(role.id) ?? [];
      return {
        roleId: role.id,
        roleRef: role.ref,
        roleName: role.name,
        requirements,
        holders: holders.filter((h) => h.roleId === role.id).map((h) => ({ personId: h.personId, personName: h.personName, gaps: gapsFor(asRequirements(requirements), levels.get(h.personId) ?? new Map()) })),
      };
    });
}

/** Everyone who holds a role: the highest level any of their roles needs, against their matrix. */
export function gapsByPerson(ws: Workspace): PersonGaps[] {
  const levels = allLevels(ws);
  const byRole = requirementsByRole(ws);
  const held = rolesByPerson(ws);
  const plans = listPlans(ws).filter((p) => p.status === 'planned');
  return ws.db
    .select({ id: people.id, ref: people.ref, name: people.name })
    .from(people)
    .orderBy(asc(people.name))
    .all()
    .filter((p) => held.has(p.id))
    .map((p) => {
      const roleList = held.get(p.id)!;
      const needs = mergeRequirements(roleList.map((r) => asRequirements(byRole.get(r.id) ?? [])));
      return {
        personId: p.id,
        personRef: p.ref,
        personName: p.name,
        roles: roleList.map((r) => r.name),
        gaps: gapsFor(needs, levels.get(p.id) ?? new Map()),
        plans: plans.filter((x) => x.personId === p.id).map((x) => ({ ref: x.ref, skillId: x.skillId, targetLevel: x.targetLevel, dueDate: x.dueDate })),
      };
    });
}
