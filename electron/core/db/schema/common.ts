import { text } from 'drizzle-orm/sqlite-core';

/** Columns every record carries; filled only by the write helper (db/write.ts). */
export const recordColumns = () => ({
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedBy: text('updated_by').notNull(),
});

/**
 * The human-readable id of a register row (CTX-001), given by the write helper to every row it inserts
 * (shared/refs.ts lists the tables). The empty default only lets a migration add the column to a filled
 * table before it numbers the rows; the unique index refuses a second row that skipped the write helper.
 */
export const refColumn = () => ({ ref: text('ref').notNull().default('').unique() });

/** Columns only the write helper fills; services never pass them. */
export const STAMP_KEYS = ['id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'ref'] as const;
export type StampKey = (typeof STAMP_KEYS)[number];
