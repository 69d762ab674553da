import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Id, IdInput, IsoDate, LIMITS, Ok, page, pageQuery, PARTIAL, Ref, REFERENCES, requiredText, Stamps } from './common';
import { patchOf, text } from './patch';
import { CLAUSE_IDS } from '../clauses';
import { NC_ACTIONS, NC_STATUSES, REVIEW_ACTIONS, type NcAction } from '../ncStates';

/** Where a nonconformity was found. */
export const NC_SOURCES = ['internal-audit', 'external-audit', 'incident', 'metric-breach', 'complaint', 'self-identified'] as const;
export const NC_SEVERITIES = ['major', 'minor'] as const;
/** The usual fishbone (Ishikawa) headings for an ISMS. */
export const FISHBONE_CATEGORIES = ['people', 'process', 'technology', 'environment', 'suppliers', 'management'] as const;
export const CA_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export const REVIEW_RESULTS = ['pending', 'effective', 'not-effective'] as const;
/** What a nonconformity or one of its actions links to. Findings (issue 14) and metrics (issue 13) are ready as kinds; they are accepted once their registers exist in the workspace. */
export const LINK_KINDS = ['finding', 'control', 'policy', 'risk', 'metric'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** 'planning': an opportunity determined in 6.1.1 from the 4.1 issues and 4.2 requirements it cites. */
export const IMPROVEMENT_SOURCES = ['audit-ofi', 'management-review', 'metric', 'incident', 'suggestion', 'planning', 'other'] as const;
export const IMPROVEMENT_STATUSES = ['proposed', 'evaluated', 'approved', 'rejected', 'implemented'] as const;

export const MAX_WHYS = 7;
const person = Id.nullable();
const score = (label: string) => z.number({ error: `${label} is a whole number from 1 to 5.` }).int({ error: `${label} is a whole number from 1 to 5.` }).min(1, { error: `${label} starts at 1.` }).max(5, { error: `${label} is at most 5.` });

export const FishboneCause = z.object({
  category: z.enum(FISHBONE_CATEGORIES, { error: 'Choose a cause category.' }),
  cause: requiredText('Cause', LIMITS.shortText),
});
export type FishboneCause = z.infer<typeof FishboneCause>;

// ---------- nonconformities ----------
const NcShape = {
  title: requiredText('Title'),
  description: text('Description', LIMITS.longText),
  source: z.enum(NC_SOURCES, { error: 'Choose where the nonconformity was found.' }),
  sourceReference: text('Source reference', LIMITS.shortText),
  clauseId: z.enum(CLAUSE_IDS, { error: 'Choose a clause from 4.1 to 10.2.' }).nullable(),
  controlId: Id.nullable(),
  assetId: Id.nullable(),
  severity: z.enum(NC_SEVERITIES, { error: 'Choose major or minor.' }),
  raisedOn: IsoDate,
  reporterId: person,
  ownerId: person,
  correction: text('Correction', LIMITS.longText),
  containment: text('Containment of consequences', LIMITS.longText),
  /** The 5 whys: each answer is the cause of the one before it. */
  whys: z.array(requiredText('Answer', LIMITS.shortText)).max(MAX_WHYS, { error: `At most ${MAX_WHYS} whys.` }),
  fishbone: z.array(FishboneCause).max(60, { error: 'At most 60 causes on the fishbone.' }),
  rootCause: text('Root cause', LIMITS.longText),
};
const requirementRule = (v: { clauseId?: string | null; controlId?: string | null }, ctx: z.RefinementCtx) => {
  if (!v.clauseId && !v.controlId) ctx.addIssue({ code: 'custom', path: ['clauseId'], message: 'Name the requirement breached: a clause, an Annex A control, or both.' });
};
const NcBase = z.object({
  ...NcShape,
  description: NcShape.description.default(''),
  sourceReference: NcShape.sourceReference.default(''),
  clauseId: NcShape.clauseId.default(null),
  controlId: NcShape.controlId.default(null),
  assetId: NcShape.assetId.default(null),
  severity: NcShape.severity.default('minor'),
  reporterId: person.default(null),
  ownerId: person.default(null),
  correction: NcShape.correction.default(''),
  containment: NcShape.containment.default(''),
  whys: NcShape.whys.default([]),
  fishbone: NcShape.fishbone.default([]),
  rootCause: NcShape.rootCause.default(''),
});
export const NcFields = NcBase.superRefine(requirementRule);
export type NcFields = z.input<typeof NcBase>;
export const NcPatch = patchOf(NcShape).extend({ id: Id });


export const Nc = NcBase.extend({
  id: Id,
  ref: Ref,
  status: z.enum(NC_STATUSES),
  reopenCount: z.number().int(),
  closedOn: z.string().nullable(),
  closedByName: z.string(),
  closureEvidence: z.string(),
  reporterName: z.string().nullable(),
  ownerName: z.string().nullable(),
  controlLabel: z.string().nullable(),
  assetName: z.string().nullable(),
  actionCount: z.number().int(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
}).extend(Stamps.shape);
export type Nc = z.infer<typeof Nc>;

export const CorrectiveAction = z
  .object({
    id: Id,
    ref: Ref,
    ncId: Id,
    ncRef: z.string(),
    ncTitle: z.string(),
    title: z.string(),
    description: z.string(),
    ownerId: Id.nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(CA_STATUSES),
    completedOn: z.string().nullable(),
    notes: z.string(),
    overdue: z.boolean(),
  })
  .extend(Stamps.shape);
export type CorrectiveAction = z.infer<typeof CorrectiveAction>;

export const Review = z
  .object({
    id: Id,
    ncId: Id,
    plannedOn: z.string(),
    reviewerId: Id.nullable(),
    reviewerName: z.string(),
    criteria: z.string(),
    result: z.enum(REVIEW_RESULTS),
    reviewedOn: z.string().nullable(),
    notes: z.string(),
  })
  .extend(Stamps.shape);
export type Review = z.infer<typeof Review>;

export const Transition = z.object({ id: Id, fromStatus: z.enum(NC_STATUSES), toStatus: z.enum(NC_STATUSES), action: z.enum(NC_ACTIONS), on: z.string(), note: z.string(), by: z.string() });
export type Transition = z.infer<typeof Transition>;

export const Link = z.object({
  id: Id,
  ncId: Id,
  actionId: Id.nullable(),
  actionRef: z.string().nullable(),
  kind: z.enum(LINK_KINDS),
  targetId: z.string(),
  /** The target's id and title as shown ("5.15 Access control", "POL-002 Backup policy"). */
  label: z.string(),
  note: z.string(),
});
export type Link = z.infer<typeof Link>;

export const NcDetail = Nc.extend({
  actions: z.array(CorrectiveAction),
  reviews: z.array(Review),
  history: z.array(Transition),
  links: z.array(Link),
});
export type NcDetail = z.infer<typeof NcDetail>;

export const NcQuery = pageQuery(['ref', 'title', 'status', 'severity', 'raisedOn', 'source', 'updatedAt'] as const).extend({
  status: z.enum(NC_STATUSES).optional(),
  /** Only those not closed. */
  open: z.boolean().optional(),
  source: z.enum(NC_SOURCES).optional(),
});
export type NcQuery = z.input<typeof NcQuery>;

const USER_ACTIONS = NC_ACTIONS.filter((a) => !REVIEW_ACTIONS.includes(a)) as Exclude<NcAction, 'review-passed' | 'review-failed'>[];
export const NcTransitionInput = z.object({
  id: Id,
  action: z.enum(USER_ACTIONS as [string, ...string[]], { error: 'Choose a step: record-correction, analyse-cause, plan-actions, complete-actions or close. Review results are recorded with the review.' }),
  /** The day it happened; today when left out. */
  on: IsoDate.optional(),
  note: text('Note', LIMITS.shortText).default(''),
  /** Closing: who closes it and the evidence that it is closed. */
  closedById: Id.optional(),
  closureEvidence: text('Closure evidence', LIMITS.longText).optional(),
});

export const SimilarQuery = z.object({ excludeId: Id.optional(), clauseId: z.enum(CLAUSE_IDS).nullable().optional(), controlId: Id.nullable().optional(), assetId: Id.nullable().optional() });
export const SimilarNc = z.object({ id: Id, ref: z.string(), title: z.string(), status: z.enum(NC_STATUSES), raisedOn: z.string(), reasons: z.array(z.string()) });
export type SimilarNc = z.infer<typeof SimilarNc>;

// ---------- corrective actions ----------
const ActionShape = {
  ncId: Id,
  title: requiredText('Action'),
  description: text('Description', LIMITS.longText),
  ownerId: person,
  dueDate: IsoDate.nullable(),
  status: z.enum(CA_STATUSES, { error: 'Choose the action status.' }),
  completedOn: IsoDate.nullable(),
  notes: text('Notes', LIMITS.longText),
};
export const ActionFields = z.object({
  ...ActionShape,
  description: ActionShape.description.default(''),
  ownerId: person.default(null),
  dueDate: ActionShape.dueDate.default(null),
  status: ActionShape.status.default('planned'),
  completedOn: ActionShape.completedOn.default(null),
  notes: ActionShape.notes.default(''),
});
export const ActionPatch = patchOf(ActionShape).omit({ ncId: true }).extend({ id: Id });

// ---------- effectiveness reviews ----------
export const ReviewFields = z.object({
  ncId: Id,
  plannedOn: IsoDate,
  reviewerId: Id,
  criteria: requiredText('Criteria', LIMITS.longText),
});
export const ReviewPatch = z.object({ id: Id, plannedOn: IsoDate.optional(), reviewerId: Id.optional(), criteria: requiredText('Criteria', LIMITS.longText).optional() });
export const ReviewResultInput = z.object({
  id: Id,
  result: z.enum(['effective', 'not-effective'], { error: 'Say whether the actions were effective.' }),
  reviewedOn: IsoDate.optional(),
  notes: requiredText('What the review found', LIMITS.longText),
});

// ---------- links ----------
export const LinkFields = z.object({
  ncId: Id,
  /** The corrective action that changed the target; left out for links of the nonconformity itself. */
  actionId: Id.nullable().default(null),
  kind: z.enum(LINK_KINDS, { error: 'Link to a finding, control, policy, risk or metric.' }),
  targetId: Id,
  note: text('Note', LIMITS.shortText).default(''),
});

// ---------- trace ----------
export const TRACE_KINDS = ['nonconformity', 'action', 'control', 'policy', 'risk', 'improvement'] as const;
export type TraceKind = (typeof TRACE_KINDS)[number];
export const TRACE_LEVELS = ['source', 'nonconformity', 'action', 'change', 'metric'] as const;
export const TraceNode = z.object({
  /** Unique in the answer: kind + id. */
  key: z.string(),
  kind: z.enum(['finding', 'source', 'nonconformity', 'action', 'control', 'policy', 'risk', 'metric', 'improvement']),
  id: z.string().nullable(),
  ref: z.string(),
  title: z.string(),
  detail: z.string(),
  level: z.enum(TRACE_LEVELS),
  /** Whether a trace of its own can be opened from it. */
  traceable: z.boolean(),
});
export type TraceNode = z.infer<typeof TraceNode>;
export const Trace = z.object({
  focus: z.object({ kind: z.enum(TRACE_KINDS), id: Id, ref: z.string(), title: z.string() }),
  nodes: z.array(TraceNode),
  edges: z.array(z.object({ from: z.string(), to: z.string() })),
});
export type Trace = z.infer<typeof Trace>;

// ---------- 10.1 improvement register ----------
const OpportunityShape = {
  title: requiredText('Title'),
  description: text('Description', LIMITS.longText),
  source: z.enum(IMPROVEMENT_SOURCES, { error: 'Choose where the opportunity came from.' }),
  sourceReference: text('Source reference', LIMITS.shortText),
  benefit: score('Benefit').nullable(),
  effort: score('Effort').nullable(),
  status: z.enum(IMPROVEMENT_STATUSES, { error: 'Choose the status.' }),
  decision: text('Decision', LIMITS.longText),
  decidedOn: IsoDate.nullable(),
  ownerId: person,
  dueDate: IsoDate.nullable(),
  implementedOn: IsoDate.nullable(),
  ncId: Id.nullable(),
  /** 6.1.1: the 4.1 issues and 4.2 requirements the opportunity comes from. */
  issueIds: z.array(Id).max(200),
  requirementIds: z.array(Id).max(200),
};
const OpportunityBase = z.object({
  ...OpportunityShape,
  description: OpportunityShape.description.default(''),
  sourceReference: OpportunityShape.sourceReference.default(''),
  benefit: OpportunityShape.benefit.default(null),
  effort: OpportunityShape.effort.default(null),
  status: OpportunityShape.status.default('proposed'),
  decision: OpportunityShape.decision.default(''),
  decidedOn: OpportunityShape.decidedOn.default(null),
  ownerId: person.default(null),
  dueDate: OpportunityShape.dueDate.default(null),
  implementedOn: OpportunityShape.implementedOn.default(null),
  ncId: OpportunityShape.ncId.default(null),
  issueIds: OpportunityShape.issueIds.default([]),
  requirementIds: OpportunityShape.requirementIds.default([]),
});
/** Each status needs what came before it: an evaluation, then a decision, then the day it was done. */
const opportunityRules = (v: z.output<typeof OpportunityBase>, ctx: z.RefinementCtx) => {
  const stage = IMPROVEMENT_STATUSES.indexOf(v.status);
  if (stage >= 1 && v.benefit === null) ctx.addIssue({ code: 'custom', path: ['benefit'], message: 'Score the benefit before the opportunity counts as evaluated.' });
  if (stage >= 1 && v.effort === null) ctx.addIssue({ code: 'custom', path: ['effort'], message: 'Score the effort before the opportunity counts as evaluated.' });
  if (stage >= 2 && !v.decision.trim()) ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Record the decision and why.' });
  if (stage >= 2 && !v.decidedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'Give the day of the decision.' });
  if (v.status === 'implemented' && !v.implementedOn) ctx.addIssue({ code: 'custom', path: ['implementedOn'], message: 'Give the day it was implemented.' });
  if (v.implementedOn && v.status !== 'implemented') ctx.addIssue({ code: 'custom', path: ['implementedOn'], message: 'Only an implemented improvement has an implementation date.' });
  if (v.source === 'planning' && v.issueIds.length + v.requirementIds.length === 0) ctx.addIssue({ code: 'custom', path: ['issueIds'], message: 'Say which 4.1 issues or 4.2 requirements this opportunity comes from.' });
};
export const OpportunityFields = OpportunityBase.superRefine(opportunityRules);
export const OpportunityCheck = OpportunityFields;
export const OpportunityPatch = patchOf(OpportunityShape).extend({ id: Id });
const SourceLink = z.object({ id: Id, ref: z.string(), label: z.string() });
export const Opportunity = OpportunityBase.extend({ id: Id, ref: Ref, ownerName: z.string().nullable(), ncRef: z.string().nullable(), priority: z.number().int().nullable(), overdue: z.boolean(), issues: z.array(SourceLink), requirements: z.array(SourceLink) }).extend(Stamps.shape);
export type Opportunity = z.infer<typeof Opportunity>;
export type OpportunityFields = z.input<typeof OpportunityBase>;
export const OpportunityQuery = pageQuery(['ref', 'title', 'status', 'priority', 'dueDate', 'updatedAt'] as const).extend({ status: z.enum(IMPROVEMENT_STATUSES).optional(), source: z.enum(IMPROVEMENT_SOURCES).optional() });

/** Worth doing first: high benefit for little effort (benefit x (6 - effort), 1 ... 25); derived, never stored. */
export const priorityOf = (benefit: number | null, effort: number | null) => (benefit === null || effort === null ? null : benefit * (6 - effort));

const NC_RULES = [
  { path: 'clauseId', text: 'A nonconformity names the requirement breached: a clause, an Annex A control, or both.' },
  { path: 'raisedOn', text: 'The day it was raised cannot be in the future.' },
];
const OPPORTUNITY_RULES = [
  { path: 'benefit', text: 'An opportunity counts as evaluated (or later) only with benefit and effort scored.' },
  { path: 'decision', text: 'An approved, rejected or implemented opportunity records the decision and its day; an implemented one the day it was done.' },
  { path: 'issueIds', text: 'An opportunity from 6.1.1 planning cites at least one 4.1 issue or 4.2 requirement.' },
];

export const improvementContract = {
  'improvement.ncList': query({ doc: 'Page through the nonconformities (10.2), with search, filter and sort.', input: NcQuery, output: page(Nc) }),
  'improvement.ncGet': query({ doc: 'One nonconformity with its actions, effectiveness reviews, history and links.', input: IdInput, output: NcDetail }),
  'improvement.ncCreate': method({ doc: 'Record a nonconformity: source, requirement breached, severity, date, reporter.', input: NcFields, output: NcDetail, rules: NC_RULES }),
  'improvement.ncUpdate': method({ doc: `Change a nonconformity that is not closed (a closed one is refused with CONFLICT). ${PARTIAL}`, input: NcPatch, output: NcDetail, rules: NC_RULES }),
  'improvement.ncDelete': method({ doc: `Delete a nonconformity with its actions, reviews, history and links. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'improvement.ncTransition': method({
    doc: 'Move a nonconformity one step on: record-correction, analyse-cause, plan-actions, complete-actions, close. Only the next step of the life cycle is allowed (open -> correction done -> cause analysed -> actions planned -> actions done -> effectiveness verified -> closed); others are refused with CONFLICT. Each step needs its part of the record (VALIDATION naming it): a correction, a why and a root cause, actions each with an owner and a due date, every action done, and for closing closedById with closureEvidence. Review results are recorded with improvement.reviewRecord.',
    input: NcTransitionInput,
    output: NcDetail,
    rules: [{ path: 'on', text: 'A step is dated neither in the future nor before the nonconformity was raised.' }],
  }),
  'improvement.ncSimilar': query({ doc: 'Other nonconformities on the same clause, control or asset (10.2 b: do similar ones exist?).', input: SimilarQuery, output: z.array(SimilarNc) }),
  'improvement.actionList': query({ doc: 'Corrective actions, of one nonconformity or of all, by due date.', input: z.object({ ncId: Id.optional() }), output: z.array(CorrectiveAction) }),
  'improvement.actionCreate': method({ doc: 'Add a corrective action to a nonconformity whose actions are not yet done.', input: ActionFields, output: CorrectiveAction }),
  'improvement.actionUpdate': method({ doc: `Change a corrective action. ${PARTIAL}`, input: ActionPatch, output: CorrectiveAction }),
  'improvement.actionDelete': method({ doc: `Delete a corrective action. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'improvement.reviewCreate': method({ doc: 'Plan an effectiveness review: date, reviewer, criteria.', input: ReviewFields, output: Review }),
  'improvement.reviewUpdate': method({ doc: `Change a pending review. ${PARTIAL}`, input: ReviewPatch, output: Review }),
  'improvement.reviewRecord': method({
    doc: 'Record the result of an effectiveness review once the actions are done: effective moves the nonconformity to "effectiveness verified"; not effective reopens it at "cause analysed".',
    input: ReviewResultInput,
    output: NcDetail,
  }),
  'improvement.reviewDelete': method({ doc: 'Delete a review that has no result yet.', input: IdInput, output: Ok }),
  'improvement.linkCreate': method({ doc: 'Link a nonconformity, or one of its actions, to the finding it came from, a control, policy or risk it changed, or a metric that watches it.', input: LinkFields, output: Link }),
  'improvement.linkDelete': method({ doc: 'Remove a link.', input: IdInput, output: Ok }),
  'improvement.trace': query({ doc: 'The chain around one record: finding -> nonconformity -> corrective action -> changed control, policy or risk -> metric, both ways.', input: z.object({ kind: z.enum(TRACE_KINDS), id: Id }), output: Trace }),
  'improvement.opportunityList': query({ doc: 'Page through the improvement register (10.1).', input: OpportunityQuery, output: page(Opportunity) }),
  'improvement.opportunityGet': query({ doc: 'One improvement opportunity.', input: IdInput, output: Opportunity }),
  'improvement.opportunityCreate': method({ doc: 'Record an opportunity for improvement.', input: OpportunityFields, output: Opportunity, rules: OPPORTUNITY_RULES }),
  'improvement.opportunityUpdate': method({ doc: `Evaluate, decide or complete an opportunity; only an approved one can become implemented (CONFLICT otherwise). ${PARTIAL}`, input: OpportunityPatch, output: Opportunity, rules: OPPORTUNITY_RULES }),
  'improvement.opportunityDelete': method({ doc: 'Delete an opportunity.', input: DeleteInput, output: Ok }),
};
