import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';

/** One row: who this workspace is for. */
export const workspaceMeta = sqliteTable('workspace_meta', {
  ...recordColumns(),
  organisation: text('organisation').notNull(),
  sector: text('sector').notNull(),
  engagement: text('engagement').notNull().default(''),
  consultant: text('consultant').notNull().default(''),
});

/** Every write, in order: the hook for the audit trail and for merging two copies later. */
export const changeLog = sqliteTable(
  'change_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
  },
  (t) => [index('change_log_row').on(t.tableName, t.rowId)],
);

/**
 * The last number given per id prefix (shared/refs.ts). Kept apart from the rows so a deleted row's
 * id is never handed out again.
 */
export const refCounters = sqliteTable('ref_counters', {
  prefix: text('prefix').primaryKey(),
  last: integer('last').notNull(),
});
