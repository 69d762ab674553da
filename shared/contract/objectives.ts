import { z } from 'zod';
import { method, query } from './define';
import { RAG } from '../metrics/status';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps } from './common';

/** 6.2 objectives and 6.3 planned changes (issue 12). The SMART rules are in shared/objectives.ts. */

export const OBJECTIVE_STATUSES = ['not-started', 'on-track', 'at-risk', 'achieved', 'not-achieved', 'cancelled'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];
export const OBJECTIVE_STATUS_LABEL: Record<ObjectiveStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  achieved: 'Achieved',
  'not-achieved': 'Not achieved',
  cancelled: 'Cancelled',
};
/** Statuses after which an objective is no longer followed up. */
export const CLOSED_OBJECTIVE_STATUSES: readonly ObjectiveStatus[] = ['achieved', 'not-achieved', 'cancelled'];

const Amount = z.number({ error: 'Must be a number.' }).finite({ error: 'Must be a finite number.' }).min(-1e12).max(1e12);

export const ObjectiveFields = z.object({
  title: requiredText('Objective'),
  description: optionalText('What will be done', LIMITS.longText),
  policyId: Id.nullable().default(null),
  ownerId: Id.nullable().default(null),
  dueDate: IsoDate.nullable().default(null),
  resources: optionalText('Resources', LIMITS.shortText * 4),
  evaluation: optionalText('How results are evaluated', LIMITS.shortText * 4),
  targetValue: Amount.nullable().default(null),
  targetUnit: optionalText('Unit', 50),
  achievability: optionalText('Why it can be reached', LIMITS.shortText * 4),
  riskIds: z.array(Id).max(200, { error: 'At most 200 risks.' }).default([]),
  /** The 9.1 metric that measures the objective; with one, its latest value is the objective's measured value. */
  metricId: Id.nullable().default(null),
});
export type ObjectiveInput = z.input<typeof ObjectiveFields>;

export const SmartResult = z.object({ letter: z.enum(['S', 'M', 'A', 'R', 'T']), word: z.string(), met: z.boolean(), missing: z.array(z.string()) });

export const ProgressEntry = z.object({
  id: Id,
  recordedOn: z.string(),
  status: z.enum(OBJECTIVE_STATUSES),
  progress: z.number().int(),
  currentValue: z.number().nullable(),
  note: z.string(),
  createdBy: z.string(),
});
export type ProgressEntry = z.infer<typeof ProgressEntry>;

export const LinkedRisk = z.object({ id: Id, ref: Ref, title: z.string() });
/** The 9.1 metric an objective is measured by, with its latest value and status (green, amber, red). */
export const LinkedMetric = z.object({
  id: Id,
  ref: Ref,
  title: z.string(),
  unit: z.string(),
  latest: z.object({ period: z.string(), value: z.number(), status: z.enum(RAG) }).nullable(),
});
export type LinkedMetric = z.infer<typeof LinkedMetric>;

export const Objective = ObjectiveFields.extend({
  id: Id,
  ref: Ref,
  status: z.enum(OBJECTIVE_STATUSES),
  progress: z.number().int().min(0).max(100),
  currentValue: z.number().nullable(),
  ownerName: z.string().nullable(),
  policyTitle: z.string().nullable(),
  risks: z.array(LinkedRisk),
  metric: LinkedMetric.nullable(),
  /** 7.1 resource lines serving it, and their total amount by unit ("12000 EUR"). */
  resourceLines: z.number().int(),
  smart: z.array(SmartResult),
  history: z.array(ProgressEntry),
}).extend(Stamps.shape);
export type Objective = z.infer<typeof Objective>;

export const ProgressInput = z.object({
  objectiveId: Id,
  status: z.enum(OBJECTIVE_STATUSES, { error: 'Choose a status.' }),
  progress: z.number({ error: 'Progress must be a number.' }).int({ error: 'Progress is a whole percentage.' }).min(0, { error: 'Progress is 0 to 100.' }).max(100, { error: 'Progress is 0 to 100.' }),
  currentValue: Amount.nullable().default(null),
  note: optionalText('Note', LIMITS.shortText * 4),
  /** Left out: today. */
  recordedOn: IsoDate.optional(),
});
export type ProgressInput = z.input<typeof ProgressInput>;

/* 6.3 planned changes */

