import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { Assignment, Role, RoleFields } from '../../../shared/contract/roles';
import type { Workspace } from '../db/open';
import { changeLog, people, raciActivities, raciEntries, roleAssignments, roles } from '../db/schema';
import { SHIPPED_CONTENT_ACTOR, write } from '../db/write';
import { ACTIVITY_SEEDS, ROLE_SEEDS } from '../catalog/roles';
import { todayOf } from './dates';
import { assertPerson } from './people';

type RoleInput = z.output<typeof RoleFields>;

/**
 * The shipped roles and activities arrive the first time the workspace's roles are read, once: the
 * change log says whether roles were ever written, so a user who deleted them does not get them back.
 */
export function ensureRolesSeeded(ws: Workspace) {
  const touched = ws.db.select({ seq: changeLog.seq }).from(changeLog).where(eq(changeLog.tableName, 'roles')).limit(1).get();
  if (touched) return;
  write(ws, (w) => {
    const idOf = new Map<string, string>();
    ROLE_SEEDS.forEach((r, i) => idOf.set(r.key, w.insert(roles, { ...r, sortOrder: i + 1 }).id));
    ACTIVITY_SEEDS.forEach((a, i) => {
      const activity = w.insert(raciActivities, { key: a.key, name: a.name, description: a.description, sortOrder: i + 1 });
      for (const [key, value] of Object.entries(a.raci)) w.insert(raciEntries, { activityId: activity.id, roleId: idOf.get(key)!, value });
    });
  }, SHIPPED_CONTENT_ACTOR);
}

const assignmentColumns = {
  id: roleAssignments.id,
  roleId: roleAssignments.roleId,
  personId: roleAssignments.personId,
  personName: people.name,
  acceptedOn: roleAssignments.acceptedOn,
  note: roleAssignments.note,
};

function assignments(ws: Workspace, where?: ReturnType<typeof eq>): Assignment[] {
  return ws.db.select(assignmentColumns).from(roleAssignments).innerJoin(people, eq(roleAssignments.personId, people.id)).where(where).orderBy(sql`lower(${people.name})`).all();
}

const accountableFor = sql<number>`(select count(*) from "raci_entries" as "e" where "e"."role_id" = "roles"."id" and "e"."value" = 'A')`;

export function listRoles(ws: Workspace): Role[] {
  ensureRolesSeeded(ws);
  return readRoles(ws);
}

/** Without seeding: a refused request, and readiness, must write nothing. */
export function readRoles(ws: Workspace): Role[] {
  const all = assignments(ws);
  return ws.db
    .select({ role: roles, accountableFor })
    .from(roles)
    .orderBy(asc(roles.sortOrder), sql`lower(${roles.name})`)
    .all()
    .map(({ role, accountableFor: n }) => ({ ...role, accountableFor: n, assignments: all.filter((a) => a.roleId === role.id) }));
}

export function getRole(ws: Workspace, id: string): Role {
  const role = readRoles(ws).find((r) => r.id === id);
  if (!role) throw notFound('Role', id);
  return role;
}

export function createRole(ws: Workspace, input: RoleInput): Role {
  ensureRolesSeeded(ws);
  const last = ws.db.select({ n: max(roles.sortOrder) }).from(roles).get()?.n ?? 0;
  return getRole(ws, write(ws, (w) => w.insert(roles, { ...input, sortOrder: last + 1 })).id);
}

export function updateRole(ws: Workspace, id: string, input: RoleInput): Role {
  write(ws, (w) => w.update(roles, id, input));
  return getRole(ws, id);
}

/** A role accountable for something cannot go: the matrix would lose its single A. */
export function deleteRole(ws: Workspace, id: string) {
  const role = getRole(ws, id);
  if (role.key === 'top-management') throw new AppError('CONFLICT', 'Top management is needed for 5.1 and cannot be deleted. Rename it if you call it something else.');
  if (role.accountableFor > 0) {
    throw new AppError('CONFLICT', `${role.name} is accountable for ${role.accountableFor} activit${role.accountableFor === 1 ? 'y' : 'ies'} in the RACI matrix. Make another role accountable first.`);
  }
  const cells = ws.db.select({ id: raciEntries.id }).from(raciEntries).where(eq(raciEntries.roleId, id)).all();
  write(ws, (w) => {
    for (const c of cells) w.remove(raciEntries, c.id);
    for (const a of role.assignments) w.remove(roleAssignments, a.id);
    w.remove(roles, id);
  });
}

function getAssignment(ws: Workspace, id: string): Assignment {
  const row = assignments(ws, eq(roleAssignments.id, id))[0];
  if (!row) throw notFound('Role assignment', id);
  return row;
}

function assertAcceptedOn(ws: Workspace, acceptedOn: string | null) {
  if (acceptedOn && acceptedOn > todayOf(ws)) {
    const message = 'Acceptance cannot be dated in the future.';
    throw new AppError('VALIDATION', message, { field: 'acceptedOn', fields: [{ path: 'acceptedOn', message }] });
  }
}

export function assignRole(ws: Workspace, input: { roleId: string; personId: string; acceptedOn: string | null; note: string }): Assignment {
  const role = getRole(ws, input.roleId);
  assertPerson(ws, input.personId, 'personId');
  assertAcceptedOn(ws, input.acceptedOn);
  const existing = ws.db.select({ id: roleAssignments.id }).from(roleAssignments).where(and(eq(roleAssignments.roleId, role.id), eq(roleAssignments.personId, input.personId))).get();
  if (existing) throw new AppError('CONFLICT', `That person already holds the role ${role.name}.`, { id: existing.id });
  return getAssignment(ws, write(ws, (w) => w.insert(roleAssignments, input)).id);
}

export function updateAssignment(ws: Workspace, id: string, input: { acceptedOn: string | null; note: string }): Assignment {
  assertAcceptedOn(ws, input.acceptedOn);
  write(ws, (w) => w.update(roleAssignments, id, input));
  return getAssignment(ws, id);
}

export function unassignRole(ws: Workspace, id: string) {
  write(ws, (w) => w.remove(roleAssignments, id));
}
