import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { ATTACHMENT_MAX_BYTES, type AttachmentMeta, type AttachmentUpload } from '../../../shared/contract/attachments';
import type { Workspace } from '../db/open';
import { attachments } from '../db/schema';
import type { Writer } from '../db/write';
import { checkAttachmentBytes } from './integrity';

type Upload = z.output<typeof AttachmentUpload>;

const metaColumns = {
  id: attachments.id,
  name: attachments.name,
  mime: attachments.mime,
  size: attachments.size,
  sha256: attachments.sha256,
  createdAt: attachments.createdAt,
  createdBy: attachments.createdBy,
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores a file inside the caller's write, so the file and the record that needs it are saved
 * together or not at all. The size is checked on the decoded bytes and the hash computed here,
 * never taken from the caller. `field` names the input field for error messages.
 */
export function storeAttachment(w: Writer, file: Upload, field = 'file'): AttachmentMeta {
  const data = Buffer.from(file.dataBase64, 'base64');
  const problem = data.length === 0 ? 'The file is empty.' : data.length > ATTACHMENT_MAX_BYTES ? 'The file is larger than 20 MB.' : null;
  if (problem) throw new AppError('VALIDATION', problem, { field, fields: [{ path: field, message: problem }] });
  const row = w.insert(attachments, { name: file.name, mime: file.mime, size: data.length, sha256: sha256(data), data });
  return { id: row.id, name: row.name, mime: row.mime, size: row.size, sha256: row.sha256, createdAt: row.createdAt, createdBy: row.createdBy };
}

export function removeAttachment(w: Writer, id: string) {
  w.remove(attachments, id);
}

export function getAttachment(ws: Workspace, id: string): AttachmentMeta {
  const row = ws.db.select(metaColumns).from(attachments).where(eq(attachments.id, id)).get();
  if (!row) throw notFound('Attachment', id);
  return row;
}

export function attachmentMetas(ws: Workspace): Map<string, AttachmentMeta> {
  return new Map(ws.db.select(metaColumns).from(attachments).all().map((m) => [m.id, m]));
}

function bytesOf(ws: Workspace, id: string): Buffer {
  const row = ws.db.select({ data: attachments.data }).from(attachments).where(eq(attachments.id, id)).get();
  if (!row) throw notFound('Attachment', id);
  return row.data;
}

export function downloadAttachment(ws: Workspace, id: string): AttachmentMeta & { dataBase64: string } {
  return { ...getAttachment(ws, id), dataBase64: bytesOf(ws, id).toString('base64') };
}

/**
 * Proves the stored bytes are the ones that arrived: against the hash recorded with the file and
 * the one the trail recorded, so rewriting both the file and its hash column is noticed too.
 */
export function verifyAttachment(ws: Workspace, id: string) {
  const meta = getAttachment(ws, id);
  const check = checkAttachmentBytes(ws, id, bytesOf(ws, id), meta.sha256);
  return { id, sha256: check.actual, recorded: meta.sha256, trailRecorded: check.trail, matches: check.matches };
}
