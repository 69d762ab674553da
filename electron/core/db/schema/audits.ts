import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { controls } from './controls';
import { attachments } from './attachments';
import { nonconformities } from './improvement';

/**
 * 9.2 internal audit (issue 14). A programme covers a cycle of years; its audits each have a plan,
 * a team, a checklist generated from their scope, fieldwork per item and findings. Management
 * review (9.3) reads audits (dates, status) and findings (verdict, dates, follow-up) from here.
 * Lists of fixed words (methods, scope clauses) are small JSON arrays checked by the contract.
 */
export const auditProgrammes = sqliteTable('audit_programmes', {
  ...recordColumns(),
  ...refColumn(),
  title: text('title').notNull(),
  startYear: integer('start_year').notNull(),
  endYear: integer('end_year').notNull(),
  objectives: text('objectives').notNull().default(''),
  frequency: text('frequency').notNull().default(''),
  methods: text('methods').notNull().default('[]'),
  responsibilities: text('responsibilities').notNull().default(''),
  reporting: text('reporting').notNull().default(''),
});

export const audits = sqliteTable(
  'audits',
  {
    ...recordColumns(),
    ...refColumn(),
    programmeId: text('programme_id').notNull().references(() => auditProgrammes.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    objectives: text('objectives').notNull().default(''),
    /** JSON array of '4' ... '10'. */
    scopeClauses: text('scope_clauses').notNull().default('[]'),
    criteria: text('criteria').notNull().default(''),
    locations: text('locations').notNull().default(''),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    methods: text('methods').notNull().default('[]'),
    auditees: text('auditees').notNull().default(''),
    status: text('status').notNull().default('planned'),
    summary: text('summary').notNull().default(''),
    conclusions: text('conclusions').notNull().default(''),
    distribution: text('distribution').notNull().default(''),
    reportedOn: text('reported_on'),
  },
  (t) => [index('audits_programme').on(t.programmeId), index('audits_dates').on(t.startDate)],
);

/** The Annex A (or custom) controls in an audit's scope; a control deleted leaves the scope. */
export const auditScopeControls = sqliteTable(
  'audit_scope_controls',
  {
    ...recordColumns(),
    auditId: text('audit_id').notNull().references(() => audits.id, { onDelete: 'cascade' }),
    controlId: text('control_id').notNull().references(() => controls.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('audit_scope_controls_pair').on(t.auditId, t.controlId), index('audit_scope_controls_control').on(t.controlId)],
);

export const auditTeam = sqliteTable(
  'audit_team',
  {
    ...recordColumns(),
    auditId: text('audit_id').notNull().references(() => audits.id, { onDelete: 'cascade' }),
    personId: text('person_id').notNull().references(() => people.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    /** Recorded when the independence check flags the person (ISO 19011: nobody audits their own work). */
    justification: text('justification').notNull().default(''),
  },
  (t) => [uniqueIndex('audit_team_pair').on(t.auditId, t.personId), index('audit_team_person').on(t.personId)],
);

/** One line of the checklist with its fieldwork. */
export const auditItems = sqliteTable(
  'audit_items',
  {
    ...recordColumns(),
    auditId: text('audit_id').notNull().references(() => audits.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    requirementId: text('requirement_id').notNull().default(''),
    controlId: text('control_id').references(() => controls.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    questions: text('questions').notNull().default(''),
    notes: text('notes').notNull().default(''),
    interviewees: text('interviewees').notNull().default(''),
    documentsSampled: text('documents_sampled').notNull().default(''),
    verdict: text('verdict'),
    requirementRef: text('requirement_ref').notNull().default(''),
    recordedAt: text('recorded_at'),
    recordedBy: text('recorded_by').notNull().default(''),
  },
  (t) => [index('audit_items_audit').on(t.auditId, t.position), index('audit_items_control').on(t.controlId)],
);

/** Evidence files of an item: the file (hashed in attachments) and the day it speaks for. */
export const auditEvidence = sqliteTable(
  'audit_evidence',
  {
    ...recordColumns(),
    itemId: text('item_id').notNull().references(() => auditItems.id, { onDelete: 'cascade' }),
    attachmentId: text('attachment_id').notNull().references(() => attachments.id, { onDelete: 'restrict' }),
    description: text('description').notNull().default(''),
    effectiveOn: text('effective_on').notNull(),
    expiresOn: text('expires_on'),
  },
  (t) => [index('audit_evidence_item').on(t.itemId)],
);

/**
 * Findings (FND-001): made from an item's verdict, one per item. `nc_id` is the 10.2 nonconformity
 * raised from it; improvement_links (kind 'finding') points back here.
 */
export const auditFindings = sqliteTable(
  'audit_findings',
  {
    ...recordColumns(),
    ...refColumn(),
    auditId: text('audit_id').notNull().references(() => audits.id, { onDelete: 'cascade' }),
    itemId: text('item_id').references(() => auditItems.id, { onDelete: 'set null' }),
    verdict: text('verdict').notNull(),
    title: text('title').notNull(),
    statement: text('statement').notNull().default(''),
    requirement: text('requirement').notNull().default(''),
    raisedOn: text('raised_on').notNull(),
    ncId: text('nc_id').references(() => nonconformities.id, { onDelete: 'set null' }),
  },
  (t) => [index('audit_findings_audit').on(t.auditId), uniqueIndex('audit_findings_item').on(t.itemId), index('audit_findings_nc').on(t.ncId)],
);
