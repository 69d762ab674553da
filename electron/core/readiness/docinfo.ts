import type { ChecklistItem, RegisterRow } from '../../../shared/contract/docinfo';
import type { DueItem } from '../../../shared/contract/readiness';
import { eq, max } from 'drizzle-orm';
import type { Workspace } from '../db/open';
import { controlledDocuments, documentApprovals } from '../db/schema';
import { addMonths } from '../services/dates';
import { checklist, register } from '../services/docinfo';
import { listDocuments } from '../services/documentCatalog';
import { plural, type Criterion, type ReadinessArea } from './types';

const list = (items: string[], max = 3) => `${items.slice(0, max).join('; ')}${items.length > max ? `; and ${items.length - max} more` : ''}`;

/** 7.5: the mandatory documents exist and are approved, and every document has an owner, a retention and a current review. */
export function docinfoCriteria(items: ChecklistItem[], rows: RegisterRow[]): Criterion[] {
  const missing = items.filter((i) => i.status === 'missing');
  const unapproved = items.filter((i) => i.status === 'draft' || i.status === 'changed');
  const live = rows.filter((r) => r.status !== 'obsolete');
  const unowned = live.filter((r) => !r.ownerName);
  const noRetention = rows.filter((r) => !r.retention.trim());
  const overdue = live.filter((r) => r.reviewOverdue);
  const entries = rows.filter((r) => r.source === 'entry');
  return [
    { label: 'Every mandatory document or record exists', met: missing.length === 0, detail: missing.length ? `missing: ${list(missing.map((i) => `${i.clause} ${i.title}`))}` : `all ${items.length} found` },
    { label: 'Every mandatory document is approved', met: missing.length === 0 && unapproved.length === 0, detail: unapproved.length ? `not approved: ${list(unapproved.map((i) => `${i.clause} ${i.title}`))}` : undefined },
    { label: 'Documents kept elsewhere and of external origin are registered', met: entries.length > 0, detail: entries.length ? plural(entries.length, 'register entry', 'register entries') : 'add laws, contracts, certificates and procedures kept outside the workbench' },
    { label: 'Every document has an owner', met: live.length > 0 && unowned.length === 0, detail: unowned.length ? `${plural(unowned.length, 'document')} without an owner` : undefined },
    { label: 'Retention is set for every document and record', met: rows.length > 0 && noRetention.length === 0, detail: noRetention.length ? `${plural(noRetention.length, 'document')} without a retention` : undefined },
    // Met once something is approved and so has a review date; an empty register is not yet reviewed on time.
    { label: 'No approved document is past its review date', met: live.some((r) => r.approvedOn) && overdue.length === 0, detail: overdue.length ? `overdue: ${list(overdue.map((r) => r.docId))}` : live.some((r) => r.approvedOn) ? undefined : 'nothing approved yet' },
  ];
}

/**
 * Reviews falling due: register entries, and approved documents of the workbench (their next review
 * is the latest approval plus the review interval; read from the approvals alone, without hashing
 * every document's content). Policies have their own review dates in 5.2.
 */
function due(ws: Workspace, today: string, horizon: string): DueItem[] {
  const items: DueItem[] = register(ws, today, [])
    .filter((r) => r.source === 'entry' && r.status !== 'obsolete' && r.reviewOn !== null && r.reviewOn <= horizon)
    .map((r) => ({ clauseId: '7.5', text: `Review ${r.docId} "${r.title}"`, date: r.reviewOn!, overdue: r.reviewOn! < today, route: `/clause/7.5?open=entry:${r.key}` }));
  const latest = ws.db
    .select({ docId: controlledDocuments.docId, title: controlledDocuments.title, months: controlledDocuments.reviewMonths, approvedOn: max(documentApprovals.approvedOn) })
    .from(controlledDocuments)
    .innerJoin(documentApprovals, eq(documentApprovals.documentId, controlledDocuments.id))
    .groupBy(controlledDocuments.id)
    .all();
  for (const d of latest) {
    if (!d.approvedOn) continue;
    const next = addMonths(d.approvedOn, d.months);
    if (next <= horizon) items.push({ clauseId: '7.5', text: `Review the approved document ${d.docId} "${d.title}"`, date: next, overdue: next < today, route: '/clause/7.5' });
  }
  return items;
}

export const docinfoReadiness: ReadinessArea = {
  criteria: {
    '7.5': (ws, today) => {
      const documents = listDocuments(ws);
      return docinfoCriteria(checklist(ws, documents), register(ws, today, documents));
    },
  },
  due,
};
