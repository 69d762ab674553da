import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, PARTIAL, Ref, REFERENCES, requiredText, Stamps } from './common';
import { patchOf, text } from './patch';

/**
 * 9.3 management review (issue 14). The inputs of 9.3.2, with d) split into its four trends, are
 * compiled from the workspace (electron/core/services/reviewInputs.ts); a review stores only the
 * note the meeting wrote on each, and freezes the compiled figures when the chair signs it off.
 */
export const INPUT_KEYS = ['a', 'b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g'] as const;
export type InputKey = (typeof INPUT_KEYS)[number];
/** Our own short names for the inputs (the standard's letters and numbers are facts). */
export const INPUT_TITLES: Record<InputKey, string> = {
  a: 'a) Actions from earlier reviews',
  b: 'b) Changes in internal and external issues',
  c: 'c) Changes in interested parties and their requirements',
  d1: 'd1) Nonconformities and corrective actions',
  d2: 'd2) Monitoring and measurement results',
  d3: 'd3) Audit results',
  d4: 'd4) Information security objectives',
  e: 'e) Feedback from interested parties',
  f: 'f) Risk assessment and risk treatment plan',
  g: 'g) Opportunities for continual improvement',
};
/** The clause each input's figures come from, for the links on the review screen. */
export const INPUT_SOURCES: Record<InputKey, { clause: string; route: string }> = {
  a: { clause: '9.3', route: '/clause/9.3' },
  b: { clause: '4.1', route: '/clause/4.1' },
  c: { clause: '4.2', route: '/clause/4.2' },
  d1: { clause: '10.2', route: '/clause/10.2' },
  d2: { clause: '9.1', route: '/clause/9.1' },
  d3: { clause: '9.2', route: '/clause/9.2' },
  d4: { clause: '6.2', route: '/clause/6.2' },
  e: { clause: '7.4', route: '/clause/7.4' },
  f: { clause: '6.1', route: '/clause/6.1' },
  g: { clause: '10.1', route: '/clause/10.1' },
};

