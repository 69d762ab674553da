import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { policies } from './policies';

/** 4.2: interested parties with power/interest and trust/agreement scores (1-5). */
export const parties = sqliteTable(
  'parties',
  {
    ...recordColumns(),
  ...refColumn(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    contact: text('contact').notNull().default(''),
    relevance: text('relevance').notNull().default(''),
    interest: integer('interest').notNull(),
    influence: integer('influence').notNull(),
    trust: integer('trust').notNull(),
    agreement: integer('agreement').notNull(),
    reviewDate: text('review_date'),
  },
  (t) => [index('parties_name').on(t.name)],
);

export const partyRequirements = sqliteTable(
  'party_requirements',
  {
    ...recordColumns(),
  ...refColumn(),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    type: text('type').notNull(),
    decision: text('decision').notNull().default('undecided'),
    how: text('how').notNull().default(''),
    /** The policy that addresses it, when one does; `how` says the rest in words. */
    policyId: text('policy_id').references(() => policies.id, { onDelete: 'set null' }),
  },
  (t) => [index('party_requirements_party').on(t.partyId)],
);
