import type { PolicySummary } from '../../../shared/contract/policies';
import { checkPolicyCoverage } from '../../../shared/policyCoverage';
import { docToText } from '../../../shared/richtext';
import type { Workspace } from '../db/open';
import { listPolicies } from '../services/policies';
import { contentOf } from '../services/policyVersions';
import type { Criterion, ReadinessArea } from './types';

/** What 5.2 asks of the published information security policy, found in its text. */
function coverageCriterion(ws: Workspace, top: PolicySummary | undefined): Criterion {
  const label = 'The published policy states objectives, a commitment to meet requirements and to continual improvement';
  if (!top?.published) return { label, met: false };
  const results = checkPolicyCoverage(docToText(contentOf(ws, top.published.id)));
  const missing = results.filter((r) => !r.found);
  return { label, met: missing.length === 0, detail: missing.length ? `${results.length - missing.length} of ${results.length} found` : undefined };
}

function acknowledgedCriterion(top: PolicySummary | undefined): Criterion {
  const label = 'Everyone on the distribution list has acknowledged the published policy';
  if (!top?.published || top.recipients === 0) return { label, met: false, detail: top?.published ? 'no distribution list yet' : undefined };
  return { label, met: top.acknowledged === top.recipients, detail: `${top.acknowledged} of ${top.recipients} acknowledged` };
}

export function policiesCriteria(ws: Workspace, policies: PolicySummary[], today: string): Criterion[] {
  const top = policies.find((p) => p.kind === 'information-security');
  const approval = [top?.published, top?.current].find((v) => v?.approvedOn);
  // A policy gets its review date when it is published; a draft never published (or the next draft
  // of one that is) has nothing in force to review yet, so it does not count against 5.2 (issue 9).
  const unscheduled = policies.filter((p) => p.published && !p.reviewDate).length;
  const overdue = policies.filter((p) => p.reviewDate !== null && p.reviewDate < today).length;
  return [
    { label: 'An information security policy is written', met: top !== undefined, detail: top ? `version ${top.current.version}, ${top.current.status}` : undefined },
    { label: 'The information security policy is approved', met: approval !== undefined, detail: approval ? `by ${approval.approverName ?? 'unknown'} on ${approval.approvedOn}` : undefined },
    { label: 'The information security policy is published', met: Boolean(top?.published), detail: top?.published ? `version ${top.published.version} since ${top.published.publishedOn}` : undefined },
    coverageCriterion(ws, top),
    acknowledgedCriterion(top),
    {
      label: 'Every policy in force has a next review date and none is overdue',
      met: policies.some((p) => p.published) && unscheduled === 0 && overdue === 0,
      detail: [unscheduled ? `${unscheduled} without a review date` : '', overdue ? `${overdue} overdue` : ''].filter(Boolean).join(', ') || undefined,
    },
  ];
}

export const policiesReadiness: ReadinessArea = {
  criteria: { '5.2': (ws, today) => policiesCriteria(ws, listPolicies(ws), today) },
  due: (ws, today, horizon) =>
    listPolicies(ws)
      .filter((p): p is PolicySummary & { reviewDate: string } => p.reviewDate !== null && p.reviewDate <= horizon)
      .map((p) => ({ clauseId: '5.2', text: `Review the policy "${p.title}"`, date: p.reviewDate, overdue: p.reviewDate < today, route: '/clause/5.2' })),
};
