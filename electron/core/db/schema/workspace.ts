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

/**
 * Every write, in order: the audit trail and the hook for merging two copies later. Since schema 8
 * each entry holds the record's values before and after (JSON, raw column names) and a SHA-256 that
 * covers the previous entry's hash, so any edit or deletion of history is detected (core/trail).
 * Entries written before that have null values and hashes and are reported as not covered.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
    before: text('before'),
    after: text('after'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
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
