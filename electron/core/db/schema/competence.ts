import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { roles } from './roles';
import { attachments } from './attachments';

/** 7.2: the skills catalogue of the workspace. `key` marks the starter skills the app ships (seeds.ts). */
export const skills = sqliteTable(
  'skills',
  {
    ...recordColumns(),
    ...refColumn(),
    key: text('key'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('skills_key').on(t.key)],
);

/** 7.2 a): the competence a role needs, skill by skill, at a level from 1 to 5. */
export const roleSkills = sqliteTable(
  'role_skills',
  {
    ...recordColumns(),
    roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
    skillId: text('skill_id').notNull().references(() => skills.id, { onDelete: 'cascade' }),
    requiredLevel: integer('required_level').notNull(),
  },
  (t) => [uniqueIndex('role_skills_pair').on(t.roleId, t.skillId), index('role_skills_skill').on(t.skillId)],
);

/** The skills matrix: a person's current level in a skill, when it was assessed and from what. */
export const personSkills = sqliteTable(
  'person_skills',
  {
    ...recordColumns(),
    personId: text('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    skillId: text('skill_id').notNull().references(() => skills.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    assessedOn: text('assessed_on').notNull(),
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('person_skills_pair').on(t.personId, t.skillId), index('person_skills_skill').on(t.skillId)],
);

/**
 * 7.2 b) and c): a skills audit of a candidate before appointment or of a role holder after it. The
 * requirements checked and the gaps found are frozen as JSON (computed by shared/competence.ts), so
 * the record says what was true on the day even after requirements or levels change.
 */
export const skillAudits = sqliteTable(
  'skill_audits',
  {
    ...recordColumns(),
    ...refColumn(),
    kind: text('kind').notNull(),
    personId: text('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    roleId: text('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
    auditedOn: text('audited_on').notNull(),
    assessorId: text('assessor_id').references(() => people.id, { onDelete: 'set null' }),
    assessorName: text('assessor_name').notNull().default(''),
    result: text('result').notNull(),
    checked: text('checked').notNull().default('[]'),
    gaps: text('gaps').notNull().default('[]'),
    priorAuditId: text('prior_audit_id'),
    closedGaps: text('closed_gaps').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    followUpOn: text('follow_up_on'),
  },
  (t) => [index('skill_audits_person').on(t.personId), index('skill_audits_role').on(t.roleId)],
);

/** 7.2 c): planned training to close a gap. */
export const trainingPlans = sqliteTable(
  'training_plans',
  {
    ...recordColumns(),
    ...refColumn(),
    personId: text('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    skillId: text('skill_id').notNull().references(() => skills.id, { onDelete: 'cascade' }),
    targetLevel: integer('target_level').notNull(),
    dueDate: text('due_date').notNull(),
    status: text('status').notNull().default('planned'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('training_plans_person').on(t.personId), index('training_plans_due').on(t.dueDate)],
);

/** 7.2 d): training that took place, the evidence of competence gained. */
export const trainingRecords = sqliteTable(
  'training_records',
  {
    ...recordColumns(),
    ...refColumn(),
    personId: text('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    completedOn: text('completed_on').notNull(),
    provider: text('provider').notNull().default(''),
    skillId: text('skill_id').references(() => skills.id, { onDelete: 'set null' }),
    levelReached: integer('level_reached'),
    planId: text('plan_id').references(() => trainingPlans.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
  },
  (t) => [index('training_records_person').on(t.personId)],
);

/** Evidence files of a skills audit or a training record (one of the two), stored as attachments. */
export const competenceEvidence = sqliteTable(
  'competence_evidence',
  {
    ...recordColumns(),
    auditId: text('audit_id').references(() => skillAudits.id, { onDelete: 'cascade' }),
    trainingId: text('training_id').references(() => trainingRecords.id, { onDelete: 'cascade' }),
    attachmentId: text('attachment_id').notNull().references(() => attachments.id, { onDelete: 'restrict' }),
  },
  (t) => [index('competence_evidence_audit').on(t.auditId), index('competence_evidence_training').on(t.trainingId)],
);
