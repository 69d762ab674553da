import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { ismsChanges } from './objectives';

/**
 * 9.3 management review (issue 14). The inputs a)-g) are not stored while the review is a draft:
 * they are computed from the workspace over [window_from, window_to] (services/reviewInputs.ts).
 * At sign-off the compiled inputs and the notes are frozen in `snapshot` (JSON), so the signed
 * record shows what the meeting saw. Notes per input are a small JSON object checked by the contract.
 */
export const managementReviews = sqliteTable(
  'management_reviews',
  {
    ...recordColumns(),
    ...refColumn(),
    title: text('title').notNull(),
    meetingDate: text('meeting_date').notNull(),
    windowFrom: text('window_from').notNull(),
    windowTo: text('window_to').notNull(),
    location: text('location').notNull().default(''),
    chairId: text('chair_id').references(() => people.id, { onDelete: 'set null' }),
    guests: text('guests').notNull().default(''),
    /** JSON object: input key (a, b, c, d1 ... g) -> note. */
    inputNotes: text('input_notes').notNull().default('{}'),
    status: text('status').notNull().default('draft'),
    signedById: text('signed_by_id').references(() => people.id, { onDelete: 'set null' }),
    signedByName: text('signed_by_name'),
    signedOn: text('signed_on'),
    signReason: text('sign_reason').notNull().default(''),
    /** JSON of the compiled inputs with their notes at sign-off; null while a draft. */
    snapshot: text('snapshot'),
  },
  (t) => [index('management_reviews_meeting').on(t.meetingDate)],
);

/** People who attended; the name is kept as it was when they were added, so the minutes never lose it. */
export const reviewAttendees = sqliteTable(
  'management_review_attendees',
  {
    ...recordColumns(),
    reviewId: text('review_id').notNull().references(() => managementReviews.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
  },
  (t) => [index('management_review_attendees_review').on(t.reviewId), index('management_review_attendees_person').on(t.personId)],
);

/** Outputs of 9.3.3: decisions, and changes to the ISMS (optionally the 6.3 planned change that carries it out). */
export const reviewOutputs = sqliteTable(
  'management_review_outputs',
  {
    ...recordColumns(),
    reviewId: text('review_id').notNull().references(() => managementReviews.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    changeId: text('change_id').references(() => ismsChanges.id, { onDelete: 'set null' }),
  },
  (t) => [index('management_review_outputs_review').on(t.reviewId), index('management_review_outputs_change').on(t.changeId)],
);

/** Actions decided at a review (MRA-001); tracked after sign-off and shown in later reviews' input a). */
export const reviewActions = sqliteTable(
  'management_review_actions',
  {
    ...recordColumns(),
    ...refColumn(),
    reviewId: text('review_id').notNull().references(() => managementReviews.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    dueDate: text('due_date'),
    status: text('status').notNull().default('open'),
    completedOn: text('completed_on'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('management_review_actions_review').on(t.reviewId), index('management_review_actions_due').on(t.status, t.dueDate)],
);
