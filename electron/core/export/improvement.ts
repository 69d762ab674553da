import type { Workspace } from '../db/open';
import { NC_ACTION_LABEL, NC_STATUS_LABEL } from '../../../shared/ncStates';
import { getNcDetail, similarNcs } from '../services/nonconformities';
import { documentSettingsOf } from '../services/documentSettings';
import { IMPROVEMENT_LOG_DOC } from '../services/documentCatalog';
import { documentRecord } from '../services/documentControl';
import { isoDay } from '../services/dates';
import { workspaceInfo } from '../services/workspace';
import { preparedBy } from './control';
import { ncReportSections } from './documents/clause10';
import type { DocModel } from './model';

/**
 * A nonconformity report is a record, not a document that is revised: its id hangs under the log's
 * (ISMS-10.2-NC-001), it is final once the nonconformity is closed (the person who closed it signs
 * it off) and printed as a DRAFT until then; its history is the record's life cycle.
 */
export function ncReportModel(ws: Workspace, today: Date, ncId: string): DocModel {
  const nc = getNcDetail(ws, ncId);
  const log = documentRecord(ws, IMPROVEMENT_LOG_DOC);
  const closed = nc.status === 'closed';
  const day = isoDay(today);
  return {
    control: {
      docId: `${log.docId}-${nc.ref}`,
      title: `Nonconformity report ${nc.ref}`,
      subtitle: nc.title,
      organisation: workspaceInfo(ws).organisation,
      version: closed ? 'Final' : 'Working copy',
      status: closed ? 'Closed record' : `Open record, stage: ${NC_STATUS_LABEL[nc.status].toLowerCase()}`,
      draft: !closed,
      classification: log.classification,
      owner: nc.ownerName ?? '',
      approver: closed ? nc.closedByName : '',
      approvedOn: closed ? (nc.closedOn ?? '') : '',
      nextReview: '',
      preparedBy: preparedBy(ws),
      generatedOn: day,
      extra: [
        ['Raised on', nc.raisedOn],
        ['Part of', `${log.docId} ${log.title}`],
      ],
      history: nc.history.map((t) => ({ version: NC_ACTION_LABEL[t.action], date: t.on, by: t.by, note: t.note })),
      notice: closed ? null : `This nonconformity is still open (stage: ${NC_STATUS_LABEL[nc.status].toLowerCase()}). The report becomes final when it is closed after a passed effectiveness review.`,
      branding: documentSettingsOf(ws),
    },
    sections: ncReportSections(nc, similarNcs(ws, { excludeId: nc.id, clauseId: nc.clauseId, controlId: nc.controlId, assetId: nc.assetId }), day),
  };
}
