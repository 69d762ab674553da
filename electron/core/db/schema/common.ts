import { text } from 'drizzle-orm/sqlite-core';

/** Columns every record carries; filled only by the write helper (db/write.ts). */
export const recordColumns = () => ({
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedBy: text('updated_by').notNull(),
});

export const STAMP_KEYS = ['id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'] as const;
export type StampKey = (typeof STAMP_KEYS)[number];
