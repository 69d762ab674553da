import { CHECK_STATUS_LABEL, ENTRY_ORIGIN_LABEL, type CheckStatus } from '../../../../shared/contract/docinfo';
import type { DocinfoContent } from '../../services/documentCatalog';
import { dash, heading, para, titled, type Block, type Section } from '../model';

/** Fills for the checklist's status column: green in place, amber to approve, red missing. */
const STATUS_COLOURS: Record<string, string> = {
  [CHECK_STATUS_LABEL.approved]: 'C6EFCE',
  [CHECK_STATUS_LABEL.external]: 'C6EFCE',
  [CHECK_STATUS_LABEL.changed]: 'FFEB9C',
  [CHECK_STATUS_LABEL.draft]: 'FFEB9C',
  [CHECK_STATUS_LABEL.missing]: 'FFC7CE',
};
const STATUS_WORD = { draft: 'Draft', approved: 'Approved', changed: 'Approved, changed since', obsolete: 'Obsolete' } as const;

/** 7.5: the mandatory documents checklist, then every document and record with its control data. */
export function docinfoSections(c: DocinfoContent, today: string): Section[] {
  const count = (s: CheckStatus) => c.checklist.filter((i) => i.status === s).length;
  const inPlace = count('approved') + count('external');
  const blocks: Block[] = [
    heading('Mandatory documented information'),
    para(`${inPlace} of the ${c.checklist.length} documents and records an auditor expects are in place; ${count('draft') + count('changed')} await approval and ${count('missing')} are missing. Each is found from the workspace: an approved document of the workbench, or an entry of this register for one kept elsewhere.`),
    {
      type: 'table',
      sheet: 'Checklist',
      columns: [{ header: 'Clause', weight: 0, kind: 'code' }, { header: 'Documented information', weight: 2.5 }, { header: 'Status', weight: 1.6, colours: STATUS_COLOURS }, { header: 'What was found', weight: 4 }],
      rows: c.checklist.map((i) => [i.clause, i.title, CHECK_STATUS_LABEL[i.status], i.evidence]),
    },
    heading('Register of documents and records'),
    para('Documents the workbench writes are kept in the workspace and exported on demand; their versions come from recorded approvals. Documents and records kept elsewhere, and those of external origin, are listed with where they are kept.', true),
  ];
  blocks.push(
    c.rows.length
      ? {
          type: 'table',
          sheet: 'Register',
          columns: [
            { header: 'Id', weight: 0, kind: 'code' },
            { header: 'Title', weight: 3 },
            { header: 'Type and origin', weight: 1.8 },
            { header: 'Owner', weight: 1.3 },
            { header: 'Version', weight: 0.9 },
            { header: 'Status and approval', weight: 1.8 },
            { header: 'Next review', weight: 0, kind: 'date' },
            { header: 'Classification', weight: 1 },
            { header: 'Retention', weight: 1.4 },
            { header: 'Kept at', weight: 1.6 },
          ],
          rows: c.rows.map((r) => [
            r.docId,
            r.title,
            r.clauseId ? `Workbench, clause ${r.clauseId}` : [r.typeLabel, r.kind === 'record' && r.typeLabel !== 'Record' ? 'record' : '', r.origin === 'external' ? ENTRY_ORIGIN_LABEL.external.toLowerCase() : ''].filter(Boolean).join(', '),
            r.ownerName ?? 'No owner',
            dash(r.version),
            titled(STATUS_WORD[r.status], r.approvedOn ? `${r.approvedOn}${r.approverName ? `, ${r.approverName}` : ''}` : ''),
            r.reviewOn ? (r.status !== 'obsolete' && r.reviewOn < today ? `${r.reviewOn} (overdue)` : r.reviewOn) : '—',
            dash(r.classification),
            r.retention.trim() ? r.retention : 'Not set',
            r.location,
          ]),
        }
      : para('Nothing registered yet.'),
  );
  return [{ landscape: true, blocks }];
}
