import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { attachments } from './attachments';
import { people } from './people';

/** 7.4: a planned communication: what, to whom, how often, how, and who is responsible. */
export const communicationPlan = sqliteTable('communications', {
  ...recordColumns(),
  ...refColumn(),
  topic: text('topic').notNull(),
  audience: text('audience').notNull(),
  frequency: text('frequency').notNull().default('once'),
  startsOn: text('starts_on'),
  channel: text('channel').notNull(),
  responsibleId: text('responsible_id').references(() => people.id, { onDelete: 'set null' }),
  notes: text('notes').notNull().default(''),
});

/** 7.4: what was actually communicated, optionally carrying out a plan row, with an optional file. */
export const communicationLog = sqliteTable(
  'communication_log',
  {
    ...recordColumns(),
    communicatedOn: text('communicated_on').notNull(),
    planId: text('plan_id').references(() => communicationPlan.id, { onDelete: 'set null' }),
    topic: text('topic').notNull(),
    audience: text('audience').notNull(),
    channel: text('channel').notNull(),
    byId: text('by_id').references(() => people.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    attachmentId: text('attachment_id').references(() => attachments.id, { onDelete: 'restrict' }),
  },
  (t) => [index('communication_log_plan').on(t.planId, t.communicatedOn)],
);
