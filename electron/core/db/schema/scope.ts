import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { parties } from './parties';

/** 4.3: what is inside the ISMS and what is excluded (with a justification). */
export const scopeBoundaries = sqliteTable('scope_boundaries', {
  ...recordColumns(),
  ...refColumn(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  notes: text('notes').notNull().default(''),
  included: integer('included', { mode: 'boolean' }).notNull().default(true),
  justification: text('justification').notNull().default(''),
});

/** 4.3: interfaces and dependencies with other organisations. */
export const scopeInterfaces = sqliteTable('scope_interfaces', {
  ...recordColumns(),
  ...refColumn(),
  counterpart: text('counterpart').notNull(),
  partyId: text('party_id').references(() => parties.id, { onDelete: 'set null' }),
  crossing: text('crossing').notNull(),
  direction: text('direction').notNull().default('both'),
  notes: text('notes').notNull().default(''),
});

/** 4.3: versions of the scope statement; an approved version is never changed again. */
export const scopeStatements = sqliteTable('scope_statements', {
  ...recordColumns(),
  version: integer('version').notNull().unique(),
  text: text('text').notNull(),
  status: text('status').notNull().default('draft'),
  approverId: text('approver_id').references(() => people.id, { onDelete: 'set null' }),
  /** The approver's name as it was at approval, so the record keeps it if the person leaves. */
  approverName: text('approver_name'),
  approvedOn: text('approved_on'),
});

/** 4.4: the processes of the ISMS and how they feed each other. */
export const ismsProcesses = sqliteTable('isms_processes', {
  ...recordColumns(),
  ...refColumn(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
  inputs: text('inputs').notNull().default(''),
  outputs: text('outputs').notNull().default(''),
  clauseRef: text('clause_ref').notNull().default(''),
  position: integer('position').notNull().default(0),
});

/** "from feeds to": records of their own, so links are stamped and logged like everything else. */
export const ismsProcessLinks = sqliteTable(
  'isms_process_links',
  {
    ...recordColumns(),
    fromId: text('from_id')
      .notNull()
      .references(() => ismsProcesses.id, { onDelete: 'cascade' }),
    toId: text('to_id')
      .notNull()
      .references(() => ismsProcesses.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('isms_process_links_pair').on(t.fromId, t.toId), index('isms_process_links_to').on(t.toId)],
);

/** Shipped content written into a workspace once (prefilled registers); the key says which. */
export const catalogSeeds = sqliteTable('catalog_seeds', {
  key: text('key').primaryKey(),
  appliedAt: text('applied_at').notNull(),
});
