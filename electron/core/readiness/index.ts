import { CLAUSES } from '../../../shared/clauses';
import type { ClauseReadiness, ReadinessSummary } from '../../../shared/contract/readiness';
import type { Workspace } from '../db/open';
import type { Criterion, ReadinessArea } from './types';
import { contextReadiness } from './context';
import { partiesReadiness } from './parties';
import { scopeReadiness } from './scope';
import { leadershipReadiness } from './leadership';
import { policiesReadiness } from './policies';
import { rolesReadiness } from './roles';
import { riskReadiness } from './risk';
import { metricsReadiness } from './metrics';
import { objectivesReadiness } from './objectives';
import { competenceReadiness } from './competence';
import { docinfoReadiness } from './docinfo';
import { improvementReadiness } from './improvement';
import { auditsReadiness } from './audits';
import { suppliersReadiness } from './suppliers';
import { reviewsReadiness } from './reviews';

/**
 * The one place that says how complete each clause is. Each area's rules look at workspace data
 * only and return criteria; the percentage is the share of criteria met. A clause without rules
 * is reported as unavailable at 0 %, never with an invented figure.
 */
const AREAS: ReadinessArea[] = [contextReadiness, partiesReadiness, scopeReadiness, leadershipReadiness, policiesReadiness, rolesReadiness, riskReadiness, objectivesReadiness, competenceReadiness, docinfoReadiness, suppliersReadiness, metricsReadiness, auditsReadiness, reviewsReadiness, improvementReadiness];

/** How far ahead "due soon" looks. */
export const DUE_WINDOW_DAYS = 30;

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

export function percentOf(criteria: Criterion[]): number {
  if (criteria.length === 0) return 0;
  return Math.round((100 * criteria.filter((c) => c.met).length) / criteria.length);
}

function ruleFor(clauseId: string) {
  return AREAS.find((a) => a.criteria[clauseId])?.criteria[clauseId];
}

export function readinessSummary(ws: Workspace, now: Date): ReadinessSummary {
  const today = isoDay(now);
  const clauses: ClauseReadiness[] = CLAUSES.map((clause) => {
    const rule = ruleFor(clause.id);
    const criteria = rule ? rule(ws, today) : [];
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
  const available = clauses.filter((c) => c.available);
  // Every clause 4.1-10.2 counts; one the workbench cannot guide yet counts as not started, so the
  // figure never claims more than the workspace shows (issue 9).
  const overall = Math.round(available.reduce((sum, c) => sum + c.percent, 0) / clauses.length);
  const next = available
    .filter((c) => c.status !== 'done')
    .map((c) => ({
      clauseId: c.id,
      text: c.criteria.find((k) => !k.met)?.label ?? `Complete ${c.id}`,
      route: CLAUSES.find((k) => k.id === c.id)?.route ?? '/',
    }));
  const horizon = addDays(today, DUE_WINDOW_DAYS);
  const due = AREAS.flatMap((a) => a.due?.(ws, today, horizon) ?? []).sort((a, b) => a.date.localeCompare(b.date));
  return { clauses, overall, guided: available.length, total: clauses.length, next, due };
}

export type { Criterion, ReadinessArea } from './types';