export const REVIEW_STATUSES = ['draft', 'signed-off'] as const;
export const OUTPUT_KINDS = ['decision', 'change'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
export const REVIEW_ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ReviewActionStatus = (typeof REVIEW_ACTION_STATUSES)[number];

export const Figure = z.object({ label: z.string(), value: z.union([z.number(), z.string()]) });
export type Figure = z.infer<typeof Figure>;
export const CompiledInput = z.object({
  key: z.enum(INPUT_KEYS),
  title: z.string(),
  /** What the figures count, in plain words (and what the workspace does not record). */
  basis: z.string(),
  figures: z.array(Figure),
  /** The records behind the figures, one line each ("CTX-004 added: ..."), at most a few dozen. */
  lines: z.array(z.string()),
  note: z.string(),
});
export type CompiledInput = z.infer<typeof CompiledInput>;

const Notes = z.partialRecord(z.enum(INPUT_KEYS), text('Note', LIMITS.longText));
const ReviewShape = {
  title: requiredText('Title'),
  meetingDate: IsoDate,
  /** Defaults: from the previous review's meeting date (or the day the workspace began) to the meeting date. */
  windowFrom: IsoDate,
  windowTo: IsoDate,
  location: text('Location or format', LIMITS.shortText),
  chairId: Id.nullable(),
  attendeeIds: z.array(Id).max(200, { error: 'At most 200 attendees.' }),
  guests: text('Guests', LIMITS.shortText),
};
export const ReviewFields = z
  .object({
    ...ReviewShape,
    windowFrom: ReviewShape.windowFrom.optional(),
    windowTo: ReviewShape.windowTo.optional(),
    location: ReviewShape.location.default(''),
    chairId: ReviewShape.chairId.default(null),
    attendeeIds: ReviewShape.attendeeIds.default([]),
    guests: ReviewShape.guests.default(''),
  })
  .superRefine((v, ctx) => {
    if (v.windowFrom && v.windowTo && v.windowTo < v.windowFrom) ctx.addIssue({ code: 'custom', path: ['windowTo'], message: 'The period reviewed cannot end before it starts.' });
  });
export type ReviewFields = z.input<typeof ReviewFields>;
export const ReviewPatch = patchOf(ReviewShape).extend({ id: Id, notes: Notes.optional() });
export type ReviewPatch = z.input<typeof ReviewPatch>;

export const Attendee = z.object({ id: Id, personId: Id.nullable(), name: z.string() });
export const ReviewOutput = z.object({ id: Id, reviewId: Id, kind: z.enum(OUTPUT_KINDS), text: z.string(), changeId: Id.nullable(), changeRef: z.string().nullable(), changeTitle: z.string().nullable() }).extend(Stamps.shape);
export type ReviewOutput = z.infer<typeof ReviewOutput>;
export const ReviewAction = z.object({
  id: Id,
  ref: Ref,
  reviewId: Id,
  reviewRef: z.string(),
  title: z.string(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(REVIEW_ACTION_STATUSES),
  completedOn: z.string().nullable(),
  note: z.string(),
  overdue: z.boolean(),
}).extend(Stamps.shape);
export type ReviewAction = z.infer<typeof ReviewAction>;

export const Review = z.object({
  id: Id,
  ref: Ref,
  title: z.string(),
  meetingDate: z.string(),
  windowFrom: z.string(),
  windowTo: z.string(),
  location: z.string(),
  chairId: Id.nullable(),
  chairName: z.string().nullable(),
  attendees: z.array(Attendee),
  guests: z.string(),
  notes: Notes,
  status: z.enum(REVIEW_STATUSES),
  signedByName: z.string().nullable(),
  signedOn: z.string().nullable(),
  signReason: z.string(),
  decisionCount: z.number().int(),
  changeCount: z.number().int(),
  actionCount: z.number().int(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
}).extend(Stamps.shape);
export type Review = z.infer<typeof Review>;

export const ReviewDetail = Review.extend({
  /** Live while a draft; the figures the meeting saw once signed off. */
  inputs: z.array(CompiledInput),
  frozen: z.boolean(),
  outputs: z.array(ReviewOutput),
  actions: z.array(ReviewAction),
});
export type ReviewDetail = z.infer<typeof ReviewDetail>;

export const OutputFields = z.object({ reviewId: Id, kind: z.enum(OUTPUT_KINDS, { error: 'An output is a decision or a change to the ISMS.' }), text: requiredText('Output', LIMITS.longText), changeId: Id.nullable().default(null) });
export const OutputPatch = z.object({ id: Id, text: requiredText('Output', LIMITS.longText).optional(), changeId: Id.nullable().optional() });
const ActionShape = {
  title: requiredText('Action', LIMITS.shortText),
  ownerId: Id.nullable(),
  dueDate: IsoDate.nullable(),
  status: z.enum(REVIEW_ACTION_STATUSES, { error: 'Status is open, done or cancelled.' }),
  completedOn: IsoDate.nullable(),
  note: text('Note', LIMITS.longText),
};
export const ActionFields = z.object({ reviewId: Id, title: ActionShape.title, ownerId: ActionShape.ownerId.default(null), dueDate: ActionShape.dueDate.default(null) });
export const ActionPatch = patchOf(ActionShape).extend({ id: Id });
export type ActionPatch = z.input<typeof ActionPatch>;
export const SignOffInput = z.object({ id: Id, signedOn: IsoDate.optional(), reason: z.string().trim().max(LIMITS.shortText).optional() });

const LOCKED = 'A signed-off review is a record: its fields, notes and outputs refuse changes (CONFLICT); its actions go on being tracked.';
const ACTION_RULES = [
  { path: 'completedOn', text: 'A done or cancelled action has a completion date, not in the future; an open one has none.' },
  { path: 'note', text: 'A cancelled action says why in its note.' },
];

export const reviewsContract = {
  'reviews.list': query({ doc: 'Management reviews (9.3), newest meeting first, with their action counts.', input: Empty, output: z.array(Review) }),
  'reviews.get': query({ doc: 'One review with its inputs a)-g) compiled from the workspace over its period (frozen once signed off), outputs and actions.', input: IdInput, output: ReviewDetail }),
  'reviews.create': method({
    doc: 'Plan a management review: title, meeting date, the period reviewed (by default from the previous review’s meeting, or the day the workspace began, to this meeting), location or format, chair, attendees from the people register and guests.',
    input: ReviewFields,
    output: ReviewDetail,
    rules: [{ path: 'windowTo', text: 'The period reviewed ends no earlier than it starts.' }],
  }),
  'reviews.update': method({ doc: `Change a draft review, its attendees or the note on one or more inputs (notes given are merged with those kept). ${LOCKED} ${PARTIAL}`, input: ReviewPatch, output: ReviewDetail, rules: [{ path: 'windowTo', text: 'The period reviewed ends no earlier than it starts.' }] }),
  'reviews.delete': method({ doc: `Delete a draft review with its outputs and actions (a signed-off review is kept: CONFLICT). ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'reviews.outputAdd': method({ doc: 'Record a decision, or a change to the ISMS (optionally the 6.3 planned change that carries it out), on a draft review.', input: OutputFields, output: ReviewOutput }),
  'reviews.outputUpdate': method({ doc: `Reword an output of a draft review or change its linked 6.3 change. ${PARTIAL}`, input: OutputPatch, output: ReviewOutput }),
  'reviews.outputRemove': method({ doc: 'Remove an output from a draft review.', input: IdInput, output: Ok }),
  'reviews.actionAdd': method({ doc: 'Record an action decided at a draft review, with its owner and due date.', input: ActionFields, output: ReviewAction }),
  'reviews.actionUpdate': method({ doc: `Change an action; after sign-off only its status, completion date and note change (CONFLICT for the rest). ${PARTIAL}`, input: ActionPatch, output: ReviewAction, rules: ACTION_RULES }),
  'reviews.actionRemove': method({ doc: 'Remove an action from a draft review.', input: IdInput, output: Ok }),
  'reviews.signOff': method({
    doc: 'The chair signs the review off: the compiled inputs and notes are frozen as the meeting saw them and the record locks. Needs a chair, a note on every input and at least one output; the chair holds an approving role or a reason is recorded.',
    input: SignOffInput,
    output: ReviewDetail,
    rules: [
      { path: 'chairId', text: 'A review is signed off by its chair: name one first.' },
      { path: 'notes', text: 'Every input a)-g) has a note before sign-off.' },
      { path: 'outputs', text: 'At least one decision or change is recorded before sign-off.' },
      { path: 'reason', text: 'A chair without an approving role (top management, or a 5.3 role marked as approver) records why they sign.' },
      { path: 'signedOn', text: 'Signed no earlier than the meeting and not in the future.' },
    ],
  }),
};
