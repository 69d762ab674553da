import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { attachments } from './attachments';
import { recordColumns, refColumn } from './common';
import { people } from './people';

/** 5.1: what top management commits to, one row per item of the checklist. */
export const leadershipCommitments = sqliteTable(
  'leadership_commitments',
  {
    ...recordColumns(),
  ...refColumn(),
    key: text('key'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ['not-started', 'in-progress', 'done'] }).notNull().default('not-started'),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('leadership_commitments_key').on(t.key)],
);

/** Proof that a commitment is lived: minutes, budget decisions, announcements; optionally a file. */
export const leadershipEvidence = sqliteTable(
  'leadership_evidence',
  {
    ...recordColumns(),
  ...refColumn(),
    commitmentId: text('commitment_id')
      .notNull()
      .references(() => leadershipCommitments.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    evidenceDate: text('evidence_date'),
    attachmentId: text('attachment_id').references(() => attachments.id, { onDelete: 'restrict' }),
  },
  (t) => [index('leadership_evidence_commitment').on(t.commitmentId)],
);
