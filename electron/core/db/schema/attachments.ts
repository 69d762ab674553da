import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';

/**
 * Evidence files, kept inside the workspace so one file is the whole engagement (DESIGN.md, Data).
 * The SHA-256 is computed by the core when the bytes arrive, so a later check can prove them unchanged.
 */
export const attachments = sqliteTable('attachments', {
  ...recordColumns(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
});
