import { z } from 'zod';
import { method, query } from './define';
import { AttachmentMeta, AttachmentUpload } from './attachments';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps } from './common';
import { FREQUENCIES } from '../communication';

/** 7.4 communication (issue 12): the plan (what, to whom, when, how, who) and the log of what was actually communicated. */

export const PlanFields = z.object({
  topic: requiredText('Topic'),
  audience: requiredText('Audience'),
  frequency: z.enum(FREQUENCIES, { error: 'Choose once, monthly, quarterly, half-yearly or yearly.' }).default('once'),
  /** Once: the day. Recurring: the first time; empty means from the day the row is added. */
  startsOn: IsoDate.nullable().default(null),
  channel: requiredText('Channel'),
  responsibleId: Id.nullable().default(null),
  notes: optionalText('Notes', LIMITS.shortText * 4),
});
export type PlanInput = z.input<typeof PlanFields>;

export const PlanRow = PlanFields.extend({
  id: Id,
  ref: Ref,
  responsibleName: z.string().nullable(),
  /** The latest day something was logged against the row. */
  lastCommunicatedOn: z.string().nullable(),
  logEntries: z.number().int(),
  /** From the frequency and the latest log entry (shared/communication.ts); null when a one-off is done or has no date. */
  nextDueOn: z.string().nullable(),
  overdue: z.boolean(),
}).extend(Stamps.shape);
export type PlanRow = z.infer<typeof PlanRow>;

export const LogFields = z.object({
  communicatedOn: IsoDate,
  planId: Id.nullable().default(null),
  topic: requiredText('Topic'),
  audience: requiredText('Audience'),
  channel: requiredText('Channel'),
  byId: Id.nullable().default(null),
  note: optionalText('Note', LIMITS.shortText * 4),
});
export const LogCreate = LogFields.extend({ file: AttachmentUpload.nullable().default(null) });
export type LogInput = z.input<typeof LogCreate>;

export const LogEntry = LogFields.extend({
  id: Id,
  byName: z.string().nullable(),
  planRef: z.string().nullable(),
  attachment: AttachmentMeta.nullable(),
}).extend(Stamps.shape);
export type LogEntry = z.infer<typeof LogEntry>;

const NOT_FUTURE = [{ path: 'communicatedOn', text: 'Not in the future.' }];

export const communicationContract = {
  'communication.planList': query({ doc: 'The 7.4 communication plan with each row’s next due date (from its frequency and latest log entry) and whether it is overdue.', input: Empty, output: z.array(PlanRow) }),
  'communication.planCreate': method({
    doc: 'Plan a communication: topic, audience, frequency (once with its date, monthly, quarterly, half-yearly, yearly), channel and who is responsible.',
    input: PlanFields,
    output: PlanRow,
    rules: [{ path: 'startsOn', text: 'A communication planned once needs its date.' }],
  }),
  'communication.planUpdate': method({ doc: `Change a planned communication. ${PARTIAL}`, input: patchOf(PlanFields.shape).extend({ id: Id }), output: PlanRow, rules: [{ path: 'startsOn', text: 'A communication planned once needs its date.' }] }),
  'communication.planDelete': method({ doc: `Delete a planned communication; its log entries stay, without the link. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'communication.logList': query({ doc: 'What was actually communicated, newest first.', input: Empty, output: z.array(LogEntry) }),
  'communication.logCreate': method({
    doc: 'Record a communication that happened: date, the plan row it carries out (optional), topic, audience, channel, by whom, a note and optionally a file (up to 20 MB).',
    input: LogCreate,
    output: LogEntry,
    rules: NOT_FUTURE,
  }),
  'communication.logUpdate': method({ doc: `Change a log entry (its file stays). ${PARTIAL}`, input: patchOf(LogFields.shape).extend({ id: Id }), output: LogEntry, rules: NOT_FUTURE }),
  'communication.logDelete': method({ doc: 'Delete a log entry with its file.', input: IdInput, output: Ok }),
};
