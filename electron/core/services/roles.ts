import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { RoleFields, type Assignment, type Role } from '../../../shared/contract/roles';
import { mergePatch } from '../validation';
import { removeCompetenceFilesOf } from './skillAudits';
import { assertDeleteConfirmed, roleReferences } from './references';
import type { Workspace } from '../db/open';
import { people, raciEntries, roleAssignments, roles } from '../db/schema';
import { write } from '../db/write';
import { todayOf } from './dates';
import { assertPerson } from './people';

type RoleInput = z.output<typeof RoleFields>;

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
  const last = ws.db.select({ n: max(roles.sortOrder) }).from(roles).get()?.n ?? 0;
  return getRole(ws, write(ws, (w) => w.insert(roles, { ...input, sortOrder: last + 1 })).id);
}

export function updateRole(ws: Workspace, id: string, patch: Partial<RoleInput>): Role {
  const input = mergePatch(RoleFields, getRole(ws, id), patch);
  write(ws, (w) => w.update(roles, id, input));
  return getRole(ws, id);
}

/** A role accountable for something cannot go: the matrix would lose its single A. */
export function deleteRole(ws: Workspace, id: string, confirm = false) {
  const role = getRole(ws, id);
  if (role.key === 'top-management') throw new AppError('CONFLICT', 'Top management is needed for 5.1 and cannot be deleted. Rename it if you call it something else.');
  if (role.accountableFor > 0) {
    throw new AppError('CONFLICT', `${role.name} is accountable for ${role.accountableFor} activit${role.accountableFor === 1 ? 'y' : 'ies'} in the RACI matrix. Make another role accountable first.`);
  }
  const refs = roleReferences(ws, id);
  assertDeleteConfirmed(`The role "${role.name}"`, refs, confirm);
  write(ws, (w) => {
    for (const ref of refs) {
      if (ref.kind === 'roles.raciCell') w.remove(raciEntries, ref.id);
      if (ref.kind === 'roles.assignment') w.remove(roleAssignments, ref.id);
    }
    removeCompetenceFilesOf(w, { roleId: id });
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

export function updateAssignment(ws: Workspace, id: string, patch: { acceptedOn?: string | null; note?: string }): Assignment {
  const current = getAssignment(ws, id);
  const input = { acceptedOn: patch.acceptedOn === undefined ? current.acceptedOn : patch.acceptedOn, note: patch.note ?? current.note };
  assertAcceptedOn(ws, input.acceptedOn);
  write(ws, (w) => w.update(roleAssignments, id, input));
  return getAssignment(ws, id);
}

export function unassignRole(ws: Workspace, id: string) {
  write(ws, (w) => w.remove(roleAssignments, id));
}
