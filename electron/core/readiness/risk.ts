import { and, asc, count, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { rankOf } from '../../../shared/contract/riskMethod';
import type { DueItem } from '../../../shared/contract/readiness';
import type { Workspace } from '../db/open';
import { assessmentRuns, assets, changeLog, riskDecisions, risks, treatmentActions } from '../db/schema';
import { soaCounts } from '../services/controls';
import { getMethod } from '../services/riskMethod';
import { addMonths } from '../services/dates';
import { plural, type Criterion, type ReadinessArea } from './types';

const ROUTE = '/clause/6.1';
const one = (ws: Workspace, q: string) => (ws.sqlite.prepare(q).get() as { n: number }).n;

function riskCounts(ws: Workspace) {
  const m = getMethod(ws);
  // Counts read indexes only (issue 11, item 9: 50,000 risks). risk_coverage (migration 0018, kept by
  // triggers) holds each risk's treatment and how many controls and actions it has, indexed by
  // (treatment, controls) and (treatment, actions): the undecided risks and the risks being modified or
  // shared without a control are each a short range of those small indexes. The total is SQLite's
  // count of the table's entries, which reads pages rather than rows.
  const total = one(ws, 'select count(*) as n from risks');
  const undecided = one(ws, "select count(*) as n from risk_coverage where treatment = 'undecided'");
  const withoutOwner = one(ws, 'select count(*) as n from risks where owner_id is null');
  // Residual likelihood and impact are set together or not at all (risk.create/update rule), so
  // "no residual likelihood" is "no residual assessment", answered by the index risks_residual_cell.
  const withoutResidual = one(ws, 'select count(*) as n from risks where residual_likelihood is null');
  const aboveUntreated = one(ws, `select count(*) as n from risks where treatment = 'undecided' and inherent_rank > ${rankOf(m.acceptance)}`);
  const modifyWithoutControl = one(ws, "select count(*) as n from risk_coverage where treatment in ('modify', 'share') and controls = 0");
  // Set-based counts over the link tables rather than a lookup per risk (50,000 risks, issue 11 item 9).
  const sourced = one(ws, 'select count(*) as n from (select risk_id from risk_issues union select risk_id from risk_requirements)');
  const decided = (kind: string) => one(ws, `select count(distinct risk_id) as n from risk_decisions where kind = '${kind}' and decision = 'approved'`);
  return { m, total, withoutOwner, undecided, withoutResidual, aboveUntreated, modifyWithoutControl, sourced, withoutApproval: total - decided('plan-approval'), withoutAcceptance: total - decided('residual-acceptance') };
}

/** 6.1.1 to 6.1.3: sources cited, method adopted, assets and risks with owners, every risk treated, approved and accepted, the SoA complete. */
export function riskCriteria(ws: Workspace): Criterion[] {
  const c = riskCounts(ws);
  const methodAdopted = (ws.db.select({ n: count() }).from(changeLog).where(and(eq(changeLog.tableName, 'risk_method'), eq(changeLog.op, 'update'))).get()?.n ?? 0) > 0;
  // Two index reads (the count of entries and the range of assets_owner) rather than a pass over every asset.
  const a = { total: ws.db.select({ n: count() }).from(assets).get()!.n, withoutOwner: ws.db.select({ n: count() }).from(assets).where(isNull(assets.ownerId)).get()!.n };
  const soa = soaCounts(ws);
  // 6.1.1 opportunities live in the improvement register with the source 'planning'.
  const opp = ws.sqlite.prepare("select count(*) as total, coalesce(sum(status in ('proposed', 'evaluated')), 0) as undecided from improvements where source = 'planning'").get() as { total: number; undecided: number };
  const has = c.total > 0;
  return [
    { label: '6.1.1 Risks are traced to the 4.1 issues or 4.2 requirements they come from', met: c.sourced > 0, detail: `${plural(c.sourced, 'risk')} cite a source` },
    {
      label: '6.1.1 Opportunities are determined from the 4.1 issues and 4.2 requirements, each with a decision',
      met: opp.total > 0 && opp.undecided === 0,
      detail: opp.total === 0 ? 'None recorded yet' : opp.undecided ? `${plural(opp.undecided, 'opportunity', 'opportunities')} waiting for a decision` : plural(opp.total, 'opportunity', 'opportunities'),
    },
    { label: '6.1.2 The risk assessment method is reviewed and adopted', met: methodAdopted, detail: methodAdopted ? undefined : 'The shipped 5 x 5 method has not been reviewed yet' },
    { label: '6.1.2 Assets are inventoried, each with an owner', met: a.total > 0 && a.withoutOwner === 0, detail: a.withoutOwner ? `${plural(a.withoutOwner, 'asset')} without an owner` : plural(a.total, 'asset') },
    { label: '6.1.2 Risks are identified, each with a risk owner', met: has && c.withoutOwner === 0, detail: c.withoutOwner ? `${plural(c.withoutOwner, 'risk')} without an owner` : plural(c.total, 'risk') },
    { label: '6.1.3 Every risk has a treatment option', met: has && c.undecided === 0, detail: c.undecided ? `${plural(c.undecided, 'risk')} undecided, ${c.aboveUntreated} above the threshold` : undefined },
    { label: '6.1.3 Risks being modified or shared have controls linked', met: has && c.modifyWithoutControl === 0, detail: c.modifyWithoutControl ? `${plural(c.modifyWithoutControl, 'risk')} without a control` : undefined },
    { label: '6.1.3 Residual risk is assessed for every risk', met: has && c.withoutResidual === 0, detail: c.withoutResidual ? `${plural(c.withoutResidual, 'risk')} without residual scores` : undefined },
    { label: '6.1.3 Risk owners approved the treatment plans', met: has && c.withoutApproval === 0, detail: c.withoutApproval ? `${plural(c.withoutApproval, 'risk')} without an approved plan` : undefined },
    { label: '6.1.3 Risk owners accepted the residual risks', met: has && c.withoutAcceptance === 0, detail: c.withoutAcceptance ? `${plural(c.withoutAcceptance, 'risk')} not accepted` : undefined },
    { label: '6.1.3 Every Annex A control is decided in the Statement of Applicability', met: soa.undecided === 0, detail: `${soa.undecided} of ${soa.total} undecided` },
    {
      label: '6.1.3 The SoA omits no necessary control and justifies every inclusion and exclusion',
      met: soa.applicable > 0 && soa.omitted === 0 && soa.unjustified === 0 && soa.excludedWithoutReason === 0,
      detail: soa.omitted || soa.unjustified ? `${plural(soa.omitted, 'necessary control')} omitted, ${soa.unjustified} without justification` : undefined,
    },
  ];
}

function lastRun(ws: Workspace) {
  return ws.db.select({ runDate: assessmentRuns.runDate }).from(assessmentRuns).orderBy(sql`${assessmentRuns.runDate} desc`).limit(1).get();
}

/** 8.2: assessments performed and repeated at the planned interval. */
export function assessmentCriteria(ws: Workspace, today: string): Criterion[] {
  const m = getMethod(ws);
  const last = lastRun(ws);
  const next = last ? addMonths(last.runDate, m.reviewMonths) : null;
  return [
    { label: '8.2 A dated risk assessment run is recorded', met: Boolean(last), detail: last ? `Last run ${last.runDate}` : undefined },
    { label: `8.2 The assessment is repeated at the planned interval (${m.reviewMonths} months)`, met: next !== null && next >= today, detail: next ? `Next due ${next}` : undefined },
  ];
}

/** 8.3: the treatment plan carried out: actions planned, owned, dated and not overdue. */
export function treatmentCriteria(ws: Workspace, today: string): Criterion[] {
  // Each figure a count of entries or a range of an index (treatment_actions_due, _status, _owner),
  // not a pass over every action (issue 11 item 9).
  const n = (q: string, ...params: string[]) => (ws.sqlite.prepare(q).get(...params) as { n: number }).n;
  const a = {
    total: n('select count(*) as n from treatment_actions'),
    // Without a due date, plus dated but without an owner.
    incomplete: n('select count(*) as n from treatment_actions where due_date is null') + n('select count(*) as n from treatment_actions where owner_id is null and due_date is not null'),
    overdue: n("select count(*) as n from treatment_actions where status in ('planned', 'in-progress') and due_date < ?", today),
    done: n("select count(*) as n from treatment_actions where status = 'done'"),
  };
  // As for controls in riskCounts: the risks being treated without an action are a range of
  // risk_coverage's (treatment, actions) index.
  const modifyWithoutAction = one(ws, "select count(*) as n from risk_coverage where treatment in ('modify', 'share', 'avoid') and actions = 0");
  return [
    { label: '8.3 The treatment plan has actions', met: a.total > 0, detail: plural(a.total, 'action') },
    { label: '8.3 Every risk being treated has at least one action', met: a.total > 0 && modifyWithoutAction === 0, detail: modifyWithoutAction ? `${plural(modifyWithoutAction, 'risk')} without an action` : undefined },
    { label: '8.3 Every action has an owner and a due date', met: a.total > 0 && a.incomplete === 0, detail: a.incomplete ? `${plural(a.incomplete, 'action')} incomplete` : undefined },
    { label: '8.3 No action is overdue', met: a.total > 0 && a.overdue === 0, detail: a.overdue ? `${a.overdue} overdue` : `${a.done} of ${a.total} done` },
  ];
}

function due(ws: Workspace, today: string, horizon: string): DueItem[] {
  const items: DueItem[] = ws.db
    .select({ title: treatmentActions.title, dueDate: treatmentActions.dueDate, ref: risks.ref })
    .from(treatmentActions)
    .innerJoin(risks, eq(treatmentActions.riskId, risks.id))
    // The unary + keeps SQLite on treatment_actions_due, read in date order and stopped after 100, rather
    // than treatment_actions_status, whose matches it would have to sort.
    .where(and(isNotNull(treatmentActions.dueDate), lte(treatmentActions.dueDate, horizon), sql`+${treatmentActions.status} in ('planned', 'in-progress')`))
    .orderBy(asc(treatmentActions.dueDate))
    .limit(100)
    .all()
    .map((a) => ({ clauseId: '8.3', text: `${a.ref}: ${a.title}`, date: a.dueDate!, overdue: a.dueDate! < today, route: ROUTE }));
  // Residual-risk acceptances due for review (the latest approved one per risk).
  const reviews = ws.db
    .select({ ref: risks.ref, reviewDate: sql<string>`max(${riskDecisions.reviewDate})` })
    .from(riskDecisions)
    .innerJoin(risks, eq(riskDecisions.riskId, risks.id))
    .where(and(eq(riskDecisions.kind, 'residual-acceptance'), eq(riskDecisions.decision, 'approved')))
    .groupBy(riskDecisions.riskId)
    .having(lte(sql`max(${riskDecisions.reviewDate})`, horizon))
    .limit(100)
    .all();
  for (const r of reviews) items.push({ clauseId: '6.1', text: `Review the acceptance of ${r.ref}`, date: r.reviewDate, overdue: r.reviewDate < today, route: ROUTE });
  const last = lastRun(ws);
  if (last) {
    const next = addMonths(last.runDate, getMethod(ws).reviewMonths);
    if (next <= horizon) items.push({ clauseId: '8.2', text: 'Repeat the risk assessment', date: next, overdue: next < today, route: ROUTE });
  }
  return items;
}

export const riskReadiness: ReadinessArea = {
  criteria: {
    '6.1': (ws) => riskCriteria(ws),
    '8.2': (ws, today) => assessmentCriteria(ws, today),
    '8.3': (ws, today) => treatmentCriteria(ws, today),
  },
  due,
};