export const CHANGE_DECISIONS = ['proposed', 'approved', 'rejected'] as const;
export type ChangeDecision = (typeof CHANGE_DECISIONS)[number];
export const CHANGE_STATUS_LABEL: Record<ChangeDecision | 'done', string> = { proposed: 'Proposed', approved: 'Approved', rejected: 'Rejected', done: 'Carried out' };

export const ChangeFields = z.object({
  title: requiredText('What changes'),
  rationale: optionalText('Why', LIMITS.shortText * 4),
  impact: optionalText('Impact', LIMITS.shortText * 4),
  resources: optionalText('Resources', LIMITS.shortText * 4),
  ownerId: Id.nullable().default(null),
  plannedOn: IsoDate.nullable().default(null),
  completedOn: IsoDate.nullable().default(null),
});
export type ChangeInput = z.input<typeof ChangeFields>;

export const IsmsChange = ChangeFields.extend({
  id: Id,
  ref: Ref,
  decision: z.enum(CHANGE_DECISIONS),
  /** proposed, approved or rejected; done once an approved change has its completion date. */
  status: z.enum([...CHANGE_DECISIONS, 'done']),
  ownerName: z.string().nullable(),
  approverId: z.string().nullable(),
  approverName: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionNote: z.string(),
  approverReason: z.string(),
}).extend(Stamps.shape);
export type IsmsChange = z.infer<typeof IsmsChange>;

export const ChangeDecideInput = z.object({
  id: Id,
  decision: z.enum(['approved', 'rejected'], { error: 'Choose approved or rejected.' }),
  approverId: Id,
  /** Left out: today. */
  approvedOn: IsoDate.optional(),
  /** Why someone without an approving role decides (the same rule as document approvals). */
  reason: z.string().trim().max(LIMITS.shortText).optional(),
  note: optionalText('Decision note', LIMITS.shortText * 2),
});

const ObjectiveUpdate = patchOf(ObjectiveFields.shape).extend({ id: Id });
const ChangeUpdate = patchOf(ChangeFields.shape).extend({ id: Id });

export const objectivesContract = {
  'objectives.list': query({ doc: 'Every 6.2 objective with its SMART check, links, progress history and resource lines, by id.', input: Empty, output: z.array(Objective) }),
  'objectives.get': query({ doc: 'One objective.', input: IdInput, output: Objective }),
  'objectives.create': method({
    doc: 'Add an objective: what will be done, resources, who is responsible, due date, how results are evaluated, a target value and unit, and links to the policy and risks.',
    input: ObjectiveFields,
    output: Objective,
  }),
  'objectives.update': method({ doc: `Change an objective’s plan or links. Status and progress change through objectives.progressRecord. ${PARTIAL}`, input: ObjectiveUpdate, output: Objective }),
  'objectives.delete': method({ doc: `Delete an objective with its progress history; its resource lines stay, unlinked. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'objectives.progressRecord': method({
    doc: 'Record where an objective stands: status, progress in per cent, the measured value and a note, dated (today when left out). Each entry is kept as its status history.',
    input: ProgressInput,
    output: Objective,
    rules: [
      { path: 'recordedOn', text: 'Not in the future, and not before the latest entry.' },
      { path: 'progress', text: 'An objective marked achieved is at 100 %.' },
    ],
  }),
  'objectives.changeList': query({ doc: 'The 6.3 log of planned changes to the ISMS, newest first.', input: Empty, output: z.array(IsmsChange) }),
  'objectives.changeCreate': method({ doc: 'Propose a change to the ISMS: what, why, its impact, the resources it needs, owner and planned date.', input: ChangeFields, output: IsmsChange, rules: [{ path: 'completedOn', text: 'A change is carried out only after it was approved.' }] }),
  'objectives.changeUpdate': method({ doc: `Change a planned change, or record when it was carried out. ${PARTIAL}`, input: ChangeUpdate, output: IsmsChange, rules: [{ path: 'completedOn', text: 'A change is carried out only after it was approved, and not in the future.' }] }),
  'objectives.changeDecide': method({
    doc: 'Approve or reject a proposed change: who decided and when (today when left out), with a note. Someone without an approving role needs a reason.',
    input: ChangeDecideInput,
    output: IsmsChange,
    rules: [
      { path: 'approvedOn', text: 'Not in the future, and not before the change was proposed.' },
      { path: 'reason', text: 'Needed when the person holds no role that may approve.' },
    ],
  }),
  'objectives.changeDelete': method({ doc: `Delete a planned change. ${REFERENCES}`, input: DeleteInput, output: Ok }),
};
