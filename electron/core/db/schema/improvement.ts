import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { controls } from './controls';
import { assets, risks } from './risk';
import { policies } from './policies';
import { contextIssues } from './context';
import { partyRequirements } from './parties';

/**
 * 10.2 nonconformities. `status` follows the state machine in shared/ncStates.ts and changes only
 * through services/nonconformities.ts. The 5 whys and the fishbone are small JSON arrays checked by
 * the contract's schemas on every write (shared/contract/improvement.ts).
 */
export const nonconformities = sqliteTable(
  'nonconformities',
  {
    ...recordColumns(),
    ...refColumn(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    source: text('source').notNull(),
    /** Free reference to where it came from (an audit report, an incident number) until issue 14's findings exist. */
    sourceReference: text('source_reference').notNull().default(''),
    /** A clause (4.1 ... 10.2) breached, or empty when a control is named instead. */
    clauseId: text('clause_id'),
    controlId: text('control_id').references(() => controls.id, { onDelete: 'set null' }),
    assetId: text('asset_id').references(() => assets.id, { onDelete: 'set null' }),
    severity: text('severity').notNull(),
    raisedOn: text('raised_on').notNull(),
    reporterId: text('reporter_id').references(() => people.id, { onDelete: 'set null' }),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    correction: text('correction').notNull().default(''),
    containment: text('containment').notNull().default(''),
    whys: text('whys').notNull().default('[]'),
    fishbone: text('fishbone').notNull().default('[]'),
    rootCause: text('root_cause').notNull().default(''),
    status: text('status').notNull().default('open'),
    reopenCount: integer('reopen_count').notNull().default(0),
    closedOn: text('closed_on'),
    closedById: text('closed_by_id').references(() => people.id, { onDelete: 'set null' }),
    closedByName: text('closed_by_name').notNull().default(''),
    closureEvidence: text('closure_evidence').notNull().default(''),
  },
  (t) => [index('nonconformities_status').on(t.status), index('nonconformities_clause').on(t.clauseId), index('nonconformities_control').on(t.controlId), index('nonconformities_asset').on(t.assetId)],
);

/** Every move of a nonconformity through its states: who, when, why (the report prints it as its history). */
export const ncTransitions = sqliteTable(
  'nc_transitions',
  {
    ...recordColumns(),
    ncId: text('nc_id').notNull().references(() => nonconformities.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    action: text('action').notNull(),
    on: text('on_date').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('nc_transitions_nc').on(t.ncId)],
);

/** 10.2 c): the corrective action plan of a nonconformity. */
export const correctiveActions = sqliteTable(
  'corrective_actions',
  {
    ...recordColumns(),
    ...refColumn(),
    ncId: text('nc_id').notNull().references(() => nonconformities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    dueDate: text('due_date'),
    status: text('status').notNull().default('planned'),
    completedOn: text('completed_on'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('corrective_actions_nc').on(t.ncId), index('corrective_actions_due').on(t.dueDate)],
);

/** 10.2 d): effectiveness reviews; a failed one reopens the nonconformity, a passed one allows closure. */
export const effectivenessReviews = sqliteTable(
  'effectiveness_reviews',
  {
    ...recordColumns(),
    ncId: text('nc_id').notNull().references(() => nonconformities.id, { onDelete: 'cascade' }),
    plannedOn: text('planned_on').notNull(),
    reviewerId: text('reviewer_id').references(() => people.id, { onDelete: 'set null' }),
    reviewerName: text('reviewer_name').notNull().default(''),
    criteria: text('criteria').notNull(),
    result: text('result').notNull().default('pending'),
    reviewedOn: text('reviewed_on'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('effectiveness_reviews_nc').on(t.ncId)],
);

/**
 * Traceability (issue 15): audit finding -> nonconformity -> corrective action -> changed control,
 * policy or risk -> metric. A link belongs to a nonconformity, and to one of its actions when it
 * says what that action changed. Exactly one target column is set, named by `kind`. Controls,
 * policies and risks exist and are foreign keys (a link goes with its target). `finding_id` (issue
 * 14, audits) and `metric_id` (issue 13, metrics) hold the target's id without a foreign key while
 * those tables are being built; their migrations can add the constraint by rebuilding this table.
 */
export const improvementLinks = sqliteTable(
  'improvement_links',
  {
    ...recordColumns(),
    ncId: text('nc_id').notNull().references(() => nonconformities.id, { onDelete: 'cascade' }),
    actionId: text('action_id').references(() => correctiveActions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    controlId: text('control_id').references(() => controls.id, { onDelete: 'cascade' }),
    policyId: text('policy_id').references(() => policies.id, { onDelete: 'cascade' }),
    riskId: text('risk_id').references(() => risks.id, { onDelete: 'cascade' }),
    findingId: text('finding_id'),
    metricId: text('metric_id'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('improvement_links_nc').on(t.ncId),
    index('improvement_links_action').on(t.actionId),
    index('improvement_links_control').on(t.controlId),
    index('improvement_links_policy').on(t.policyId),
    index('improvement_links_risk').on(t.riskId),
    index('improvement_links_finding').on(t.findingId),
    index('improvement_links_metric').on(t.metricId),
  ],
);

/** 10.1: opportunities for improvement, evaluated (benefit, effort), decided and implemented. */
export const improvements = sqliteTable(
  'improvements',
  {
    ...recordColumns(),
    ...refColumn(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    source: text('source').notNull(),
    sourceReference: text('source_reference').notNull().default(''),
    benefit: integer('benefit'),
    effort: integer('effort'),
    status: text('status').notNull().default('proposed'),
    decision: text('decision').notNull().default(''),
    decidedOn: text('decided_on'),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    dueDate: text('due_date'),
    implementedOn: text('implemented_on'),
    ncId: text('nc_id').references(() => nonconformities.id, { onDelete: 'set null' }),
  },
  (t) => [index('improvements_status').on(t.status)],
);

/**
 * 6.1.1: the 4.1 issues and 4.2 requirements an opportunity was determined from. Opportunities of
 * 6.1.1 live in the one register above (source 'planning') so that they are evaluated, decided and
 * followed up like every other improvement; these links say where each came from.
 */
export const improvementIssues = sqliteTable(
  'improvement_issues',
  {
    ...recordColumns(),
    improvementId: text('improvement_id').notNull().references(() => improvements.id, { onDelete: 'cascade' }),
    issueId: text('issue_id').notNull().references(() => contextIssues.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('improvement_issues_pair').on(t.improvementId, t.issueId), index('improvement_issues_issue').on(t.issueId)],
);

export const improvementRequirements = sqliteTable(
  'improvement_requirements',
  {
    ...recordColumns(),
    improvementId: text('improvement_id').notNull().references(() => improvements.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull().references(() => partyRequirements.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('improvement_requirements_pair').on(t.improvementId, t.requirementId), index('improvement_requirements_req').on(t.requirementId)],
);
