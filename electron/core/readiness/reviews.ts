import { desc } from 'drizzle-orm';
import type { Workspace } from '../db/open';
import { managementReviews } from '../db/schema';
import { addMonths } from '../services/dates';
import { getReviewDetail, lastSignedOff, trackedActions } from '../services/reviews';
import { plural, type Criterion, type ReadinessArea } from './types';

const ROUTE = '/clause/9.3';

/**
 * How often reviews are held: the review interval of the controlled document "Results of
 * management reviews" (7.5 register, 12 months unless changed there).
 */
export function reviewIntervalMonths(ws: Workspace): number {
  const row = ws.sqlite.prepare("select review_months as m from controlled_documents where key = 'management-review'").get() as { m: number } | undefined;
  return row?.m ?? 12;
}

/**
 * 9.3 is done when a review was signed off by its chair within the interval, the latest review
 * has a note on every input and records its outputs, and no action decided at a review is overdue.
 */
export function reviewsCriteria(ws: Workspace, today: string): Criterion[] {
  const latestRow = ws.db.select({ id: managementReviews.id }).from(managementReviews).orderBy(desc(managementReviews.meetingDate), desc(managementReviews.createdAt)).limit(1).get();
  const latest = latestRow ? getReviewDetail(ws, latestRow.id) : null;
  const signed = lastSignedOff(ws);
  const months = reviewIntervalMonths(ws);
  const recent = signed !== null && addMonths(signed.meetingDate, months) >= today;
  const unnoted = latest ? latest.inputs.filter((i) => !i.note.trim()) : [];
  const overdue = trackedActions(ws).filter((a) => a.overdue);
  return [
    { label: 'A management review is planned or held', met: latest !== null, detail: latest ? `${latest.ref} on ${latest.meetingDate}` : 'plan one in 9.3' },
    { label: 'The latest review has a note on every input a)-g)', met: latest !== null && unnoted.length === 0, detail: latest && unnoted.length ? `${plural(unnoted.length, 'input')} without a note in ${latest.ref}` : undefined },
    { label: 'The latest review records its decisions or changes to the ISMS', met: latest !== null && latest.outputs.length > 0, detail: latest ? `${plural(latest.outputs.length, 'output')} in ${latest.ref}` : undefined },
    { label: `A review was signed off by its chair within the last ${months} months`, met: recent, detail: signed ? `${signed.ref} held ${signed.meetingDate}, signed off ${signed.signedOn}` : 'none signed off yet' },
    { label: 'No action from a management review is overdue', met: latest !== null && overdue.length === 0, detail: overdue.length ? `${overdue.map((a) => a.ref).join(', ')} overdue` : undefined },
  ];
}

export const reviewsReadiness: ReadinessArea = {
  criteria: { '9.3': reviewsCriteria },
  due: (ws, today, horizon) => {
    const items = trackedActions(ws)
      .filter((a) => a.dueDate !== null && a.dueDate <= horizon)
      .map((a) => ({ clauseId: '9.3', text: `Review action ${a.ref} "${a.title}" (from ${a.reviewRef})`, date: a.dueDate!, overdue: a.dueDate! < today, route: `${ROUTE}/review/${a.reviewId}` }));
    const signed = lastSignedOff(ws);
    if (signed) {
      const next = addMonths(signed.meetingDate, reviewIntervalMonths(ws));
      // A draft review planned after the last one answers this item.
      const planned = ws.sqlite.prepare("select 1 from management_reviews where status = 'draft' and meeting_date >= ?").get(signed.meetingDate) !== undefined;
      if (next <= horizon && !planned) items.push({ clauseId: '9.3', text: `Hold the next management review (the last, ${signed.ref}, was on ${signed.meetingDate})`, date: next, overdue: next < today, route: ROUTE });
    }
    return items;
  },
};
