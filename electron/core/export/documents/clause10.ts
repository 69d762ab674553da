import type { CorrectiveAction, Link, Nc, NcDetail, SimilarNc } from '../../../../shared/contract/improvement';
import { NC_ACTION_LABEL, NC_STATUS_LABEL } from '../../../../shared/ncStates';
import type { ImprovementLogContent } from '../../services/documentCatalog';
import { CATEGORY_LABEL, fishbonePng } from '../fishbone';
import { dash, heading, para, titled, type Block, type Column, type Section } from '../model';

export const SOURCE_LABEL: Record<Nc['source'], string> = {
  'internal-audit': 'Internal audit',
  'external-audit': 'External audit',
  incident: 'Incident',
  'metric-breach': 'Metric breach',
  complaint: 'Complaint',
  'self-identified': 'Self-identified',
};
const OPPORTUNITY_SOURCE: Record<string, string> = { 'audit-ofi': 'Audit (OFI)', 'management-review': 'Management review', metric: 'Metric', incident: 'Incident', suggestion: 'Suggestion', planning: '6.1.1 planning', other: 'Other' };
const cap = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ') : s);
const requirementOf = (n: Pick<Nc, 'clauseId' | 'controlLabel'>) => [n.clauseId ? `Clause ${n.clauseId}` : '', n.controlLabel ? `Annex A ${n.controlLabel}` : ''].filter(Boolean).join('; ');
const isOverdue = (a: Pick<CorrectiveAction, 'status' | 'dueDate'>, today: string) => (a.status === 'planned' || a.status === 'in-progress') && a.dueDate !== null && a.dueDate < today;

const actionColumns: Column[] = [
  { header: 'Id', weight: 0, kind: 'code' },
  { header: 'Nonconformity', weight: 0, kind: 'code' },
  { header: 'Action', weight: 5 },
  { header: 'Owner', weight: 2 },
  { header: 'Due', weight: 1, kind: 'date' },
  { header: 'Status', weight: 1.3 },
  { header: 'Done on', weight: 1, kind: 'date' },
];
const actionRow = (a: CorrectiveAction, today: string) => [a.ref, a.ncRef, titled(a.title, a.description), a.ownerName ?? '', a.dueDate ?? '', `${cap(a.status)}${isOverdue(a, today) ? ' (overdue)' : ''}`, a.completedOn ?? ''];

/** The log (10.2 g): every nonconformity, every corrective action, then the 10.1 improvement register. */
export function improvementLogSections(c: ImprovementLogContent, today: string): Section[] {
  const ncColumns: Column[] = [
    { header: 'Id', weight: 0, kind: 'code' },
    { header: 'Raised', weight: 1, kind: 'date' },
    { header: 'Nonconformity', weight: 5 },
    { header: 'Source', weight: 1.6 },
    { header: 'Requirement', weight: 2.2 },
    { header: 'Severity', weight: 1 },
    { header: 'Root cause', weight: 4 },
    { header: 'Owner', weight: 1.6 },
    { header: 'Status', weight: 1.6 },
    { header: 'Closed', weight: 1, kind: 'date' },
  ];
  const oppColumns: Column[] = [
    { header: 'Id', weight: 0, kind: 'code' },
    { header: 'Opportunity', weight: 5 },
    { header: 'Source', weight: 1.6 },
    { header: 'Benefit', weight: 0, kind: 'number' },
    { header: 'Effort', weight: 0, kind: 'number' },
    { header: 'Status', weight: 1.3 },
    { header: 'Decision', weight: 3 },
    { header: 'Owner', weight: 1.6 },
    { header: 'Due', weight: 1, kind: 'date' },
    { header: 'Implemented', weight: 1, kind: 'date' },
  ];
  const open = c.nonconformities.filter((n) => n.status !== 'closed').length;
  const overdue = c.actions.filter((a) => isOverdue(a, today)).length;
  const blocks: Block[] = [
    heading('Summary'),
    para(`${c.nonconformities.length} nonconformities recorded, ${open} still open; ${c.actions.length} corrective actions, ${overdue} overdue on ${today}; ${c.opportunities.length} opportunities for improvement.`),
    heading('Nonconformities'),
    c.nonconformities.length
      ? { type: 'table', sheet: 'Nonconformities', columns: ncColumns, rows: c.nonconformities.map((n) => [n.ref, n.raisedOn, titled(n.title, n.description), `${SOURCE_LABEL[n.source]}${n.sourceReference ? `\n${n.sourceReference}` : ''}`, requirementOf(n), cap(n.severity), n.rootCause, n.ownerName ?? '', NC_STATUS_LABEL[n.status], n.closedOn ?? '']) }
      : para('None recorded yet.'),
    heading('Corrective actions'),
    c.actions.length ? { type: 'table', sheet: 'Corrective actions', columns: actionColumns, rows: c.actions.map((a) => actionRow(a, today)) } : para('None planned yet.'),
    heading('Improvement register (10.1)'),
    c.opportunities.length
      ? { type: 'table', sheet: 'Improvements', columns: oppColumns, rows: c.opportunities.map((o) => [o.ref, titled(o.title, o.description), [OPPORTUNITY_SOURCE[o.source] ?? o.source, o.sourceReference, [...o.issues, ...o.requirements].map((x) => x.ref).join(', ')].filter(Boolean).join('\n'), o.benefit ?? '', o.effort ?? '', cap(o.status), o.decision, o.ownerName ?? '', o.dueDate ?? '', o.implementedOn ?? '']) }
      : para('None recorded yet.'),
  ];
  return [{ landscape: true, blocks }];
}

