import { and, asc, isNotNull, lte, sql } from 'drizzle-orm';
import { EXTERNAL_CATEGORIES } from '../../../shared/contract/context';
import type { Workspace } from '../db/open';
import { contextIssues } from '../db/schema';
import { plural, type Criterion, type ReadinessArea } from './types';

export const MIN_PESTLE_HEADINGS = 3;

export interface ContextCounts {
  external: number;
  internal: number;
  externalHeadings: number;
  withoutEffect: number;
  withoutReview: number;
  overdue: number;
}

/** One aggregate query: readiness stays fast however long the register grows. */
export function contextCounts(ws: Workspace, today: string): ContextCounts {
  const i = contextIssues;
  const row = ws.db
    .select({
      external: sql<number>`coalesce(sum(${i.kind} = 'external'), 0)`,
      internal: sql<number>`coalesce(sum(${i.kind} = 'internal'), 0)`,
      externalHeadings: sql<number>`count(distinct case when ${i.kind} = 'external' then ${i.category} end)`,
      withoutEffect: sql<number>`coalesce(sum(trim(${i.effect}) = ''), 0)`,
      withoutReview: sql<number>`coalesce(sum(${i.reviewDate} is null), 0)`,
      overdue: sql<number>`coalesce(sum(${i.reviewDate} < ${today}), 0)`,
    })
    .from(i)
    .get();
  return row ?? { external: 0, internal: 0, externalHeadings: 0, withoutEffect: 0, withoutReview: 0, overdue: 0 };
}

/** 4.1 is done when both sides are considered, effects are written and reviews are current. */
export function contextCriteria(c: ContextCounts): Criterion[] {
  const any = c.external + c.internal > 0;
  return [
    { label: 'At least one external issue recorded', met: c.external > 0, detail: plural(c.external, 'external issue') },
    { label: 'At least one internal issue recorded', met: c.internal > 0, detail: plural(c.internal, 'internal issue') },
    {
      label: `External issues considered under at least ${MIN_PESTLE_HEADINGS} PESTLE headings`,
      met: c.externalHeadings >= MIN_PESTLE_HEADINGS,
      detail: `${c.externalHeadings} of ${EXTERNAL_CATEGORIES.length} headings used`,
    },
    {
      label: 'Every issue says how it affects the ISMS',
      met: any && c.withoutEffect === 0,
      detail: c.withoutEffect ? `${plural(c.withoutEffect, 'issue')} without an effect` : undefined,
    },
    {
      label: 'Every issue has a review date and none is overdue',
      met: any && c.withoutReview === 0 && c.overdue === 0,
      detail:
        [c.withoutReview ? `${plural(c.withoutReview, 'issue')} without a review date` : '', c.overdue ? `${c.overdue} overdue` : '']
          .filter(Boolean)
          .join(', ') || undefined,
    },
  ];
}

export const contextReadiness: ReadinessArea = {
  criteria: { '4.1': (ws, today) => contextCriteria(contextCounts(ws, today)) },
  due: (ws, today, horizon) =>
    ws.db
      .select({ title: contextIssues.title, reviewDate: contextIssues.reviewDate })
      .from(contextIssues)
      .where(and(isNotNull(contextIssues.reviewDate), lte(contextIssues.reviewDate, horizon)))
      .orderBy(asc(contextIssues.reviewDate))
      .limit(200) // a dashboard list, not a report
      .all()
      .map((i) => ({ clauseId: '4.1', text: `Review the issue "${i.title}"`, date: i.reviewDate!, overdue: i.reviewDate! < today, route: '/clause/4.1' })),
};
