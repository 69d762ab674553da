/**
 * The life of a nonconformity (10.2, issue 15), as one transition table like shared/policyStates.ts:
 * open -> correction done -> cause analysed -> actions planned -> actions done -> effectiveness
 * verified -> closed. A failed effectiveness review sends it back to "cause analysed" (reopened):
 * the cause was not removed, so the analysis and the plan are looked at again. Pure, so the service
 * enforces it and the renderer offers only what it allows; what else each step needs (a correction,
 * a root cause, owned and dated actions...) is checked by the service on the record.
 */
export const NC_STATUSES = ['open', 'correction-done', 'cause-analysed', 'actions-planned', 'actions-done', 'effectiveness-verified', 'closed'] as const;
export type NcStatus = (typeof NC_STATUSES)[number];

export const NC_ACTIONS = ['record-correction', 'analyse-cause', 'plan-actions', 'complete-actions', 'review-passed', 'review-failed', 'close'] as const;
export type NcAction = (typeof NC_ACTIONS)[number];

export const NC_TRANSITIONS: Readonly<Record<NcStatus, Readonly<Partial<Record<NcAction, NcStatus>>>>> = {
  open: { 'record-correction': 'correction-done' },
  'correction-done': { 'analyse-cause': 'cause-analysed' },
  'cause-analysed': { 'plan-actions': 'actions-planned' },
  'actions-planned': { 'complete-actions': 'actions-done' },
  'actions-done': { 'review-passed': 'effectiveness-verified', 'review-failed': 'cause-analysed' },
  'effectiveness-verified': { close: 'closed' },
  closed: {},
};

export const NC_STATUS_LABEL: Record<NcStatus, string> = {
  open: 'Open',
  'correction-done': 'Correction done',
  'cause-analysed': 'Cause analysed',
  'actions-planned': 'Actions planned',
  'actions-done': 'Actions done',
  'effectiveness-verified': 'Effectiveness verified',
  closed: 'Closed',
};

export const NC_ACTION_LABEL: Record<NcAction, string> = {
  'record-correction': 'Correction done',
  'analyse-cause': 'Cause analysed',
  'plan-actions': 'Actions planned',
  'complete-actions': 'Actions done',
  'review-passed': 'Effectiveness review passed',
  'review-failed': 'Effectiveness review failed (reopened)',
  close: 'Closed',
};

/** What each action needs, said plainly when the table refuses it. */
const RULE: Record<NcAction, string> = {
  'record-correction': 'The correction is recorded on an open nonconformity.',
  'analyse-cause': 'The cause is analysed once the correction is done.',
  'plan-actions': 'Corrective actions are planned once the cause is analysed.',
  'complete-actions': 'Actions can be marked done only once they are planned.',
  'review-passed': 'Effectiveness is reviewed once the actions are done.',
  'review-failed': 'Effectiveness is reviewed once the actions are done.',
  close: 'Only a nonconformity whose effectiveness review passed can be closed.',
};

export function nextNcStatus(from: NcStatus, action: NcAction): NcStatus | null {
  return NC_TRANSITIONS[from][action] ?? null;
}

/** Why a transition is refused by the table, or null when the table allows it. */
export function ncTransitionProblem(from: NcStatus, action: NcAction): string | null {
  return nextNcStatus(from, action) ? null : `The nonconformity is "${NC_STATUS_LABEL[from].toLowerCase()}". ${RULE[action]}`;
}

/** The actions a person takes with the transition method; review results are recorded with the review. */
export const REVIEW_ACTIONS: readonly NcAction[] = ['review-passed', 'review-failed'];
export function ncUserActions(status: NcStatus): NcAction[] {
  return (Object.keys(NC_TRANSITIONS[status]) as NcAction[]).filter((a) => !REVIEW_ACTIONS.includes(a));
}

/** Position in the life cycle (0 = open ... 6 = closed), for "has it got this far?". */
export const ncStage = (s: NcStatus) => NC_STATUSES.indexOf(s);

/** Corrective actions may be added, changed or removed until they are all done. */
export const actionsEditable = (s: NcStatus) => ncStage(s) <= ncStage('actions-planned');
