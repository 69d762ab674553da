import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { contextIssues } from './context';
import { partyRequirements } from './parties';
import { controls } from './controls';

/** 6.1.2 a): one row, the method as JSON (scales, matrix, threshold); checked by the contract's schema on every read. */
export const riskMethod = sqliteTable('risk_method', {
  ...recordColumns(),
  body: text('body').notNull(),
});

export const assets = sqliteTable(
  'assets',
  {
    ...recordColumns(),
    ...refColumn(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    type: text('type').notNull(),
    group: text('group_name').notNull().default(''),
    description: text('description').notNull().default(''),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    custodianId: text('custodian_id').references(() => people.id, { onDelete: 'set null' }),
    location: text('location').notNull().default(''),
    classification: text('classification').notNull().default(''),
    confidentiality: integer('confidentiality').notNull(),
    integrity: integer('integrity').notNull(),
    availability: integer('availability').notNull(),
  },
  (t) => [index('assets_name').on(t.name), index('assets_owner').on(t.ownerId)],
);

export const threats = sqliteTable('threats', {
  ...recordColumns(),
  category: text('category').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  affectsC: integer('affects_c', { mode: 'boolean' }).notNull().default(false),
  affectsI: integer('affects_i', { mode: 'boolean' }).notNull().default(false),
  affectsA: integer('affects_a', { mode: 'boolean' }).notNull().default(false),
  shipped: integer('shipped', { mode: 'boolean' }).notNull().default(false),
});

export const vulnerabilities = sqliteTable('vulnerabilities', {
  ...recordColumns(),
  assetType: text('asset_type').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  shipped: integer('shipped', { mode: 'boolean' }).notNull().default(false),
});

/**
 * The risk register. inherent_rank/residual_rank and the scores are derived from likelihood x impact
 * through the method's matrix; they are kept as columns only so that 50,000 risks sort and filter by
 * level in SQL, and are rewritten whenever the scores or the method change (services/riskLevels.ts).
 */
export const risks = sqliteTable(
  'risks',
  {
    ...recordColumns(),
    ...refColumn(),
    title: text('title').notNull(),
    basis: text('basis').notNull(),
    assetId: text('asset_id').references(() => assets.id, { onDelete: 'restrict' }),
    threatId: text('threat_id').references(() => threats.id, { onDelete: 'set null' }),
    vulnerabilityId: text('vulnerability_id').references(() => vulnerabilities.id, { onDelete: 'set null' }),
    event: text('event').notNull().default(''),
    description: text('description').notNull().default(''),
    affectsC: integer('affects_c', { mode: 'boolean' }).notNull().default(false),
    affectsI: integer('affects_i', { mode: 'boolean' }).notNull().default(false),
    affectsA: integer('affects_a', { mode: 'boolean' }).notNull().default(false),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    likelihood: integer('likelihood').notNull(),
    impact: integer('impact').notNull(),
    inherentScore: integer('inherent_score').notNull(),
    inherentRank: integer('inherent_rank').notNull(),
    existingControls: text('existing_controls').notNull().default(''),
    treatment: text('treatment').notNull().default('undecided'),
    treatmentNote: text('treatment_note').notNull().default(''),
    residualLikelihood: integer('residual_likelihood'),
    residualImpact: integer('residual_impact'),
    residualScore: integer('residual_score'),
    residualRank: integer('residual_rank'),
  },
  (t) => [
    index('risks_priority').on(t.inherentRank, t.inherentScore),
    index('risks_residual').on(t.residualRank, t.residualScore),
    index('risks_asset').on(t.assetId),
    index('risks_owner').on(t.ownerId),
    index('risks_cell').on(t.likelihood, t.impact),
    // Issue 11, item 9 (50,000 risks): a register page filtered by level and treatment and sorted by
    // residual reads 25 index entries; the residual heat map and readiness counts read covering indexes.
    index('risks_filter').on(t.inherentRank, t.treatment, t.residualRank, t.residualScore),
    index('risks_residual_cell').on(t.residualLikelihood, t.residualImpact),
    index('risks_summary').on(t.treatment, t.inherentRank, t.residualRank, t.ownerId, t.id),
  ],
);

export const riskIssues = sqliteTable(
  'risk_issues',
  {
    ...recordColumns(),
    riskId: text('risk_id').notNull().references(() => risks.id, { onDelete: 'cascade' }),
    issueId: text('issue_id').notNull().references(() => contextIssues.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('risk_issues_pair').on(t.riskId, t.issueId), index('risk_issues_issue').on(t.issueId)],
);

export const riskRequirements = sqliteTable(
  'risk_requirements',
  {
    ...recordColumns(),
    riskId: text('risk_id').notNull().references(() => risks.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull().references(() => partyRequirements.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('risk_requirements_pair').on(t.riskId, t.requirementId), index('risk_requirements_req').on(t.requirementId)],
);

export const riskControls = sqliteTable(
  'risk_controls',
  {
    ...recordColumns(),
    riskId: text('risk_id').notNull().references(() => risks.id, { onDelete: 'cascade' }),
    controlId: text('control_id').notNull().references(() => controls.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('risk_controls_pair').on(t.riskId, t.controlId), index('risk_controls_control').on(t.controlId)],
);

export const treatmentActions = sqliteTable(
  'treatment_actions',
  {
    ...recordColumns(),
    ...refColumn(),
    riskId: text('risk_id').notNull().references(() => risks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    dueDate: text('due_date'),
    status: text('status').notNull().default('planned'),
    cost: real('cost'),
    controlId: text('control_id').references(() => controls.id, { onDelete: 'set null' }),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('treatment_actions_risk').on(t.riskId), index('treatment_actions_due').on(t.dueDate), index('treatment_actions_status').on(t.status, t.dueDate), index('treatment_actions_owner').on(t.ownerId, t.dueDate)],
);

/** Plan approvals and residual-risk acceptances: who, when, what, and the risk as it stood (a frozen snapshot). */
export const riskDecisions = sqliteTable(
  'risk_decisions',
  {
    ...recordColumns(),
    riskId: text('risk_id').notNull().references(() => risks.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    decidedById: text('decided_by_id').references(() => people.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name').notNull(),
    decidedAt: text('decided_at').notNull(),
    decision: text('decision').notNull(),
    note: text('note').notNull().default(''),
    justification: text('justification').notNull().default(''),
    reviewDate: text('review_date'),
    snapshot: text('snapshot').notNull(),
    fingerprint: text('fingerprint').notNull(),
  },
  (t) => [index('risk_decisions_risk').on(t.riskId, t.kind, t.decidedAt), index('risk_decisions_kind').on(t.kind, t.decision, t.riskId)],
);

/** 8.2: a dated assessment run; its items are the risks' scores frozen at that date. */
export const assessmentRuns = sqliteTable('assessment_runs', {
  ...recordColumns(),
  ...refColumn(),
  name: text('name').notNull(),
  runDate: text('run_date').notNull(),
  reason: text('reason').notNull().default('planned'),
  note: text('note').notNull().default(''),
  /** JSON array of RunItem: written once, never changed. */
  items: text('items').notNull(),
});
