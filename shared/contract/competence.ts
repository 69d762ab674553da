import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, PARTIAL, Ref, REFERENCES, requiredText, Stamps } from './common';
import { patchOf, text } from './patch';
import { AttachmentMeta, AttachmentUpload } from './attachments';
import { AUDIT_KINDS, AUDIT_RESULTS } from '../competence';

/** Where a level in the skills matrix comes from. */
export const LEVEL_SOURCES = ['self-assessment', 'manager', 'skills-audit', 'training', 'certificate'] as const;
export const PLAN_STATUSES = ['planned', 'done', 'cancelled'] as const;

const level = (label: string) => z.number({ error: `${label} is a whole number from 1 to 5.` }).int({ error: `${label} is a whole number from 1 to 5.` }).min(1, { error: `${label} starts at 1.` }).max(5, { error: `${label} is at most 5.` });
const Files = z.array(AttachmentUpload).max(10, { error: 'At most 10 files at once.' });

// ---------- skills catalogue ----------
const SkillShape = { name: requiredText('Skill'), description: text('Description', LIMITS.shortText) };
export const SkillFields = z.object({ ...SkillShape, description: SkillShape.description.default('') });
export const SkillPatch = patchOf(SkillShape).extend({ id: Id });
export const Skill = SkillFields.extend({ id: Id, ref: Ref, key: z.string().nullable(), requiredBy: z.number().int(), people: z.number().int() }).extend(Stamps.shape);
export type Skill = z.infer<typeof Skill>;

// ---------- requirements per role ----------
export const RequirementInput = z.object({ roleId: Id, skillId: Id, requiredLevel: level('Required level') });
export const RoleRequirement = z.object({ id: Id, roleId: Id, roleName: z.string(), skillId: Id, skillName: z.string(), requiredLevel: z.number().int() });
export type RoleRequirement = z.infer<typeof RoleRequirement>;

// ---------- skills matrix ----------
export const LevelInput = z.object({
  personId: Id,
  skillId: Id,
  level: level('Level'),
  assessedOn: IsoDate,
  source: z.enum(LEVEL_SOURCES, { error: 'Say where the level comes from.' }).default('manager'),
  note: text('Note', LIMITS.shortText).default(''),
});
export const MatrixEntry = z.object({ id: Id, personId: Id, personName: z.string(), skillId: Id, skillName: z.string(), level: z.number().int(), assessedOn: z.string(), source: z.enum(LEVEL_SOURCES), note: z.string() });
export type MatrixEntry = z.infer<typeof MatrixEntry>;
export const Matrix = z.object({
  people: z.array(z.object({ id: Id, ref: z.string(), name: z.string(), roles: z.array(z.string()) })),
  skills: z.array(z.object({ id: Id, ref: z.string(), name: z.string() })),
  entries: z.array(MatrixEntry),
});
export type Matrix = z.infer<typeof Matrix>;

// ---------- gaps ----------
export const GapRow = z.object({ skillId: Id, skillName: z.string(), required: z.number().int(), actual: z.number().int(), missing: z.number().int() });
export type GapRow = z.infer<typeof GapRow>;

// ---------- skills audits ----------
export const AuditLevel = z.object({ skillId: Id, level: z.number({ error: 'Level is a whole number from 0 to 5.' }).int({ error: 'Level is a whole number from 0 to 5.' }).min(0, { error: 'Level starts at 0 (none).' }).max(5, { error: 'Level is at most 5.' }) });
const AuditShape = {
  kind: z.enum(AUDIT_KINDS, { error: 'Choose before or after appointment.' }),
  personId: Id,
  roleId: Id,
  auditedOn: IsoDate,
  assessorId: Id,
  /** The levels the assessor found, skill by skill; skills left out keep their level in the matrix. */
  levels: z.array(AuditLevel).max(200, { error: 'At most 200 skills in one audit.' }),
  notes: text('Notes', LIMITS.longText),
  /** When gaps are found: the day the audit after appointment is due. */
  followUpOn: IsoDate.nullable(),
};
export const AuditFields = z.object({
  ...AuditShape,
  levels: AuditShape.levels.default([]),
  notes: AuditShape.notes.default(''),
  followUpOn: AuditShape.followUpOn.default(null),
  files: Files.default([]),
});
export const AuditPatch = patchOf({ auditedOn: AuditShape.auditedOn, assessorId: AuditShape.assessorId, notes: AuditShape.notes, followUpOn: AuditShape.followUpOn }).extend({ id: Id });

export const Evidence = z.object({ id: Id, attachment: AttachmentMeta });
export type Evidence = z.infer<typeof Evidence>;

