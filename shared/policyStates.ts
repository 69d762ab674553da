/**
 * The life of a policy version, as one transition table (issue #4): draft -> in review -> approved
 * -> published -> superseded. Pure, so the service enforces it and the renderer offers only what
 * it allows. Published and superseded versions never change again.
 */
export const VERSION_STATUSES = ['draft', 'in-review', 'approved', 'published', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_ACTIONS = ['submit', 'return', 'approve', 'publish', 'supersede'] as const;
export type VersionAction = (typeof VERSION_ACTIONS)[number];

export const TRANSITIONS: Readonly<Record<VersionStatus, Readonly<Partial<Record<VersionAction, VersionStatus>>>>> = {
  draft: { submit: 'in-review' },
  'in-review': { return: 'draft', approve: 'approved' },
  // An approved version that was never published is superseded when a newer one is published.
  approved: { publish: 'published', supersede: 'superseded' },
  published: { supersede: 'superseded' },
  superseded: {},
};

export const STATUS_LABEL: Record<VersionStatus, string> = {
  draft: 'draft',
  'in-review': 'in review',
  approved: 'approved',
  published: 'published',
  superseded: 'superseded',
};

/** What each action needs, said plainly when the table refuses it. */
const RULE: Record<VersionAction, string> = {
  submit: 'Only a draft can be sent for review.',
  return: 'Only a version in review can be returned to draft.',
  approve: 'Only a version in review can be approved.',
  publish: 'Only an approved version can be published.',
  supersede: 'Only an approved or published version can be superseded.',
};

export function nextStatus(from: VersionStatus, action: VersionAction): VersionStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

/** Why a transition is refused, or null when the table allows it. */
export function transitionProblem(from: VersionStatus, action: VersionAction, version: string): string | null {
  return nextStatus(from, action) ? null : `Version ${version} is ${STATUS_LABEL[from]}. ${RULE[action]}`;
}

/** Only a draft's text may change; everything later is a record of what was reviewed or issued. */
export const isEditable = (status: VersionStatus) => status === 'draft';
export const isImmutable = (status: VersionStatus) => status === 'published' || status === 'superseded';

/** The actions a person may take (superseding happens only by publishing a newer version). */
export function userActions(status: VersionStatus): VersionAction[] {
  return (Object.keys(TRANSITIONS[status]) as VersionAction[]).filter((a) => a !== 'supersede');
}

export const versionLabel = (major: number, minor: number) => `${major}.${minor}`;