const pairs = (rows: Array<[string, string]>): Block => ({ type: 'table', columns: [{ header: 'Field', weight: 1.2 }, { header: 'Value', weight: 4 }], rows: rows.map(([k, v]) => [{ lines: [[{ text: k, bold: true }]] }, dash(v)]) });

/** One nonconformity from the finding to its closure, with its root cause analysis and the fishbone drawn. */
export function ncReportSections(nc: NcDetail, similar: SimilarNc[], today: string): Section[] {
  const blocks: Block[] = [
    heading('The nonconformity'),
    pairs([
      ['Id', nc.ref],
      ['Title', nc.title],
      ['Description', nc.description],
      ['Source', `${SOURCE_LABEL[nc.source]}${nc.sourceReference ? `: ${nc.sourceReference}` : ''}`],
      ['Requirement breached', requirementOf(nc)],
      ['Asset concerned', nc.assetName ?? ''],
      ['Severity', cap(nc.severity)],
      ['Raised on', nc.raisedOn],
      ['Reported by', nc.reporterName ?? ''],
      ['Owner', nc.ownerName ?? ''],
      ['Status', `${NC_STATUS_LABEL[nc.status]}${nc.reopenCount ? ` (reopened ${nc.reopenCount} time${nc.reopenCount === 1 ? '' : 's'} after a failed effectiveness review)` : ''}`],
    ]),
    heading('Correction and containment'),
    pairs([
      ['Correction', nc.correction],
      ['Containment of consequences', nc.containment],
    ]),
    heading('Similar nonconformities'),
    similar.length ? { type: 'list', items: similar.map((s) => [{ text: `${s.ref} `, bold: true }, { text: `${s.title} (${NC_STATUS_LABEL[s.status].toLowerCase()}, raised ${s.raisedOn}; ${s.reasons.join(', ')})` }]) } : para('No other nonconformity concerns the same clause, control or asset.'),
    heading('Root cause analysis'),
    heading('Five whys', 2),
    nc.whys.length ? { type: 'list', ordered: true, items: nc.whys.map((answer, i) => [{ text: i === 0 ? 'Why did it happen? ' : 'Why? ', bold: true }, { text: answer }]) } : para('Not answered yet.'),
    heading('Cause and effect (fishbone)', 2),
  ];
  if (nc.fishbone.length) {
    const fb = fishbonePng({ problem: `${nc.ref} ${nc.title}`, causes: nc.fishbone });
    blocks.push({ type: 'image', png: fb.png, width: fb.width, height: fb.height, alt: `Fishbone diagram of ${nc.ref}: ${nc.fishbone.map((c) => `${CATEGORY_LABEL[c.category]}: ${c.cause}`).join('; ')}` });
    blocks.push({ type: 'table', columns: [{ header: 'Category', weight: 1.2 }, { header: 'Cause', weight: 5 }], rows: nc.fishbone.map((c) => [CATEGORY_LABEL[c.category], c.cause]) });
  } else blocks.push(para('No causes were placed on the fishbone.'));
  blocks.push(heading('Root cause', 2), para(nc.rootCause || 'Not stated yet.'));
  blocks.push(heading('Corrective actions'), nc.actions.length ? { type: 'table', columns: actionColumns, rows: nc.actions.map((a) => actionRow(a, today)) } : para('None planned yet.'));
  blocks.push(
    heading('Effectiveness reviews'),
    nc.reviews.length
      ? {
          type: 'table',
          columns: [
            { header: 'Planned', weight: 1, kind: 'date' },
            { header: 'Reviewer', weight: 1.6 },
            { header: 'Criteria', weight: 3 },
            { header: 'Result', weight: 1.3 },
            { header: 'Reviewed', weight: 1, kind: 'date' },
            { header: 'Findings', weight: 3 },
          ],
          rows: nc.reviews.map((r) => [r.plannedOn, r.reviewerName, r.criteria, r.result === 'not-effective' ? 'Not effective' : cap(r.result), r.reviewedOn ?? '', r.notes]),
        }
      : para('No effectiveness review planned yet.'),
  );
  blocks.push(heading('Traceability'), nc.links.length ? { type: 'table', columns: [{ header: 'Linked', weight: 1.2 }, { header: 'Record', weight: 4 }, { header: 'Through action', weight: 0, kind: 'code' }, { header: 'Note', weight: 3 }], rows: nc.links.map((l: Link) => [cap(l.kind), l.label, l.actionRef ?? '', l.note]) } : para('No control, policy or risk is linked yet.'));
  blocks.push(
    heading('Closure'),
    nc.status === 'closed' ? pairs([['Closed on', nc.closedOn ?? ''], ['Closed by', nc.closedByName], ['Evidence', nc.closureEvidence]]) : para(`Not closed. The nonconformity is at "${NC_STATUS_LABEL[nc.status].toLowerCase()}".`),
    heading('Life cycle'),
    nc.history.length
      ? { type: 'table', columns: [{ header: 'Date', weight: 1, kind: 'date' }, { header: 'Step', weight: 2.5 }, { header: 'By', weight: 1.6 }, { header: 'Note', weight: 4 }], rows: nc.history.map((t) => [t.on, NC_ACTION_LABEL[t.action], t.by, t.note]) }
      : para('Recorded; no step taken yet.'),
  );
  return [{ blocks }];
}