export const Audit = z
  .object({
    id: Id,
    ref: Ref,
    kind: z.enum(AUDIT_KINDS),
    personId: Id,
    personName: z.string(),
    roleId: Id,
    roleName: z.string(),
    auditedOn: z.string(),
    assessorId: Id.nullable(),
    assessorName: z.string(),
    result: z.enum(AUDIT_RESULTS),
    /** The gaps found on the day, frozen with the audit. */
    gaps: z.array(GapRow),
    /** The requirements checked on the day with the level found for each. */
    checked: z.array(GapRow),
    /** After appointment: the gaps of the audit before that this one closed, and those that remain. */
    priorAuditRef: z.string().nullable(),
    closedGaps: z.array(GapRow),
    notes: z.string(),
    followUpOn: z.string().nullable(),
    evidence: z.array(Evidence),
  })
  .extend(Stamps.shape);
export type Audit = z.infer<typeof Audit>;
export const AuditQuery = z.object({ personId: Id.optional(), roleId: Id.optional() });

// ---------- training plans ----------
const PlanShape = {
  personId: Id,
  skillId: Id,
  targetLevel: level('Target level'),
  dueDate: IsoDate,
  status: z.enum(PLAN_STATUSES, { error: 'Choose planned, done or cancelled.' }),
  note: text('Note', LIMITS.shortText),
};
export const PlanFields = z.object({ ...PlanShape, status: PlanShape.status.default('planned'), note: PlanShape.note.default('') });
export const PlanPatch = patchOf(PlanShape).omit({ personId: true }).extend({ id: Id });
export const Plan = z
  .object({ id: Id, ref: Ref, personId: Id, personName: z.string(), skillId: Id, skillName: z.string(), targetLevel: z.number().int(), currentLevel: z.number().int(), dueDate: z.string(), status: z.enum(PLAN_STATUSES), note: z.string(), overdue: z.boolean() })
  .extend(Stamps.shape);
export type Plan = z.infer<typeof Plan>;

// ---------- training records ----------
const TrainingShape = {
  personId: Id,
  title: requiredText('What was learnt'),
  completedOn: IsoDate,
  provider: text('Provider', LIMITS.name),
  skillId: Id.nullable(),
  /** The level the person reached in that skill; it updates the skills matrix. */
  levelReached: level('Level reached').nullable(),
  /** The plan this training carries out; reaching its target marks it done. */
  planId: Id.nullable(),
  note: text('Note', LIMITS.longText),
};
export const TrainingFields = z.object({
  ...TrainingShape,
  provider: TrainingShape.provider.default(''),
  skillId: TrainingShape.skillId.default(null),
  levelReached: TrainingShape.levelReached.default(null),
  planId: TrainingShape.planId.default(null),
  note: TrainingShape.note.default(''),
  files: Files.default([]),
});
export const TrainingPatch = patchOf({ title: TrainingShape.title, completedOn: TrainingShape.completedOn, provider: TrainingShape.provider, note: TrainingShape.note }).extend({ id: Id });
export const Training = z
  .object({ id: Id, ref: Ref, personId: Id, personName: z.string(), title: z.string(), completedOn: z.string(), provider: z.string(), skillId: Id.nullable(), skillName: z.string().nullable(), levelReached: z.number().int().nullable(), planId: Id.nullable(), planRef: z.string().nullable(), note: z.string(), evidence: z.array(Evidence) })
  .extend(Stamps.shape);
export type Training = z.infer<typeof Training>;

export const EvidenceAdd = z
  .object({ auditId: Id.optional(), trainingId: Id.optional(), file: AttachmentUpload })
  .refine((v) => (v.auditId ? 1 : 0) + (v.trainingId ? 1 : 0) === 1, { path: ['auditId'], error: 'Attach the file to one skills audit or one training record.' });

// ---------- gap views ----------
export const RoleGaps = z.object({
  roleId: Id,
  roleRef: z.string(),
  roleName: z.string(),
  requirements: z.array(RoleRequirement),
  holders: z.array(z.object({ personId: Id, personName: z.string(), gaps: z.array(GapRow) })),
});
export type RoleGaps = z.infer<typeof RoleGaps>;
export const PersonGaps = z.object({
  personId: Id,
  personRef: z.string(),
  personName: z.string(),
  roles: z.array(z.string()),
  gaps: z.array(GapRow),
  /** Open training plans of this person, by skill. */
  plans: z.array(z.object({ ref: z.string(), skillId: Id, targetLevel: z.number().int(), dueDate: z.string() })),
});
export type PersonGaps = z.infer<typeof PersonGaps>;

const AUDIT_RULES = [
  { path: 'auditedOn', text: 'A skills audit cannot be dated in the future.' },
  { path: 'roleId', text: 'The role must have competence requirements before anyone is audited against it.' },
];
const TRAINING_RULES = [
  { path: 'completedOn', text: 'Training is recorded once it happened: its date cannot be in the future.' },
  { path: 'levelReached', text: 'A level reached needs the skill it was reached in, given or taken from the training plan it carries out.' },
];

