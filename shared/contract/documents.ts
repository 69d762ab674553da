import { z } from 'zod';
import { method, query } from './define';
import { Empty, Id, IsoDate, LIMITS, optionalText, requiredText } from './common';

/**
 * 7.5 document control (issue #8): one record per controlled document. Versions come from approval
 * events only: 1.0 at the first approval, 1.1 for a minor revision, 2.0 for a major one, and
 * "1.1 draft" while the content differs from what was last approved.
 */
export const DocumentKey = z
  .string({ error: 'Choose a document.' })
  .trim()
  .min(1, { error: 'Choose a document.' })
  .max(100, { error: 'Unknown document.' });

export const ApprovalEvent = z.object({
  version: z.string(),
  approverName: z.string(),
  approvedOn: z.string(),
  changeNote: z.string(),
  /** Why someone without an approving role approved; empty when their role allows it. */
  reason: z.string(),
});
export type ApprovalEvent = z.infer<typeof ApprovalEvent>;

export const DocumentRecord = z.object({
  key: z.string(),
  /** Stable identifier printed on every page, e.g. ISMS-4.3. */
  docId: z.string(),
  title: z.string(),
  clauseId: z.string(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  classification: z.string(),
  reviewMonths: z.number().int(),
  /** "1.0", "1.1 draft", "1.0 draft" before the first approval. */
  version: z.string(),
  status: z.enum(['draft', 'approved', 'changed']),
  approved: ApprovalEvent.nullable(),
  nextReview: z.string().nullable(),
  /** Newest first. */
  history: z.array(ApprovalEvent),
  /** false for documents approved through their own workflow (policies). */
  approvable: z.boolean(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;
export const LOGO_MAX_BYTES = 1024 * 1024;

export const DocumentSettings = z.object({
  classification: z.string(),
  accentColour: z.string(),
  footerText: z.string(),
  paperSize: z.enum(['A4', 'Letter']),
  language: z.string(),
  /** data: URL of the logo for previews, or null. */
  logo: z.string().nullable(),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;

export const DocumentSettingsUpdate = z.object({
  classification: requiredText('Classification label', 60).optional(),
  accentColour: z
    .string({ error: 'Accent colour must be text.' })
    .trim()
    .transform((v) => v.replace(/^#/, ''))
    .pipe(z.string().regex(HEX_COLOUR, { error: 'Use a colour like #1F4E79.' }))
    .transform((v) => v.toUpperCase())
    .optional(),
  footerText: optionalText('Footer text', LIMITS.shortText).optional(),
  paperSize: z.enum(['A4', 'Letter'], { error: 'Paper size is A4 or Letter.' }).optional(),
  /** A PNG or JPEG as base64; null removes the logo. */
  logo: z
    .object({
      mime: z.enum(['image/png', 'image/jpeg'], { error: 'The logo must be a PNG or JPEG image.' }),
      dataBase64: z.base64({ error: 'The logo must be base64.' }).max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, { error: 'The logo must be at most 1 MB.' }),
    })
    .nullable()
    .optional(),
});

export const documentsContract = {
  'documents.list': query({ doc: 'Every controlled document with its id, version, status, approver and next review (7.5).', input: Empty, output: z.array(DocumentRecord) }),
  'documents.get': query({ doc: 'One controlled document with its approval history.', input: z.object({ key: DocumentKey }), output: DocumentRecord }),
  'documents.update': method({
    doc: 'Set a document’s owner, review interval or its own classification (null: the workspace label).',
    input: z.object({
      key: DocumentKey,
      ownerId: Id.nullable().optional(),
      reviewMonths: z.number({ error: 'Review interval must be a number of months.' }).int().min(1).max(60).optional(),
      classification: requiredText('Classification label', 60).nullable().optional(),
    }),
    output: DocumentRecord,
  }),
  'documents.approve': method({
    doc: 'Approve the document as it stands now: freezes its content and gives it the next version (minor unless major); approvedOn defaults to today.',
    input: z.object({
      key: DocumentKey,
      approverId: Id,
      /** Left out: today. */
      approvedOn: IsoDate.optional(),
      major: z.boolean().default(false),
      changeNote: optionalText('What changed', LIMITS.shortText),
      reason: optionalText('Reason', LIMITS.shortText),
    }),
    output: DocumentRecord,
  }),
  'documents.approvers': query({ doc: 'People whose role lets them approve documents (top management or a role marked as approver).', input: Empty, output: z.array(z.object({ id: Id, name: z.string() })) }),
  'documents.settings': query({ doc: 'The workspace’s classification label and document branding.', input: Empty, output: DocumentSettings }),
  'documents.settingsUpdate': method({ doc: 'Change the classification label, accent colour, footer text, paper size or logo.', input: DocumentSettingsUpdate, output: DocumentSettings }),
};
