import { and, asc, eq, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import type { DueItem } from '../../../shared/contract/readiness';
import type { Workspace } from '../db/open';
import { correctiveActions, effectivenessReviews, improvements, nonconformities } from '../db/schema';
import { plural, type Criterion, type ReadinessArea } from './types';

const one = (ws: Workspace, q: string, ...args: unknown[]) => (ws.sqlite.prepare(q).get(...args) as { n: number }).n;

/** 10.2: nonconformities recorded, corrected, analysed, acted on, reviewed for effectiveness and closed with evidence. */
export function nonconformityCriteria(ws: Workspace, today: string): Criterion[] {
  const total = one(ws, 'select count(*) as n from nonconformities');
  const byStatus = (list: string[]) => one(ws, `select count(*) as n from nonconformities where status in (${list.map(() => '?').join(',')})`, ...list);
  const uncorrected = byStatus(['open']);
  const unanalysed = byStatus(['open', 'correction-done']);
  const actions = one(ws, "select count(*) as n from corrective_actions where status <> 'cancelled'");
  const loose = one(ws, "select count(*) as n from corrective_actions where status in ('planned', 'in-progress') and (owner_id is null or due_date is null)");
  const overdue = one(ws, "select count(*) as n from corrective_actions where status in ('planned', 'in-progress') and due_date < ?", today);
  const unreviewed = one(ws, "select count(*) as n from nonconformities n where status = 'actions-done' and not exists (select 1 from effectiveness_reviews r where r.nc_id = n.id and r.result = 'pending')");
  const closed = byStatus(['closed']);
  const has = total > 0;
  return [
    { label: '10.2 Nonconformities are recorded with their source, requirement and severity', met: has, detail: has ? plural(total, 'nonconformity', 'nonconformities') : 'None recorded yet' },
    { label: '10.2 a) Each nonconformity has its correction recorded', met: has && uncorrected === 0, detail: uncorrected ? `${plural(uncorrected, 'nonconformity', 'nonconformities')} with the correction not yet marked done` : undefined },
    { label: '10.2 b) Root causes are analysed (5 whys, fishbone)', met: has && unanalysed === 0, detail: unanalysed ? `${unanalysed} not analysed yet` : undefined },
    { label: '10.2 c) Corrective actions have an owner and a due date', met: actions > 0 && loose === 0, detail: loose ? `${plural(loose, 'action')} without an owner or due date` : plural(actions, 'action') },
    { label: '10.2 c) No corrective action is overdue', met: actions > 0 && overdue === 0, detail: overdue ? `${overdue} overdue` : undefined },
    { label: '10.2 d) Effectiveness reviews are planned once the actions are done', met: has && unreviewed === 0, detail: unreviewed ? `${plural(unreviewed, 'nonconformity', 'nonconformities')} waiting without a planned review` : undefined },
    { label: '10.2 Nonconformities are closed with evidence after an effective review', met: closed > 0, detail: `${closed} of ${total} closed` },
  ];
}

/** 10.1: opportunities recorded, evaluated, decided and carried out. */
export function continualImprovementCriteria(ws: Workspace, today: string): Criterion[] {
  const total = one(ws, 'select count(*) as n from improvements');
  const count = (status: string) => one(ws, 'select count(*) as n from improvements where status = ?', status);
  const proposed = count('proposed');
  const evaluated = count('evaluated');
  const approvedLoose = one(ws, "select count(*) as n from improvements where status = 'approved' and (owner_id is null or due_date is null)");
  const overdue = one(ws, "select count(*) as n from improvements where status = 'approved' and due_date < ?", today);
  const implemented = count('implemented');
  const has = total > 0;
  return [
    { label: '10.1 Opportunities for improvement are recorded (audits, reviews, metrics, suggestions)', met: has, detail: has ? plural(total, 'opportunity', 'opportunities') : 'None recorded yet' },
    { label: '10.1 Every opportunity is evaluated for benefit and effort', met: has && proposed === 0, detail: proposed ? `${proposed} not evaluated` : undefined },
    { label: '10.1 Every evaluated opportunity has a decision', met: has && evaluated === 0, detail: evaluated ? `${evaluated} waiting for a decision` : undefined },
    { label: '10.1 Approved improvements have an owner and a due date, none overdue', met: has && approvedLoose === 0 && overdue === 0, detail: approvedLoose || overdue ? `${approvedLoose} without owner or date, ${overdue} overdue` : undefined },
    { label: '10.1 Improvements are implemented', met: implemented > 0, detail: `${implemented} implemented` },
  ];
}

const ROUTE = '/clause/10.2';

/** Corrective actions and effectiveness reviews due soon or overdue, and approved improvements due. */
function due(ws: Workspace, today: string, horizon: string): DueItem[] {
  const open = ['planned', 'in-progress'];
  const items: DueItem[] = ws.db
    .select({ ref: correctiveActions.ref, title: correctiveActions.title, dueDate: correctiveActions.dueDate, ncRef: nonconformities.ref, ncId: nonconformities.id })
    .from(correctiveActions)
    .innerJoin(nonconformities, eq(correctiveActions.ncId, nonconformities.id))
    .where(and(isNotNull(correctiveActions.dueDate), lte(correctiveActions.dueDate, horizon), inArray(correctiveActions.status, open)))
    .orderBy(asc(correctiveActions.dueDate))
    .limit(100)
    .all()
    .map((a) => ({ clauseId: '10.2', text: `Corrective action ${a.ref} (${a.ncRef}): ${a.title}`, date: a.dueDate!, overdue: a.dueDate! < today, route: `${ROUTE}?open=nc:${a.ncId}` }));
  for (const r of ws.db
    .select({ plannedOn: effectivenessReviews.plannedOn, ncRef: nonconformities.ref, ncId: nonconformities.id })
    .from(effectivenessReviews)
    .innerJoin(nonconformities, eq(effectivenessReviews.ncId, nonconformities.id))
    .where(and(eq(effectivenessReviews.result, 'pending'), lte(effectivenessReviews.plannedOn, horizon), ne(nonconformities.status, 'closed')))
    .limit(100)
    .all()) {
    items.push({ clauseId: '10.2', text: `Effectiveness review of ${r.ncRef}`, date: r.plannedOn, overdue: r.plannedOn < today, route: `${ROUTE}?open=nc:${r.ncId}` });
  }
  for (const o of ws.db
    .select({ id: improvements.id, ref: improvements.ref, title: improvements.title, dueDate: improvements.dueDate })
    .from(improvements)
    .where(and(eq(improvements.status, 'approved'), isNotNull(improvements.dueDate), lte(improvements.dueDate, horizon)))
    .limit(100)
    .all()) {
    items.push({ clauseId: '10.1', text: `Improvement ${o.ref}: ${o.title}`, date: o.dueDate!, overdue: o.dueDate! < today, route: `/clause/10.1?open=opportunity:${o.id}` });
  }
  return items;
}

export const improvementReadiness: ReadinessArea = {
  criteria: {
    '10.1': (ws, today) => continualImprovementCriteria(ws, today),
    '10.2': (ws, today) => nonconformityCriteria(ws, today),
  },
  due,
};
