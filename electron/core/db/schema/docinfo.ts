import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';

/**
 * 7.5: a document or record kept outside the workbench, or of external origin (a law, a contract,
 * a supplier's certificate). The documents the workbench writes are in controlled_documents.
 */
export const documentEntries = sqliteTable(
  'document_entries',
  {
    ...recordColumns(),
    ...refColumn(),
    title: text('title').notNull(),
    kind: text('kind').notNull().default('document'),
    origin: text('origin').notNull().default('internal'),
    type: text('type').notNull().default('other'),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    version: text('version').notNull().default(''),
    status: text('status').notNull().default('approved'),
    approvedOn: text('approved_on'),
    approvedBy: text('approved_by').notNull().default(''),
    reviewOn: text('review_on'),
    classification: text('classification').notNull().default(''),
    retention: text('retention').notNull().default(''),
    location: text('location').notNull(),
    /** The key of the mandatory documents checklist item this entry provides (shared/docinfo.ts). */
    satisfies: text('satisfies'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('document_entries_satisfies').on(t.satisfies)],
);
