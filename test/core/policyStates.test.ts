import { describe, expect, it } from 'vitest';
import {
  isEditable,
  isImmutable,
  nextStatus,
  TRANSITIONS,
  transitionProblem,
  userActions,
  VERSION_ACTIONS,
  VERSION_STATUSES,
  type VersionAction,
  type VersionStatus,
} from '../../shared/policyStates';

/** The whole table, spelled out: every (status, action) pair and where it leads, or null when refused. */
const EXPECTED: Record<VersionStatus, Record<VersionAction, VersionStatus | null>> = {
  draft: { submit: 'in-review', return: null, approve: null, publish: null, supersede: null },
  'in-review': { submit: null, return: 'draft', approve: 'approved', publish: null, supersede: null },
  approved: { submit: null, return: null, approve: null, publish: 'published', supersede: 'superseded' },
  published: { submit: null, return: null, approve: null, publish: null, supersede: 'superseded' },
  superseded: { submit: null, return: null, approve: null, publish: null, supersede: null },
};

describe('policy version state machine', () => {
  const pairs = VERSION_STATUSES.flatMap((s) => VERSION_ACTIONS.map((a) => [s, a] as const));

  it('covers all 25 pairs', () => expect(pairs).toHaveLength(25));

  it.each(pairs)('%s + %s', (status, action) => {
    const expected = EXPECTED[status][action];
    expect(nextStatus(status, action)).toBe(expected);
    const problem = transitionProblem(status, action, '1.3');
    if (expected) expect(problem).toBeNull();
    else expect(problem).toMatch(/^Version 1\.3 is [a-z ]+\. Only /);
  });

  it('nothing leads back out of superseded, and nothing leads to draft except returning a version in review', () => {
    expect(Object.keys(TRANSITIONS.superseded)).toEqual([]);
    const intoDraft = pairs.filter(([s, a]) => nextStatus(s, a) === 'draft');
    expect(intoDraft).toEqual([['in-review', 'return']]);
  });

  it('the refusal says what the version is and what the action needs', () => {
    expect(transitionProblem('published', 'approve', '2.0')).toBe('Version 2.0 is published. Only a version in review can be approved.');
    expect(transitionProblem('draft', 'publish', '1.0')).toBe('Version 1.0 is draft. Only an approved version can be published.');
    expect(transitionProblem('superseded', 'supersede', '1.0')).toBe('Version 1.0 is superseded. Only an approved or published version can be superseded.');
  });

  it('only drafts are editable; published and superseded are immutable', () => {
    expect(VERSION_STATUSES.filter(isEditable)).toEqual(['draft']);
    expect(VERSION_STATUSES.filter(isImmutable)).toEqual(['published', 'superseded']);
  });

  it('people are offered every allowed action except supersede, which only publishing does', () => {
    expect(Object.fromEntries(VERSION_STATUSES.map((s) => [s, userActions(s)]))).toEqual({
      draft: ['submit'],
      'in-review': ['return', 'approve'],
      approved: ['publish'],
      published: [],
      superseded: [],
    });
  });
});
