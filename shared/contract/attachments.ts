import { z } from 'zod';
import { query } from './define';
import { Id, IdInput } from './common';
import { safeFileName } from '../fileNames';

/**
 * Evidence files (DESIGN.md: attachments live inside the workspace, hashed). Files travel as base64
 * inside another area's input (e.g. leadership.evidenceAdd), so a file is never stored without the
 * record that needs it; this area reads them back and checks them.
 */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

const MIME = /^[\w.+-]+\/[\w.+-]+$/;

export const AttachmentUpload = z.object({
  /** Made safe for every operating system (shared/fileNames.ts): a name, never a place. */
  name: z
    .string({ error: 'File name must be text.' })
    .max(1000, { error: 'File name is too long.' })
    .refine((v) => (v.split(/[\\/]/).pop() ?? '').trim() !== '', { error: 'The file needs a name.' })
    .transform((v) => safeFileName(v)),
  mime: z
    .string({ error: 'File type must be text.' })
    .trim()
    .max(100, { error: 'File type is too long.' })
    .refine((v) => v === '' || MIME.test(v), { error: 'File type must look like type/subtype.' })
    .transform((v) => v.toLowerCase() || 'application/octet-stream')
    .default('application/octet-stream'),
  dataBase64: z
    .base64({ error: 'The file content must be base64.' })
    .max(ATTACHMENT_MAX_BASE64, { error: 'The file is larger than 20 MB.' }),
});
export type AttachmentUpload = z.input<typeof AttachmentUpload>;

export const AttachmentMeta = z.object({
  id: Id,
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

export const attachmentsContract = {
  'attachments.get': query({ doc: 'Name, type, size and SHA-256 of an attached file.', input: IdInput, output: AttachmentMeta }),
  'attachments.download': query({
    doc: 'An attached file with its content as base64.',
    input: IdInput,
    output: AttachmentMeta.extend({ dataBase64: z.string() }),
  }),
  'attachments.verify': query({
    doc: 'Recompute the SHA-256 of an attached file and compare it with the one recorded when it arrived and the one in the trail.',
    input: IdInput,
    output: z.object({ id: Id, sha256: z.string(), recorded: z.string(), trailRecorded: z.string().nullable(), matches: z.boolean() }),
  }),
};
