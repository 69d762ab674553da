import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, PARTIAL, Ref, REFERENCES, requiredText, Stamps } from './common';
import { patchOf, text } from './patch';
import { AttachmentMeta, AttachmentUpload } from './attachments';
import { AUDIT_CLAUSES } from '../auditRequirements';
import { NC_STATUSES } from '../ncStates';
import { CLAUSE_IDS } from '../clauses';

/** 9.2 internal audit (issue 14), in ISO 19011 words. */
export const AUDIT_METHODS = ['on-site', 'remote', 'document-review', 'interview', 'observation', 'sampling'] as const;
export type AuditMethod = (typeof AUDIT_METHODS)[number];
export const TEAM_ROLES = ['lead-auditor', 'auditor', 'technical-expert', 'observer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
/** planned -> in-progress (fieldwork) -> reported; cancelled at any point before reporting. */
export const AUDIT_STATUSES = ['planned', 'in-progress', 'reported', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
/** What fieldwork concludes on one checklist item; every verdict but conforming makes a finding. */
export const VERDICTS = ['conforming', 'major', 'minor', 'observation', 'ofi'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const FINDING_VERDICTS = ['major', 'minor', 'observation', 'ofi'] as const;
export type FindingVerdict = (typeof FINDING_VERDICTS)[number];
export const ITEM_KINDS = ['clause', 'control', 'custom'] as const;

const year = (label: string) => z.number({ error: `${label} is a year.` }).int({ error: `${label} is a whole year.` }).min(2000, { error: `${label} is 2000 or later.` }).max(2100, { error: `${label} is 2100 or earlier.` });
const methods = z.array(z.enum(AUDIT_METHODS, { error: 'Methods are on-site, remote, document-review, interview, observation or sampling.' })).max(AUDIT_METHODS.length, { error: 'Each method once.' });

// ---------- programme (9.2.2) ----------
export const MAX_CYCLE_YEARS = 5;
const ProgrammeShape = {
  title: requiredText('Title'),
  startYear: year('First year'),
  endYear: year('Last year'),
  objectives: text('Objectives', LIMITS.longText),
  frequency: text('Frequency', LIMITS.shortText),
  methods,
  responsibilities: text('Responsibilities', LIMITS.longText),
  reporting: text('Reporting', LIMITS.longText),
};
const ProgrammeBase = z.object({
  ...ProgrammeShape,
  objectives: ProgrammeShape.objectives.default(''),
  frequency: ProgrammeShape.frequency.default(''),
  methods: ProgrammeShape.methods.default([]),
  responsibilities: ProgrammeShape.responsibilities.default(''),
  reporting: ProgrammeShape.reporting.default(''),
});
const cycleRule = (v: { startYear: number; endYear: number }, ctx: z.RefinementCtx) => {
  if (v.endYear < v.startYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'The cycle cannot end before it starts.' });
  else if (v.endYear - v.startYear + 1 > MAX_CYCLE_YEARS) ctx.addIssue({ code: 'custom', path: ['endYear'], message: `A programme cycle is at most ${MAX_CYCLE_YEARS} years (three is usual).` });
};
export const ProgrammeFields = ProgrammeBase.superRefine(cycleRule);
export type ProgrammeFields = z.input<typeof ProgrammeBase>;
export const ProgrammePatch = patchOf(ProgrammeShape).extend({ id: Id });
export const Programme = ProgrammeBase.extend({ id: Id, ref: Ref, auditCount: z.number().int() }).extend(Stamps.shape);
export type Programme = z.infer<typeof Programme>;

export const COVERAGE_STATES = ['not-planned', 'planned', 'audited'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];
const CoverageRow = z.object({ key: z.string(), label: z.string(), state: z.enum(COVERAGE_STATES), audits: z.array(z.string()) });
export type CoverageRow = z.infer<typeof CoverageRow>;
export const Coverage = z.object({
  programmeId: Id,
  clauses: z.array(CoverageRow),
  /** Every control the SoA marks applicable. */
  controls: z.array(CoverageRow),
  notPlanned: z.number().int(),
  notAudited: z.number().int(),
  total: z.number().int(),
});
export type Coverage = z.infer<typeof Coverage>;

// ---------- audits (plan) ----------
const AuditShape = {
  programmeId: Id,
  title: requiredText('Title'),
  objectives: text('Objectives', LIMITS.longText),
  scopeClauses: z.array(z.enum(AUDIT_CLAUSES, { error: 'Scope clauses are 4 to 10.' })).max(AUDIT_CLAUSES.length, { error: 'Each clause once.' }),
  scopeControlIds: z.array(Id).max(200, { error: 'At most 200 controls in one audit.' }),
  criteria: text('Criteria', LIMITS.longText),
  locations: text('Locations', LIMITS.shortText),
  startDate: IsoDate,
  endDate: IsoDate,
  methods,
  auditees: text('Auditees', LIMITS.shortText),
  status: z.enum(AUDIT_STATUSES, { error: 'Status is planned, in-progress, reported or cancelled.' }),
  summary: text('Summary', LIMITS.longText),
  conclusions: text('Conclusions', LIMITS.longText),
  distribution: text('Distribution', LIMITS.shortText),
};
const AuditBase = z.object({
  ...AuditShape,
  objectives: AuditShape.objectives.default(''),
  scopeClauses: AuditShape.scopeClauses.default([]),
  scopeControlIds: AuditShape.scopeControlIds.default([]),
  criteria: AuditShape.criteria.default('ISO/IEC 27001:2022 clauses 4 to 10, the Statement of Applicability and the organisation’s own policies and procedures.'),
  locations: AuditShape.locations.default(''),
  methods: AuditShape.methods.default([]),
  auditees: AuditShape.auditees.default(''),
  status: AuditShape.status.default('planned'),
  summary: AuditShape.summary.default(''),
  conclusions: AuditShape.conclusions.default(''),
  distribution: AuditShape.distribution.default(''),
});
const auditRules = (v: { startDate: string; endDate: string; scopeClauses: string[]; scopeControlIds: string[] }, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The audit cannot end before it starts.' });
  if (v.scopeClauses.length + v.scopeControlIds.length === 0) ctx.addIssue({ code: 'custom', path: ['scopeClauses'], message: 'Put at least one clause or control in the audit’s scope.' });
};
export const AuditFields = AuditBase.superRefine(auditRules);
export type AuditFields = z.input<typeof AuditBase>;
export const AuditPatch = patchOf(AuditShape).omit({ programmeId: true }).extend({ id: Id });

export const Audit = AuditBase.extend({
  id: Id,
  ref: Ref,
  programmeRef: z.string(),
  programmeTitle: z.string(),
  reportedOn: z.string().nullable(),
  itemCount: z.number().int(),
  recordedCount: z.number().int(),
  findingCounts: z.object({ major: z.number().int(), minor: z.number().int(), observation: z.number().int(), ofi: z.number().int() }),
  leadAuditor: z.string().nullable(),
}).extend(Stamps.shape);
export type Audit = z.infer<typeof Audit>;

// ---------- team and independence ----------
export const AuditorSkill = z.object({ skill: z.string(), required: z.number().int().nullable(), level: z.number().int().nullable(), assessedOn: z.string().nullable() });
export type AuditorSkill = z.infer<typeof AuditorSkill>;

export const TeamMember = z.object({
  id: Id,
  auditId: Id,
  personId: Id,
  name: z.string(),
  jobTitle: z.string(),
  role: z.enum(TEAM_ROLES),
  /** Why this person is still objective although they own or answer for something in scope. */
  justification: z.string(),
  /** What they own or answer for inside the audit's scope, in words; empty when independent. */
  conflicts: z.array(z.string()),
  /**
   * Auditor competence from 7.2: each skill the Internal auditor role requires (or the Internal
   * auditing skill when the role requires none), with the level needed and the member's level.
   */
  competence: z.array(AuditorSkill),
});
export type TeamMember = z.infer<typeof TeamMember>;
const TeamShape = {
  auditId: Id,
  personId: Id,
  role: z.enum(TEAM_ROLES, { error: 'Role is lead-auditor, auditor, technical-expert or observer.' }),
  justification: text('Justification', LIMITS.longText),
};
export const TeamFields = z.object({ ...TeamShape, role: TeamShape.role.default('auditor'), justification: TeamShape.justification.default('') });
export const TeamPatch = z.object({ id: Id, role: TeamShape.role.optional(), justification: TeamShape.justification.optional() });
export const Candidate = z.object({ personId: Id, name: z.string(), jobTitle: z.string(), conflicts: z.array(z.string()), onTeam: z.boolean() });
export type Candidate = z.infer<typeof Candidate>;

// ---------- checklist and fieldwork ----------
export const Evidence = z.object({
  id: Id,
  itemId: Id,
  description: z.string(),
  /** The day the evidence speaks for (a log of last March), apart from the day it was attached. */
  effectiveOn: z.string(),
  expiresOn: z.string().nullable(),
  attachment: AttachmentMeta,
});
export type Evidence = z.infer<typeof Evidence>;

export const ChecklistItem = z.object({
  id: Id,
  auditId: Id,
  position: z.number().int(),
  kind: z.enum(ITEM_KINDS),
  /** 6.1.2 for a clause requirement; the control's code for a control. */
  requirementId: z.string(),
  controlId: Id.nullable(),
  title: z.string(),
  questions: z.string(),
  notes: z.string(),
  interviewees: z.string(),
  documentsSampled: z.string(),
  verdict: z.enum(VERDICTS).nullable(),
  requirementRef: z.string(),
  recordedAt: z.string().nullable(),
  recordedBy: z.string(),
  evidence: z.array(Evidence),
  findingId: Id.nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ItemFields = z.object({ auditId: Id, title: requiredText('Item', LIMITS.shortText), questions: text('Questions', LIMITS.longText).default(''), requirementRef: text('Requirement referenced', LIMITS.shortText).default('') });
export const ItemPatch = z.object({ id: Id, title: requiredText('Item', LIMITS.shortText).optional(), questions: text('Questions', LIMITS.longText).optional() });
export const ItemRecord = z.object({
  id: Id,
  verdict: z.enum(VERDICTS, { error: 'Verdict is conforming, major, minor, observation or ofi.' }).nullable().optional(),
  notes: text('Notes', LIMITS.longText).optional(),
  interviewees: text('Interviewees', LIMITS.shortText).optional(),
  documentsSampled: text('Documents sampled', LIMITS.longText).optional(),
  requirementRef: text('Requirement referenced', LIMITS.shortText).optional(),
});
export type ItemRecord = z.input<typeof ItemRecord>;

export const EvidenceAdd = z.object({
  itemId: Id,
  description: text('Description', LIMITS.shortText).default(''),
  effectiveOn: IsoDate,
  expiresOn: IsoDate.nullable().default(null),
  file: AttachmentUpload,
});
export type EvidenceAdd = z.input<typeof EvidenceAdd>;

// ---------- findings ----------
export const Finding = z.object({
  id: Id,
  ref: Ref,
  auditId: Id,
  auditRef: z.string(),
  itemId: Id.nullable(),
  verdict: z.enum(FINDING_VERDICTS),
  title: z.string(),
  statement: z.string(),
  requirement: z.string(),
  raisedOn: z.string(),
  /** The 10.2 nonconformity raised from it, with its follow-up. */
  ncId: Id.nullable(),
  ncRef: z.string().nullable(),
  ncStatus: z.enum(NC_STATUSES).nullable(),
  actionCount: z.number().int(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  evidence: z.array(Evidence),
}).extend(Stamps.shape);
export type Finding = z.infer<typeof Finding>;
export const FindingPatch = z.object({ id: Id, title: requiredText('Finding', LIMITS.shortText).optional(), statement: text('Statement', LIMITS.longText).optional() });
export const FindingQuery = z.object({ auditId: Id.optional(), programmeId: Id.optional() });
export const RaiseNcInput = z.object({
  id: Id,
  ownerId: Id.nullable().default(null),
  /** The clause breached, when the finding's item names none (an item of your own). */
  clauseId: z.enum(CLAUSE_IDS, { error: 'Choose a clause from 4.1 to 10.2.' }).nullable().default(null),
});

export const AuditDetail = Audit.extend({
  team: z.array(TeamMember),
  items: z.array(ChecklistItem),
  findings: z.array(Finding),
});
export type AuditDetail = z.infer<typeof AuditDetail>;

const PROGRAMME_RULES = [{ path: 'endYear', text: 'The cycle ends no earlier than it starts and lasts at most five years.' }];
const AUDIT_RULES = [
  { path: 'endDate', text: 'An audit ends no earlier than it starts.' },
  { path: 'scopeClauses', text: 'The scope names at least one clause or control.' },
  { path: 'startDate', text: 'The audit falls within its programme’s years.' },
  { path: 'scopeControlIds', text: 'Controls the Statement of Applicability excludes are not in an audit’s scope.' },
];
const TEAM_RULES = [
  { path: 'justification', text: 'A team member who owns or answers for something in the audit’s scope (5.3 roles and RACI, assets, risks, controls, processes, policies, metrics) needs a recorded justification.' },
  { path: 'role', text: 'An audit has one lead auditor.' },
];

export const auditsContract = {
  'audits.programmeList': query({ doc: 'The audit programmes (9.2.2), newest cycle first.', input: Empty, output: z.array(Programme) }),
  'audits.programmeCreate': method({ doc: 'Set up an audit programme over a cycle of years: objectives, frequency, methods, responsibilities and reporting.', input: ProgrammeFields, output: Programme, rules: PROGRAMME_RULES }),
  'audits.programmeUpdate': method({ doc: `Change a programme. ${PARTIAL}`, input: ProgrammePatch, output: Programme, rules: PROGRAMME_RULES }),
  'audits.programmeDelete': method({ doc: `Delete a programme with its audits. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'audits.coverage': query({ doc: 'Which of clauses 4-10 and the applicable Annex A controls the programme has not yet planned or not yet audited.', input: IdInput, output: Coverage }),
  'audits.list': query({ doc: 'Audits, of one programme or all, by start date.', input: z.object({ programmeId: Id.optional() }), output: z.array(Audit) }),
  'audits.get': query({ doc: 'One audit with its team (and their independence), checklist with fieldwork, and findings.', input: IdInput, output: AuditDetail }),
  'audits.create': method({ doc: 'Plan an audit: objectives, scope (clauses 4-10 and controls), criteria, locations, dates, methods, auditees. Its checklist is generated from the scope.', input: AuditFields, output: AuditDetail, rules: AUDIT_RULES }),
  'audits.update': method({
    doc: `Change an audit plan; a scope change adds checklist items for what came in and drops untouched items for what went out. Reporting needs a verdict on every item and conclusions (VALIDATION otherwise); a reported audit no longer changes (CONFLICT). ${PARTIAL}`,
    input: AuditPatch,
    output: AuditDetail,
    rules: [...AUDIT_RULES, { path: 'status', text: 'An audit is reported only with a verdict on every checklist item and its conclusions written.' }],
  }),
  'audits.delete': method({ doc: `Delete an audit with its team, checklist, evidence and findings. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'audits.candidates': query({ doc: 'Everyone in the people register with what they own or answer for inside this audit’s scope (the independence check).', input: z.object({ auditId: Id }), output: z.array(Candidate) }),
  'audits.teamAdd': method({ doc: 'Put a person on the audit team with a role.', input: TeamFields, output: TeamMember, rules: TEAM_RULES }),
  'audits.teamUpdate': method({ doc: `Change a member’s role or justification. ${PARTIAL}`, input: TeamPatch, output: TeamMember, rules: TEAM_RULES }),
  'audits.teamRemove': method({ doc: 'Take a person off the audit team.', input: IdInput, output: Ok }),
  'audits.itemCreate': method({ doc: 'Add a checklist item of your own.', input: ItemFields, output: ChecklistItem }),
  'audits.itemUpdate': method({ doc: `Reword a checklist item or its questions. ${PARTIAL}`, input: ItemPatch, output: ChecklistItem }),
  'audits.itemDelete': method({ doc: 'Remove a checklist item that has no fieldwork recorded.', input: IdInput, output: Ok }),
  'audits.itemRecord': method({
    doc: `Record fieldwork on one item: verdict, notes, interviewees, documents sampled, requirement referenced. A verdict other than conforming makes (or updates) the item’s finding; clearing it removes a finding not yet raised as a nonconformity. ${PARTIAL}`,
    input: ItemRecord,
    output: ChecklistItem,
    rules: [{ path: 'notes', text: 'A nonconformity, observation or OFI states what was seen: notes are required with those verdicts.' }],
  }),
  'audits.evidenceAdd': method({
    doc: 'Attach an evidence file (up to 20 MB) to a checklist item, stored inside the workspace with its SHA-256, size and upload time, the day it is effective for and an optional expiry.',
    input: EvidenceAdd,
    output: Evidence,
    rules: [
      { path: 'effectiveOn', text: 'Evidence cannot be effective for a day in the future.' },
      { path: 'expiresOn', text: 'Evidence cannot expire before the day it is effective for.' },
    ],
  }),
  'audits.evidenceDelete': method({ doc: 'Remove an evidence file from an item of an audit not yet reported.', input: IdInput, output: Ok }),
  'audits.findingList': query({ doc: 'Findings with their follow-up (the 10.2 nonconformity and its actions), of one audit, one programme or all.', input: FindingQuery, output: z.array(Finding) }),
  'audits.findingUpdate': method({ doc: `Reword a finding. ${PARTIAL}`, input: FindingPatch, output: Finding }),
  'audits.findingRaiseNc': method({
    doc: 'Raise a 10.2 nonconformity from a major or minor finding, prefilled from it and linked both ways (CONFLICT for observations, OFIs and findings already raised).',
    input: RaiseNcInput,
    output: Finding,
    rules: [{ path: 'clauseId', text: 'A finding on an item of your own names the clause breached (items from the scope bring their clause or control).' }],
  }),
};
