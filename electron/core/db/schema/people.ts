import { sqliteTable, text, index, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';

export const orgUnits = sqliteTable('org_units', {
  ...recordColumns(),
  ...refColumn(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  parentId: text('parent_id').references((): AnySQLiteColumn => orgUnits.id, { onDelete: 'restrict' }),
});

export const people = sqliteTable(
  'people',
  {
    ...recordColumns(),
  ...refColumn(),
    name: text('name').notNull(),
    email: text('email').notNull().default(''),
    jobTitle: text('job_title').notNull().default(''),
    unitId: text('unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
  },
  (t) => [index('people_unit').on(t.unitId), index('people_name').on(t.name)],
);
