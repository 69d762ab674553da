import { CLAUSES } from '../../../shared/clauses';
import { EXTERNAL_CATEGORIES } from '../../../shared/contract/context';
import type { ClauseReadiness, DueItem, ReadinessSummary } from '../../../shared/contract/readiness';
import type { Workspace } from '../db/open';
import { allIssues } from '../services/context';

/**
 * The one place that says how complete each clause is. Each rule looks at workspace data only and
 * returns criteria; the percentage is the share of criteria met. A clause without rules yet is
 * reported as unavailable at 0 %, never with an invented figure.
 */
export interface Criterion {
  label: string;
  met: boolean;
  detail?: string;
}

export interface Facts {
  today: string;
  issues: ReturnType<typeof allIssues>;
}

/** How far ahead "due soon" looks. */
export const DUE_WINDOW_DAYS = 30;

export function gatherFacts(ws: Workspace, today: Date): Facts {
  return { today: isoDay(today), issues: allIssues(ws) };
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const MIN_PESTLE_HEADINGS = 3;

export function contextCriteria(f: Facts): Criterion[] {
  const external = f.issues.filter((i) => i.kind === 'external');
  const internal = f.issues.filter((i) => i.kind === 'internal');
  const headings = new Set(external.map((i) => i.category));
  const withoutEffect = f.issues.filter((i) => !i.effect.trim());
  const withoutReview = f.issues.filter((i) => !i.reviewDate);
  const overdue = f.issues.filter((i) => i.reviewDate !== null && i.reviewDate < f.today);
  return [
    { label: 'At least one external issue recorded', met: external.length > 0, detail: plural(external.length, 'external issue') },
    { label: 'At least one internal issue recorded', met: internal.length > 0, detail: plural(internal.length, 'internal issue') },
    {
      label: `External issues considered under at least ${MIN_PESTLE_HEADINGS} PESTLE headings`,
      met: headings.size >= MIN_PESTLE_HEADINGS,
      detail: `${headings.size} of ${EXTERNAL_CATEGORIES.length} headings used`,
    },
    {
      label: 'Every issue says how it affects the ISMS',
      met: f.issues.length > 0 && withoutEffect.length === 0,
      detail: withoutEffect.length ? `${plural(withoutEffect.length, 'issue')} without an effect` : undefined,
    },
    {
      label: 'Every issue has a review date and none is overdue',
      met: f.issues.length > 0 && withoutReview.length === 0 && overdue.length === 0,
      detail:
        [withoutReview.length ? `${plural(withoutReview.length, 'issue')} without a review date` : '', overdue.length ? `${overdue.length} overdue` : '']
          .filter(Boolean)
          .join(', ') || undefined,
    },
  ];
}

const RULES: Partial<Record<string, (f: Facts) => Criterion[]>> = {
  '4.1': contextCriteria,
};

export function percentOf(criteria: Criterion[]): number {
  if (criteria.length === 0) return 0;
  return Math.round((100 * criteria.filter((c) => c.met).length) / criteria.length);
}

export function clauseReadiness(f: Facts): ClauseReadiness[] {
  return CLAUSES.map((clause) => {
    const rule = RULES[clause.id];
    const criteria = rule ? rule(f) : [];
    const percent = percentOf(criteria);
    return {
      id: clause.id,
      title: clause.title,
      group: clause.group,
      available: rule !== undefined && clause.route !== undefined,
      percent,
      status: percent === 100 ? 'done' : percent === 0 ? 'not-started' : 'in-progress',
      criteria,
    };
  });
}

export function dueItems(f: Facts): DueItem[] {
  const horizon = addDays(f.today, DUE_WINDOW_DAYS);
  return f.issues
    .filter((i): i is typeof i & { reviewDate: string } => i.reviewDate !== null && i.reviewDate <= horizon)
    .map((i) => ({
      clauseId: '4.1',
      text: `Review the issue "${i.title}"`,
      date: i.reviewDate,
      overdue: i.reviewDate < f.today,
      route: '/clause/4.1',
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function readinessSummary(ws: Workspace, today: Date): ReadinessSummary {
  const facts = gatherFacts(ws, today);
  const clauses = clauseReadiness(facts);
  const available = clauses.filter((c) => c.available);
  const overall = available.length ? Math.round(available.reduce((sum, c) => sum + c.percent, 0) / available.length) : 0;
  const next = available
    .filter((c) => c.status !== 'done')
    .map((c) => {
      const first = c.criteria.find((k) => !k.met);
      return { clauseId: c.id, text: first ? first.label : `Complete ${c.id}`, route: CLAUSES.find((k) => k.id === c.id)?.route ?? '/' };
    });
  return { clauses, overall, next, due: dueItems(facts) };
}
