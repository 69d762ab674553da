import type { Workspace } from '../db/open';
import { getAuditDetail } from '../services/audits';
import { documentSettingsOf } from '../services/documentSettings';
import { AUDIT_PROGRAMME_DOC } from '../services/documentCatalog';
import { documentRecord } from '../services/documentControl';
import { isoDay } from '../services/dates';
import { workspaceInfo } from '../services/workspace';
import { preparedBy } from './control';
import { auditReportSections } from './documents/audits';
import type { DocModel } from './model';

/**
 * An audit report is a record of one audit, not a document that is revised: its id hangs under the
 * programme's (ISMS-9.2-AUD-001), it is final once the audit is reported (the lead auditor signs it)
 * and printed as a DRAFT until then.
 */
export function auditReportModel(ws: Workspace, today: Date, auditId: string): DocModel {
  const a = getAuditDetail(ws, auditId);
  const programme = documentRecord(ws, AUDIT_PROGRAMME_DOC);
  const reported = a.status === 'reported';
  const lead = a.team.find((t) => t.role === 'lead-auditor');
  return {
    control: {
      docId: `${programme.docId}-${a.ref}`,
      title: `Internal audit report ${a.ref}`,
      subtitle: a.title,
      organisation: workspaceInfo(ws).organisation,
      version: reported ? 'Final' : 'Working copy',
      status: reported ? 'Reported' : a.status === 'cancelled' ? 'Cancelled audit' : 'Audit not yet reported',
      draft: !reported,
      classification: programme.classification,
      owner: lead?.name ?? '',
      approver: reported ? (lead?.name ?? '') : '',
      approvedOn: reported ? (a.reportedOn ?? '') : '',
      nextReview: '',
      preparedBy: preparedBy(ws),
      generatedOn: isoDay(today),
      extra: [
        ['Audit dates', a.startDate === a.endDate ? a.startDate : `${a.startDate} to ${a.endDate}`],
        ['Part of', `${programme.docId} ${programme.title}`],
        ['Distribution', a.distribution || 'Not stated'],
      ],
      history: reported ? [{ version: 'Final', date: a.reportedOn ?? '', by: lead?.name ?? a.updatedBy, note: 'Audit reported' }] : [],
      notice: reported ? null : `This audit is not reported yet (${a.recordedCount} of ${a.itemCount} checklist items have a verdict). The report becomes final when the audit is reported.`,
      branding: documentSettingsOf(ws),
    },
    sections: auditReportSections(a),
  };
}
