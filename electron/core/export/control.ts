import type { Workspace } from '../db/open';
import type { ExportContent } from '../services/documentControl';
import { documentSettingsOf } from '../services/documentSettings';
import { isoDay } from '../services/dates';
import { workspaceInfo } from '../services/workspace';
import type { DocumentControl } from './model';

/** Who prepared the documents: the consultant named for the workspace, never the computer's login. */
export function preparedBy(ws: Workspace): string {
  return workspaceInfo(ws).consultant;
}

/** The control block of a register or statement from its document-control record and what is printed. */
export function controlOf(ws: Workspace, today: Date, subtitle: string, exp: ExportContent<unknown>): DocumentControl {
  const r = exp.record;
  const last = r.approved;
  let notice: string | null = null;
  if (exp.changedSince && last) {
    notice = `The workspace has changed since version ${last.version} was approved on ${last.approvedOn}. This copy shows the document exactly as approved; the changes are in draft and will become the next version once approved.`;
  } else if (exp.draft && last) {
    notice = `This draft shows changes made since version ${last.version} was approved on ${last.approvedOn} by ${last.approverName}. It is not in force until approved.`;
  } else if (exp.draft) {
    notice = 'This document has not been approved yet. It is not in force until approved.';
  }
  return {
    docId: r.docId,
    title: r.title,
    subtitle,
    organisation: workspaceInfo(ws).organisation,
    version: r.version,
    status: exp.draft ? 'Draft, not approved' : 'Approved',
    draft: exp.draft,
    classification: r.classification,
    owner: r.ownerName ?? '',
    approver: exp.draft ? '' : (last?.approverName ?? ''),
    approvedOn: exp.draft ? '' : (last?.approvedOn ?? ''),
    nextReview: exp.draft ? '' : (r.nextReview ?? ''),
    preparedBy: preparedBy(ws),
    generatedOn: isoDay(today),
    extra: !exp.draft && last?.reason ? [['Approval note', `Approved outside the approving roles: ${last.reason}`]] : [],
    history: r.history.map((e) => ({ version: e.version, date: e.approvedOn, by: e.approverName, note: [e.changeNote.trim().replace(/([^.!?])$/, '$1.'), e.reason ? `Reason for this approver: ${e.reason}` : ''].filter(Boolean).join(' ') })),
    notice,
    branding: documentSettingsOf(ws),
  };
}
