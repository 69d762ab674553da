import type { Workspace } from '../db/open';
import { getReviewDetail } from '../services/reviews';
import { documentSettingsOf } from '../services/documentSettings';
import { MANAGEMENT_REVIEW_DOC } from '../services/reviewDocuments';
import { documentRecord } from '../services/documentControl';
import { isoDay } from '../services/dates';
import { workspaceInfo } from '../services/workspace';
import { preparedBy } from './control';
import { reviewMinutesSections } from './documents/reviews';
import type { DocModel } from './model';

/**
 * The minutes of one management review: a record, not a revised document. Its id hangs under the
 * results document's (ISMS-9.3-MRV-001); final once the chair signed it off, a DRAFT until then.
 */
export function reviewMinutesModel(ws: Workspace, today: Date, reviewId: string): DocModel {
  const r = getReviewDetail(ws, reviewId);
  const results = documentRecord(ws, MANAGEMENT_REVIEW_DOC);
  const signed = r.status === 'signed-off';
  return {
    control: {
      docId: `${results.docId}-${r.ref}`,
      title: `Management review minutes ${r.ref}`,
      subtitle: r.title,
      organisation: workspaceInfo(ws).organisation,
      version: signed ? 'Final' : 'Working copy',
      status: signed ? 'Signed off' : 'Not yet signed off',
      draft: !signed,
      classification: results.classification,
      owner: r.chairName ?? r.signedByName ?? '',
      approver: signed ? (r.signedByName ?? '') : '',
      approvedOn: signed ? (r.signedOn ?? '') : '',
      nextReview: '',
      preparedBy: preparedBy(ws),
      generatedOn: isoDay(today),
      extra: [
        ['Meeting date', r.meetingDate],
        ['Period reviewed', `${r.windowFrom} to ${r.windowTo}`],
        ['Part of', `${results.docId} ${results.title}`],
      ],
      history: signed ? [{ version: 'Final', date: r.signedOn ?? '', by: r.signedByName ?? '', note: 'Signed off by the chair' }] : [],
      notice: signed ? null : 'This review is not signed off yet: the inputs are compiled live and the minutes become final when the chair signs the review off.',
      branding: documentSettingsOf(ws),
    },
    sections: reviewMinutesSections(r),
  };
}
