import { AppError } from '../../../shared/errors';
import type { TrailProblem } from '../../../shared/contract/trail';
import { RichDocSchema } from '../../../shared/richtext';
import type { z } from 'zod';
import type { Workspace } from '../db/open';
import { sha256Hex, type BlobSummary } from '../db/trail';

/**
 * Stored hashes re-checked against the bytes (issue 10, item 7): evidence files against the SHA-256
 * recorded when they arrived (and the one the trail recorded, so changing both the file and its
 * recorded hash outside the app is still noticed), and published policy text against the hash taken
 * at publication. Used by trail.verify, attachments.verify and the policy export.
 */
type Problem = z.output<typeof TrailProblem>;

/** The blob hash the trail recorded for an attachment's last write, if the trail has one. */
export function trailBlobHash(ws: Workspace, id: string): string | null {
  const after = ws.sqlite
    .prepare("select after from change_log where table_name = 'attachments' and row_id = ? and after is not null order by seq desc limit 1")
    .pluck()
    .get(id) as string | undefined;
  if (!after) return null;
  const data = (JSON.parse(after) as { data?: BlobSummary }).data;
  return data?.blobSha256 ?? null;
}

export interface AttachmentCheck {
  actual: string;
  recorded: string;
  trail: string | null;
  matches: boolean;
}

export function checkAttachmentBytes(ws: Workspace, id: string, data: Buffer, recorded: string): AttachmentCheck {
  const actual = sha256Hex(data);
  const trail = trailBlobHash(ws, id);
  return { actual, recorded, trail, matches: actual === recorded && (trail === null || trail === actual) };
}

export function attachmentProblems(ws: Workspace): { checked: number; problems: Problem[] } {
  const problems: Problem[] = [];
  let checked = 0;
  const rows = ws.sqlite.prepare('select id, name, sha256, data from attachments').iterate() as IterableIterator<{ id: string; name: string; sha256: string; data: Buffer }>;
  for (const row of rows) {
    checked++;
    const check = checkAttachmentBytes(ws, row.id, row.data, row.sha256);
    if (!check.matches) {
      problems.push({
        kind: 'attachment',
        seq: null,
        table: 'attachments',
        rowId: row.id,
        message: `Evidence file "${row.name}" (${row.id}) no longer matches the SHA-256 recorded when it was attached: it was changed outside the app.`,
      });
    }
  }
  return { checked, problems };
}

/** The hash publication takes: of the checked structured document, serialised (services/policyWorkflow.ts). */
function publishedHashOf(content: string): string | null {
  try {
    return sha256Hex(JSON.stringify(RichDocSchema.parse(JSON.parse(content))));
  } catch {
    return null;
  }
}

interface PublishedRow {
  id: string;
  policy_id: string;
  major: number;
  minor: number;
  content: string;
  content_sha256: string | null;
}

const alteredMessage = (title: string, v: PublishedRow) =>
  `The published text of "${title}" version ${v.major}.${v.minor} no longer matches the SHA-256 recorded at publication: it was changed outside the app.`;

export function policyTextProblems(ws: Workspace): { checked: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows = ws.sqlite
    .prepare(
      "select v.id, v.policy_id, v.major, v.minor, v.content, v.content_sha256, p.title from policy_versions v join policies p on p.id = v.policy_id where v.status in ('published', 'superseded')",
    )
    .all() as (PublishedRow & { title: string })[];
  for (const v of rows) {
    if (v.content_sha256 === null || publishedHashOf(v.content) !== v.content_sha256) {
      problems.push({ kind: 'policy-text', seq: null, table: 'policy_versions', rowId: v.id, message: alteredMessage(v.title, v) });
    }
  }
  return { checked: rows.length, problems };
}

/** Refuses to export a published policy whose text no longer matches its recorded hash. */
export function assertPolicyTextIntact(ws: Workspace, versionId: string, title: string) {
  const v = ws.sqlite.prepare('select id, policy_id, major, minor, content, content_sha256 from policy_versions where id = ?').get(versionId) as PublishedRow | undefined;
  if (!v) return;
  const actual = publishedHashOf(v.content);
  if (v.content_sha256 === null || actual !== v.content_sha256) {
    throw new AppError('CONFLICT', `${alteredMessage(title, v)} The export was refused; run "Verify trail" to see what else changed.`, {
      id: v.id,
      recorded: v.content_sha256,
      actual,
    });
  }
}
