import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { policies } from './policies';
import { risks, treatmentActions } from './risk';

/** 6.2: an information security objective with the planning elements the clause asks for. */
export const objectives = sqliteTable('objectives', {
  ...recordColumns(),
  ...refColumn(),
  title: text('title').notNull(),
  /** What will be done. */
  description: text('description').notNull().default(''),
  policyId: text('policy_id').references(() => policies.id, { onDelete: 'set null' }),
  ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
  dueDate: text('due_date'),
  /** The resources the plan needs, in words; budget lines are kept in 7.1 (resource_lines). */
  resources: text('resources').notNull().default(''),
  /** How the results will be evaluated. */
  evaluation: text('evaluation').notNull().default(''),
  targetValue: real('target_value'),
  targetUnit: text('target_unit').notNull().default(''),
  /** Why the target can be reached with what the organisation has. */
  achievability: text('achievability').notNull().default(''),
  status: text('status').notNull().default('not-started'),
  progress: integer('progress').notNull().default(0),
  currentValue: real('current_value'),
});

/**
 * What an objective is linked to beside the policy: risks now, 9.1 metrics once that register
 * exists (kind 'metric' keeps the metric's id without a foreign key until then).
 */
export const objectiveLinks = sqliteTable(
  'objective_links',
  {
    ...recordColumns(),
    objectiveId: text('objective_id').notNull().references(() => objectives.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['risk', 'metric'] }).notNull(),
    riskId: text('risk_id').references(() => risks.id, { onDelete: 'cascade' }),
    metricId: text('metric_id'),
  },
  (t) => [index('objective_links_objective').on(t.objectiveId), uniqueIndex('objective_links_risk').on(t.objectiveId, t.riskId)],
);

/** Each recorded status and progress of an objective, oldest first: the monitoring record of 6.2. */
export const objectiveProgress = sqliteTable(
  'objective_progress',
  {
    ...recordColumns(),
    objectiveId: text('objective_id').notNull().references(() => objectives.id, { onDelete: 'cascade' }),
    recordedOn: text('recorded_on').notNull(),
    status: text('status').notNull(),
    progress: integer('progress').notNull(),
    currentValue: real('current_value'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('objective_progress_objective').on(t.objectiveId, t.recordedOn)],
);

/** 6.3: a planned change to the ISMS: what, why, its impact, and who approved it. */
export const ismsChanges = sqliteTable('isms_changes', {
  ...recordColumns(),
  ...refColumn(),
  title: text('title').notNull(),
  rationale: text('rationale').notNull().default(''),
  impact: text('impact').notNull().default(''),
  /** Resources the change needs, and the risks it raises or settles, in words. */
  resources: text('resources').notNull().default(''),
  ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
  plannedOn: text('planned_on'),
  decision: text('decision').notNull().default('proposed'),
  approverId: text('approver_id').references(() => people.id, { onDelete: 'set null' }),
  approverName: text('approver_name'),
  decidedOn: text('decided_on'),
  decisionNote: text('decision_note').notNull().default(''),
  /** Why someone without an approving role decided (the rule of every approval, documentControl.ts). */
  approverReason: text('approver_reason').notNull().default(''),
  completedOn: text('completed_on'),
});

/** 7.1: a resource or budget line, linked to the objective or treatment action it serves. */
export const resourceLines = sqliteTable(
  'resource_lines',
  {
    ...recordColumns(),
    ...refColumn(),
    title: text('title').notNull(),
    kind: text('kind').notNull().default('budget'),
    amount: real('amount'),
    unit: text('unit').notNull().default(''),
    status: text('status').notNull().default('requested'),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    neededBy: text('needed_by'),
    objectiveId: text('objective_id').references(() => objectives.id, { onDelete: 'set null' }),
    treatmentActionId: text('treatment_action_id').references(() => treatmentActions.id, { onDelete: 'set null' }),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('resource_lines_objective').on(t.objectiveId), index('resource_lines_action').on(t.treatmentActionId)],
);
