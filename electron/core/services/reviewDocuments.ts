import type { ReviewAction, ReviewOutput } from '../../../shared/contract/reviews';
import type { DocumentType } from './documentControl';
import { getReviewDetail, listReviews } from './reviews';

/**
 * 9.3 "Results of management reviews" under document control: the signed-off reviews with their
 * outputs and the status of their actions. Each review's minutes are exported on their own
 * (export/reviews.ts) under this document's id (ISMS-9.3-MRV-001).
 */
export interface ReviewResultsContent {
  reviews: Array<{
    ref: string;
    title: string;
    meetingDate: string;
    period: string;
    chair: string;
    signedOn: string;
    attendees: string[];
    outputs: Array<Pick<ReviewOutput, 'kind' | 'text' | 'changeRef'>>;
    actions: Array<Pick<ReviewAction, 'ref' | 'title' | 'ownerName' | 'dueDate' | 'status' | 'completedOn'>>;
  }>;
}

export const MANAGEMENT_REVIEW_DOC: DocumentType<ReviewResultsContent> = {
  key: 'management-review',
  docId: 'ISMS-9.3',
  title: 'Results of management reviews',
  clauseId: '9.3',
  subtitle: 'Management reviews, their decisions, changes and actions, clause 9.3',
  capture: (ws) => ({
    reviews: listReviews(ws)
      .filter((r) => r.status === 'signed-off')
      .reverse()
      .map((r) => {
        const d = getReviewDetail(ws, r.id);
        return {
          ref: r.ref,
          title: r.title,
          meetingDate: r.meetingDate,
          period: `${r.windowFrom} to ${r.windowTo}`,
          chair: r.signedByName ?? '',
          signedOn: r.signedOn ?? '',
          attendees: [...r.attendees.map((a) => a.name), ...(r.guests ? [r.guests] : [])],
          // Decisions first, then changes to the ISMS, as the minutes print them.
          outputs: [...d.outputs.filter((o) => o.kind === 'decision'), ...d.outputs.filter((o) => o.kind === 'change')].map((o) => ({ kind: o.kind, text: o.text, changeRef: o.changeRef })),
          actions: d.actions.map((a) => ({ ref: a.ref, title: a.title, ownerName: a.ownerName, dueDate: a.dueDate, status: a.status, completedOn: a.completedOn })),
        };
      }),
  }),
};
