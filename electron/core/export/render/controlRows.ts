import { dash, type DocumentControl } from '../model';

/** The document control block every format prints, in one order. */
export function controlRows(c: DocumentControl): Array<[string, string]> {
  return [
    ['Document id', c.docId],
    ['Title', c.title],
    ['Version', c.version],
    ['Status', c.status],
    ['Classification', c.classification],
    ['Owner', dash(c.owner)],
    ['Approved by', dash(c.approver)],
    ['Approval date', dash(c.approvedOn)],
    ['Next review', dash(c.nextReview)],
    ['Prepared by', dash(c.preparedBy)],
    ['Generated on', c.generatedOn],
    ...c.extra,
  ];
}

/** The cover's short list. */
export function coverRows(c: DocumentControl): Array<[string, string]> {
  return [
    ['Document id', c.docId],
    ['Version', c.version],
    ['Status', c.status],
    ['Classification', c.classification],
    ['Owner', dash(c.owner)],
    ['Date', c.generatedOn],
  ];
}

export const HISTORY_COLUMNS = ['Version', 'Date', 'Approved by', 'What changed'] as const;

/** "ISMS-4.3 · Scope of the ISMS · version 1.1 draft" */
export const runningTitle = (c: DocumentControl) => `${c.docId} · ${c.title} · version ${c.version}`;

export const PAGE = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;
