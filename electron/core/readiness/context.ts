import { EXTERNAL_CATEGORIES } from '../../../shared/contract/context';
import { allIssues } from '../services/context';
import { plural, type Criterion, type ReadinessArea } from './types';

export const MIN_PESTLE_HEADINGS = 3;

/** 4.1 is done when both sides are considered, effects are written and reviews are current. */
export function contextCriteria(issues: ReturnType<typeof allIssues>, today: string): Criterion[] {
  const external = issues.filter((i) => i.kind === 'external');
  const internal = issues.filter((i) => i.kind === 'internal');
  const headings = new Set(external.map((i) => i.category));
  const withoutEffect = issues.filter((i) => !i.effect.trim());
  const withoutReview = issues.filter((i) => !i.reviewDate);
  const overdue = issues.filter((i) => i.reviewDate !== null && i.reviewDate < today);
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
      met: issues.length > 0 && withoutEffect.length === 0,
      detail: withoutEffect.length ? `${plural(withoutEffect.length, 'issue')} without an effect` : undefined,
    },
    {
      label: 'Every issue has a review date and none is overdue',
      met: issues.length > 0 && withoutReview.length === 0 && overdue.length === 0,
      detail:
        [withoutReview.length ? `${plural(withoutReview.length, 'issue')} without a review date` : '', overdue.length ? `${overdue.length} overdue` : '']
          .filter(Boolean)
          .join(', ') || undefined,
    },
  ];
}

export const contextReadiness: ReadinessArea = {
  criteria: { '4.1': (ws, today) => contextCriteria(allIssues(ws), today) },
  due: (ws, today, horizon) =>
    allIssues(ws)
      .filter((i): i is typeof i & { reviewDate: string } => i.reviewDate !== null && i.reviewDate <= horizon)
      .map((i) => ({ clauseId: '4.1', text: `Review the issue "${i.title}"`, date: i.reviewDate, overdue: i.reviewDate < today, route: '/clause/4.1' })),
};
