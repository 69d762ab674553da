import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps } from './common';
import { AttachmentMeta, AttachmentUpload } from './attachments';

export const COMMITMENT_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const Evidence = z.object({
  id: Id,
  ref: Ref,
  commitmentId: Id,
  description: z.string(),
  evidenceDate: z.string().nullable(),
  attachment: AttachmentMeta.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const CommitmentFields = z.object({
  title: requiredText('Commitment'),
  description: optionalText('Description', LIMITS.longText),
});

export const Commitment = CommitmentFields.extend({
  id: Id,
  ref: Ref,
  key: z.string().nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  sortOrder: z.number().int(),
  evidence: z.array(Evidence),
}).extend(Stamps.shape);
export type Commitment = z.infer<typeof Commitment>;

export const TopManager = z.object({
  assignmentId: Id,
  personId: Id,
  name: z.string(),
  jobTitle: z.string(),
  acceptedOn: z.string().nullable(),
});

export const LeadershipOverview = z.object({
  /** The 5.3 role whose holders are top management; name them with roles.assign. */
  topManagementRoleId: Id,
  topManagement: z.array(TopManager),
  commitments: z.array(Commitment),
});
export type LeadershipOverview = z.infer<typeof LeadershipOverview>;

export const EvidenceFields = z.object({
  description: requiredText('Evidence', LIMITS.shortText * 4),
  evidenceDate: IsoDate.nullable().default(null),
});

export const EvidenceAdd = EvidenceFields.extend({ commitmentId: Id, file: AttachmentUpload.nullable().default(null) });
export type EvidenceAdd = z.input<typeof EvidenceAdd>;

const CommitmentUpdate = patchOf({
  ...CommitmentFields.shape,
  status: z.enum(COMMITMENT_STATUSES, { error: 'Choose not started, in progress or done.' }),
  ownerId: Id.nullable(),
}).extend({ id: Id });

export const leadershipContract = {
  'leadership.get': query({
    doc: 'Top management (the holders of the top management role in 5.3) and the 5.1 commitment checklist with its evidence.',
    input: Empty,
    output: LeadershipOverview,
  }),
  'leadership.commitmentCreate': method({ doc: 'Add a commitment of your own to the checklist.', input: CommitmentFields, output: Commitment }),
  'leadership.commitmentUpdate': method({
    doc: `Change a commitment’s wording, owner or status. ${PARTIAL}`,
    input: CommitmentUpdate,
    output: Commitment,
    rules: [{ path: 'status', text: 'A commitment can be marked done only once it has evidence.' }],
  }),
  'leadership.commitmentDelete': method({ doc: `Remove a commitment with its evidence and files. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'leadership.evidenceAdd': method({
    doc: 'Record evidence for a commitment: what it is, its date, and optionally a file (up to 20 MB).',
    input: EvidenceAdd,
    output: Evidence,
  }),
  'leadership.evidenceUpdate': method({ doc: `Change the description or date of evidence. ${PARTIAL}`, input: patchOf(EvidenceFields.shape).extend({ id: Id }), output: Evidence }),
  'leadership.evidenceDelete': method({ doc: 'Remove evidence and its file.', input: IdInput, output: Ok }),
};
