/**
 * 7.2 competence: the gap between what a role needs and what a person can do, computed in one pure
 * place so the skills audit, the gap views, the exports and the tests agree. Levels run 1-5; a
 * skill never assessed counts as level 0.
 */
export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;

/** What each level means, written for this workbench. */
export const LEVEL_LABEL: Record<number, string> = {
  0: 'None',
  1: 'Aware',
  2: 'Basic',
  3: 'Practised',
  4: 'Advanced',
  5: 'Expert',
};

export interface Requirement {
  skillId: string;
  skillName: string;
  requiredLevel: number;
}

export interface Gap {
  skillId: string;
  skillName: string;
  required: number;
  /** The person's level, 0 when never assessed. */
  actual: number;
  /** Levels still missing (required - actual), at least 1. */
  missing: number;
}

/** The skills where the person is below the required level, in the order of the requirements. */
export function gapsFor(requirements: readonly Requirement[], levels: ReadonlyMap<string, number>): Gap[] {
  return requirements.flatMap((r) => {
    const actual = levels.get(r.skillId) ?? 0;
    return actual >= r.requiredLevel ? [] : [{ skillId: r.skillId, skillName: r.skillName, required: r.requiredLevel, actual, missing: r.requiredLevel - actual }];
  });
}

/**
 * Several roles may need the same skill at different levels: a person holding them all needs the
 * highest of those levels.
 */
export function mergeRequirements(lists: ReadonlyArray<readonly Requirement[]>): Requirement[] {
  const bySkill = new Map<string, Requirement>();
  for (const r of lists.flat()) {
    const known = bySkill.get(r.skillId);
    if (!known || known.requiredLevel < r.requiredLevel) bySkill.set(r.skillId, { ...r });
  }
  return [...bySkill.values()];
}

export interface GapProgress {
  /** Gaps found before that are closed now. */
  closed: Gap[];
  /** Gaps found before that are still open (with the level now). */
  remaining: Gap[];
  /** Gaps that were not there before (a requirement added or raised since). */
  added: Gap[];
}

/** After training: which of the earlier gaps are closed, which remain, and which are new. */
export function gapProgress(before: readonly Gap[], now: readonly Gap[]): GapProgress {
  const nowBySkill = new Map(now.map((g) => [g.skillId, g]));
  const beforeIds = new Set(before.map((g) => g.skillId));
  return {
    closed: before.filter((g) => !nowBySkill.has(g.skillId)),
    remaining: before.flatMap((g) => (nowBySkill.has(g.skillId) ? [nowBySkill.get(g.skillId)!] : [])),
    added: now.filter((g) => !beforeIds.has(g.skillId)),
  };
}

export const AUDIT_KINDS = ['pre-appointment', 'post-appointment'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_RESULTS = ['fit', 'gaps', 'gaps-closed', 'gaps-remain'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export const AUDIT_KIND_LABEL: Record<AuditKind, string> = { 'pre-appointment': 'Before appointment', 'post-appointment': 'After appointment' };
export const AUDIT_RESULT_LABEL: Record<AuditResult, string> = {
  fit: 'Fit for the role',
  gaps: 'Gaps found',
  'gaps-closed': 'Gaps closed',
  'gaps-remain': 'Gaps remain',
};

/** The result of an audit follows from its gaps: before appointment fit or not; after, closed or not. */
export function auditResult(kind: AuditKind, gaps: readonly Gap[]): AuditResult {
  if (kind === 'pre-appointment') return gaps.length ? 'gaps' : 'fit';
  return gaps.length ? 'gaps-remain' : 'gaps-closed';
}

/** Summary line of a gap: "Risk assessment 1 of 3". */
export const gapText = (g: Gap) => `${g.skillName}: level ${g.actual} of ${g.required} needed`;