export const competenceContract = {
  'competence.skillList': query({ doc: 'The skills catalogue of the workspace (7.2), with how many roles need each and how many people have a level in it.', input: Empty, output: z.array(Skill) }),
  'competence.skillCreate': method({ doc: 'Add a skill to the catalogue.', input: SkillFields, output: Skill }),
  'competence.skillUpdate': method({ doc: `Rename or describe a skill. ${PARTIAL}`, input: SkillPatch, output: Skill }),
  'competence.skillDelete': method({ doc: `Delete a skill with its role requirements, levels and training plans; training records keep their text. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'competence.requirementList': query({ doc: 'Competence requirements: skills with the level each role needs.', input: z.object({ roleId: Id.optional() }), output: z.array(RoleRequirement) }),
  'competence.requirementSet': method({ doc: 'Say that a role needs a skill at a level from 1 to 5 (replaces the level when the role already needs the skill).', input: RequirementInput, output: RoleRequirement }),
  'competence.requirementRemove': method({ doc: 'A role no longer needs a skill.', input: IdInput, output: Ok }),
  'competence.matrix': query({ doc: 'The skills matrix: every person, every skill, and the current level with its date and source.', input: Empty, output: Matrix }),
  'competence.levelSet': method({ doc: 'Record the current level of a person in a skill, with its date and source.', input: LevelInput, output: MatrixEntry, rules: [{ path: 'assessedOn', text: 'A level is assessed on a day that has come: not in the future.' }] }),
  'competence.levelRemove': method({ doc: 'Clear a level from the skills matrix.', input: IdInput, output: Ok }),
  'competence.auditList': query({ doc: 'Skills audits before and after appointment, newest first; of one person or role when given.', input: AuditQuery, output: z.array(Audit) }),
  'competence.auditGet': query({ doc: 'One skills audit with its gaps and evidence.', input: IdInput, output: Audit }),
  'competence.auditCreate': method({
    doc: 'Record a skills audit of a candidate (before appointment: fit for the role or not, gaps listed) or of a role holder (after appointment: did training close the gaps of the last audit?). The levels found update the skills matrix; the gaps and the result are computed against the role\'s requirements and frozen with the audit. Evidence files may come with it.',
    input: AuditFields,
    output: Audit,
    rules: AUDIT_RULES,
  }),
  'competence.auditUpdate': method({ doc: `Correct the date, assessor, notes or follow-up date of a skills audit; the levels and gaps found stay as recorded. ${PARTIAL}`, input: AuditPatch, output: Audit, rules: [AUDIT_RULES[0]] }),
  'competence.auditDelete': method({ doc: 'Delete a skills audit with its evidence files (the matrix keeps the levels it set).', input: IdInput, output: Ok }),
  'competence.evidenceAdd': method({ doc: 'Attach an evidence file (certificate, test, interview notes) to a skills audit or a training record; it is hashed inside the workspace.', input: EvidenceAdd, output: Evidence }),
  'competence.evidenceDelete': method({ doc: 'Remove an evidence file.', input: IdInput, output: Ok }),
  'competence.planList': query({ doc: 'Training plans, by due date; of one person when given.', input: z.object({ personId: Id.optional() }), output: z.array(Plan) }),
  'competence.planCreate': method({ doc: 'Plan training for a person: the skill, the target level and the due date.', input: PlanFields, output: Plan }),
  'competence.planUpdate': method({ doc: `Change a training plan. ${PARTIAL}`, input: PlanPatch, output: Plan }),
  'competence.planDelete': method({ doc: `Delete a training plan; training records that carried it out keep their text. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'competence.trainingList': query({ doc: 'Training records, newest first; of one person when given.', input: z.object({ personId: Id.optional() }), output: z.array(Training) }),
  'competence.trainingCreate': method({
    doc: 'Record training that took place: what, when, provider, evidence files. A level reached updates the skills matrix; reaching the target of the plan it carries out marks the plan done.',
    input: TrainingFields,
    output: Training,
    rules: TRAINING_RULES,
  }),
  'competence.trainingUpdate': method({ doc: `Correct the text or date of a training record. ${PARTIAL}`, input: TrainingPatch, output: Training, rules: [TRAINING_RULES[0]] }),
  'competence.trainingDelete': method({ doc: 'Delete a training record with its evidence files (the matrix keeps the level it set).', input: IdInput, output: Ok }),
  'competence.gapsByRole': query({ doc: 'Per role: its requirements and, for each person holding it, the skills below the required level.', input: Empty, output: z.array(RoleGaps) }),
  'competence.gapsByPerson': query({ doc: 'Per person holding a role: the skills below what their roles need, with open training plans.', input: Empty, output: z.array(PersonGaps) }),
};
