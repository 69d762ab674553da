import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';

/** 5.3: the role catalogue. `key` marks the roles the app ships, so rules can find them after a rename. */
export const roles = sqliteTable(
  'roles',
  {
    ...recordColumns(),
  ...refColumn(),
    key: text('key'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    responsibilities: text('responsibilities').notNull().default(''),
    authorities: text('authorities').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    /** 7.5: holders of this role may approve controlled documents (top management always may). */
    mayApprove: integer('may_approve', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('roles_key').on(t.key)],
);

/** A person holding a role; acceptedOn records that the role was communicated and taken on. */
export const roleAssignments = sqliteTable(
  'role_assignments',
  {
    ...recordColumns(),
    roleId: text('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    acceptedOn: text('accepted_on'),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('role_assignments_pair').on(t.roleId, t.personId), index('role_assignments_person').on(t.personId)],
);

/** Rows of the RACI matrix. */
export const raciActivities = sqliteTable(
  'raci_activities',
  {
    ...recordColumns(),
  ...refColumn(),
    key: text('key'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('raci_activities_key').on(t.key)],
);

/** One cell of the matrix: R, A, C or I. An empty cell has no row. */
export const raciEntries = sqliteTable(
  'raci_entries',
  {
    ...recordColumns(),
    activityId: text('activity_id')
      .notNull()
      .references(() => raciActivities.id, { onDelete: 'restrict' }),
    roleId: text('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'restrict' }),
    value: text('value', { enum: ['R', 'A', 'C', 'I'] }).notNull(),
  },
  (t) => [uniqueIndex('raci_entries_cell').on(t.activityId, t.roleId), index('raci_entries_role').on(t.roleId)],
);
