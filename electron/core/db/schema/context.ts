import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';

/** 4.1: internal and external issues. Enum columns are checked by the contract's schemas. */
export const contextIssues = sqliteTable(
  'context_issues',
  {
    ...recordColumns(),
  ...refColumn(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: ['external', 'internal'] }).notNull(),
    category: text('category').notNull(),
    swot: text('swot').notNull(),
    effect: text('effect').notNull().default(''),
    impact: text('impact').notNull().default('medium'),
    source: text('source').notNull().default(''),
    reviewDate: text('review_date'),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
  },
  (t) => [index('context_issues_kind').on(t.kind), index('context_issues_review').on(t.reviewDate)],
);
