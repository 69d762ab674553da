import type { DueItem } from '../../../shared/contract/readiness';
import type { PlanRow, LogEntry } from '../../../shared/contract/communication';
import { CRITICALITY_LABEL, type Supplier } from '../../../shared/contract/suppliers';
import { addDaysIso, addMonthsIso, assessmentDueOn, CERTIFICATE_WARNING_DAYS, certificateState, isKeySupplier } from '../../../shared/suppliers';
import type { Workspace } from '../db/open';
import { listSuppliers } from '../services/suppliers';
import { listLog, listPlan } from '../services/communication';
import { plural, type Criterion, type ReadinessArea } from './types';

const of = (n: number, total: number) => `${n} of ${total}`;
const refs = (list: Array<{ ref: string }>) => `${list.slice(0, 3).map((s) => s.ref).join(', ')}${list.length > 3 ? ', …' : ''}`;

/**
 * 8.1: suppliers are recorded with an owner and a review date; critical and high ones were assessed
 * in the last year with a result, and their contracts carry security clauses; no certificate has expired.
 */
export function supplierCriteria(list: Supplier[], today: string): Criterion[] {
  const any = list.length > 0;
  const key = list.filter(isKeySupplier);
  const yearAgo = addMonthsIso(today, -12);
  const notAssessed = key.filter((s) => s.assessmentResult === 'not-assessed' || !s.lastAssessedOn || s.lastAssessedOn < yearAgo);
  const noClauses = key.filter((s) => !s.securityClausesInContract);
  const owned = list.filter((s) => s.ownerId && s.nextReviewOn).length;
  const expired = list.filter((s) => s.certificates.some((c) => certificateState(c.validUntil, today) === 'expired'));
  const unsatisfactory = list.filter((s) => s.assessmentResult === 'unsatisfactory');
  const overdueReview = list.filter((s) => s.nextReviewOn && s.nextReviewOn < today);
  return [
    { label: 'Suppliers relevant to the ISMS are recorded', met: any, detail: any ? plural(list.length, 'supplier') : 'open 8.1 to add the first supplier' },
    { label: 'Every supplier has an owner and a next review date', met: any && owned === list.length, detail: any ? `${of(owned, list.length)} with both` : undefined },
    {
      label: 'Critical and high suppliers were assessed in the last 12 months',
      met: any && notAssessed.length === 0,
      detail: !any ? undefined : key.length === 0 ? 'no critical or high suppliers' : notAssessed.length ? `not assessed in time: ${refs(notAssessed)}` : `${of(key.length, key.length)} assessed`,
    },
    {
      label: 'Contracts of critical and high suppliers include security clauses',
      met: any && noClauses.length === 0,
      detail: !any ? undefined : key.length === 0 ? 'no critical or high suppliers' : noClauses.length ? `without clauses: ${refs(noClauses)}` : `${of(key.length, key.length)} with clauses`,
    },
    { label: 'No supplier certificate has expired', met: any && expired.length === 0, detail: any ? (expired.length ? `expired: ${refs(expired)}` : 'all certificates current or without expiry') : undefined },
    { label: 'No supplier has an unsatisfactory assessment left open', met: any && unsatisfactory.length === 0, detail: unsatisfactory.length ? `unsatisfactory: ${refs(unsatisfactory)}` : undefined },
    { label: 'No supplier review is overdue', met: any && overdueReview.length === 0, detail: overdueReview.length ? `overdue: ${refs(overdueReview)}` : undefined },
  ];
}

/** 7.4: a plan with audience, channel and someone responsible for every row; nothing overdue; communications are logged. */
export function communicationCriteria(plan: PlanRow[], log: LogEntry[]): Criterion[] {
  const any = plan.length > 0;
  const responsible = plan.filter((p) => p.responsibleId).length;
  const overdue = plan.filter((p) => p.overdue);
  const carried = plan.filter((p) => p.logEntries > 0).length;
  return [
    { label: 'A communication plan says what is communicated, to whom, when and how', met: any, detail: any ? plural(plan.length, 'planned communication') : 'open 7.4 to plan the first communication' },
    { label: 'Every planned communication has someone responsible', met: any && responsible === plan.length, detail: any ? `${of(responsible, plan.length)} with a responsible person` : undefined },
    { label: 'What was communicated is logged', met: log.length > 0, detail: log.length ? plural(log.length, 'log entry', 'log entries') : 'record a communication in the log' },
    { label: 'Every planned communication has been carried out at least once', met: any && carried === plan.length, detail: any ? `${of(carried, plan.length)} logged` : undefined },
    { label: 'No planned communication is overdue', met: any && overdue.length === 0, detail: overdue.length ? `overdue: ${refs(overdue)}` : undefined },
  ];
}

/**
 * Certificates look further ahead than other due items (CERTIFICATE_WARNING_DAYS), since a new
 * certificate takes the supplier weeks to obtain.
 */
function due(ws: Workspace, today: string, horizon: string): DueItem[] {
  const items: DueItem[] = [];
  const certHorizon = addDaysIso(today, CERTIFICATE_WARNING_DAYS);
  for (const s of listSuppliers(ws)) {
    const route = `/clause/8.1?open=supplier:${s.id}`;
    for (const c of s.certificates) {
      if (c.validUntil && c.validUntil <= certHorizon) {
        items.push({ clauseId: '8.1', text: `Certificate ${c.name} of supplier ${s.ref} "${s.name}" ${c.validUntil < today ? 'has expired' : 'expires'}`, date: c.validUntil, overdue: c.validUntil < today, route });
      }
    }
    const assess = assessmentDueOn(s);
    if (assess === 'now') items.push({ clauseId: '8.1', text: `Assess ${CRITICALITY_LABEL[s.criticality].toLowerCase()} supplier ${s.ref} "${s.name}" (never assessed)`, date: today, overdue: false, route });
    else if (assess && assess <= horizon) items.push({ clauseId: '8.1', text: `Reassess supplier ${s.ref} "${s.name}"`, date: assess, overdue: assess < today, route });
    if (s.nextReviewOn && s.nextReviewOn <= horizon) items.push({ clauseId: '8.1', text: `Review supplier ${s.ref} "${s.name}"`, date: s.nextReviewOn, overdue: s.nextReviewOn < today, route });
  }
  for (const p of listPlan(ws)) {
    if (p.nextDueOn && p.nextDueOn <= horizon) items.push({ clauseId: '7.4', text: `Communicate ${p.ref} "${p.topic}" to ${p.audience}`, date: p.nextDueOn, overdue: p.overdue, route: `/clause/7.4?open=plan:${p.id}` });
  }
  return items;
}

export const suppliersReadiness: ReadinessArea = {
  criteria: {
    '7.4': (ws) => communicationCriteria(listPlan(ws), listLog(ws)),
    '8.1': (ws, today) => supplierCriteria(listSuppliers(ws), today),
  },
  due,
};
