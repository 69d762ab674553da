import { asc, eq } from 'drizzle-orm';
import type { Workspace } from '../db/open';
import { people, roleAssignments, roles } from '../db/schema';

/** The roles the app ships, found by key even after the user renames them. */
export const ROLE_KEYS = ['top-management', 'isms-manager', 'risk-owner', 'asset-owner', 'internal-auditor', 'data-protection'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

/** Who holds a shipped role, by name; used by other areas (policy placeholders, 5.1 top management). */
export function holdersOf(ws: Workspace, key: RoleKey): { id: string; name: string }[] {
  return ws.db
    .select({ id: people.id, name: people.name })
    .from(roleAssignments)
    .innerJoin(roles, eq(roleAssignments.roleId, roles.id))
    .innerJoin(people, eq(roleAssignments.personId, people.id))
    .where(eq(roles.key, key))
    .orderBy(asc(people.name))
    .all();
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
