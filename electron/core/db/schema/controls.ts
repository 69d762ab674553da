import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';
import { people } from './people';
import { partyRequirements } from './parties';

/** Annex A (seeded once) and custom controls, each carrying its Statement of Applicability entry. */
export const controls = sqliteTable(
  'controls',
  {
    ...recordColumns(),
    /** The Annex A number (5.1 ... 8.34) or CUS-001 for the organisation's own; not a register ref, which the write helper gives. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    theme: text('theme').notNull(),
    description: text('description').notNull().default(''),
    custom: integer('custom', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
    applicable: integer('applicable', { mode: 'boolean' }),
    /** JSON array of reasons added by hand. */
    reasons: text('reasons').notNull().default('[]'),
    justification: text('justification').notNull().default(''),
    exclusionReason: text('exclusion_reason').notNull().default(''),
    status: text('status').notNull().default('not-started'),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('controls_code').on(t.code)],
);

/** A control helps meet a 4.2 requirement: the SoA's legal, contractual or business reason. */
export const controlRequirements = sqliteTable(
  'control_requirements',
  {
    ...recordColumns(),
    controlId: text('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id')
      .notNull()
      .references(() => partyRequirements.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('control_requirements_pair').on(t.controlId, t.requirementId), index('control_requirements_req').on(t.requirementId)],
);
