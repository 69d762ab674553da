import { diffLines } from 'diff';
import { AppError } from '../../../shared/errors';
import type { Version, VersionDiff, VersionMeta } from '../../../shared/contract/policies';
import { docToLines, type RichDoc } from '../../../shared/richtext';
import type { Workspace } from '../db/open';
import { policies, policyVersions } from '../db/schema';
import { write } from '../db/write';
import { remainingPlaceholders } from '../catalog/policies';
import { approvalDateProblem } from '../../../shared/dates';
import { addMonths, todayOf } from './dates';
import { checkApproval, mayApprove } from './documentControl';
import { ensurePolicyRecord } from './documentCatalog';
import { getPolicyRow } from './policyRows';
import { assertEditable, assertTransition, contentOf, getVersion, getVersionMeta, insertNextVersion, serialise, sha256, versionsOf } from './policyVersions';

/**
 * Saving text: the open draft changes in place; when the newest version is approved or published,
 * a new draft is started from the text (issue #4: a change creates a new draft version).
 */
export function saveDraft(ws: Workspace, input: { policyId: string; content: RichDoc; changeNote: string; major: boolean }): Version {
  const policy = getPolicyRow(ws, input.policyId);
  const [latest] = versionsOf(ws, policy.id);
  if (latest && latest.status === 'draft') return updateVersion(ws, latest.id, input);
  if (latest && latest.status === 'in-review') assertEditable(latest);
  const row = write(ws, (w) => insertNextVersion(w, policy.id, latest ?? null, input.content, input.changeNote, policy.ownerId, input.major));
  return getVersion(ws, row.id);
}

export function updateVersion(ws: Workspace, id: string, patch: { content?: RichDoc; changeNote?: string }): Version {
  assertEditable(getVersionMeta(ws, id));
  const changes = { ...(patch.content ? { content: serialise(patch.content) } : {}), ...(patch.changeNote !== undefined ? { changeNote: patch.changeNote } : {}) };
  write(ws, (w) => w.update(policyVersions, id, changes));
  return getVersion(ws, id);
}

export function submitVersion(ws: Workspace, id: string): VersionMeta {
  const v = getVersionMeta(ws, id);
  const status = assertTransition(v, 'submit');
  const content = contentOf(ws, id);
  if (docToLines(content).length === 0) {
    throw new AppError('VALIDATION', 'Write the policy before sending it for review.', { field: 'content', fields: [{ path: 'content', message: 'The policy has no text yet.' }] });
  }
  const left = remainingPlaceholders(content);
  if (left.length) {
    const list = left.map((k) => `{{${k}}}`).join(', ');
    const message = `Replace the placeholders still in the text before review: ${list}.`;
    throw new AppError('VALIDATION', message, { field: 'content', fields: [{ path: 'content', message }], placeholders: left });
  }
  write(ws, (w) => w.update(policyVersions, id, { status }));
  return getVersionMeta(ws, id);
}

export function returnToDraft(ws: Workspace, id: string): VersionMeta {
  const status = assertTransition(getVersionMeta(ws, id), 'return');
  write(ws, (w) => w.update(policyVersions, id, { status }));
  return getVersionMeta(ws, id);
}

const dateError = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

/** Approval records who and when; the names are frozen so the record survives later edits to people. */
export function approveVersion(ws: Workspace, input: { versionId: string; approverId: string; approvedOn?: string; reason?: string }): VersionMeta {
  const v = getVersionMeta(ws, input.versionId);
  const status = assertTransition(v, 'approve');
  const today = todayOf(ws);
  const approvedOn = input.approvedOn ?? today;
  // One date rule for every approval form (shared/dates.ts), then document control's own rules.
  const dateProblem = approvalDateProblem(approvedOn, { today, createdAt: v.createdAt });
  if (dateProblem) throw dateError('approvedOn', dateProblem);
  // The rules every approval follows (document control, issue #8): an approving role or a reason, a real date.
  const approverName = checkApproval(ws, { approverId: input.approverId, approvedOn, reason: input.reason }, v.createdAt.slice(0, 10));
  const approvalReason = input.reason?.trim() && !mayApprove(ws, input.approverId) ? input.reason.trim() : '';
  write(ws, (w) => w.update(policyVersions, v.id, { status, approverId: input.approverId, approverName, approvedOn, approvalReason, authorName: v.authorName }));
  return getVersionMeta(ws, v.id);
}

/**
 * Publishing freezes the text (its SHA-256 is kept), supersedes whatever was in force before,
 * and schedules the next review one interval after publication.
 */
export function publishVersion(ws: Workspace, input: { versionId: string; publishedOn?: string }): VersionMeta {
  const v = getVersionMeta(ws, input.versionId);
  const status = assertTransition(v, 'publish');
  const publishedOn = input.publishedOn ?? todayOf(ws);
  if (v.approvedOn && publishedOn < v.approvedOn) throw dateError('publishedOn', `Publication cannot come before approval (${v.approvedOn}).`);
  const others = versionsOf(ws, v.policyId).filter((o) => o.id !== v.id && (o.status === 'published' || o.status === 'approved'));
  const previous = others.find((o) => o.status === 'published');
  if (previous?.publishedOn && publishedOn < previous.publishedOn) {
    throw dateError('publishedOn', `Version ${previous.version} was published on ${previous.publishedOn}; its successor cannot be published earlier.`);
  }
  const policy = getPolicyRow(ws, v.policyId);
  const hash = sha256(serialise(contentOf(ws, v.id)));
  write(ws, (w) => {
    for (const o of others) w.update(policyVersions, o.id, { status: assertTransition(o, 'supersede'), supersededOn: publishedOn });
    w.update(policyVersions, v.id, { status, publishedOn, contentSha256: hash });
    w.update(policies, policy.id, { reviewDate: addMonths(publishedOn, policy.reviewMonths) });
    ensurePolicyRecord(w, ws, policy);
  });
  return getVersionMeta(ws, v.id);
}

/** Line-by-line differences of the markdown-ish rendering of two versions of one policy. */
export function diffVersions(ws: Workspace, fromId: string, toId: string): VersionDiff {
  const from = getVersionMeta(ws, fromId);
  const to = getVersionMeta(ws, toId);
  if (from.policyId !== to.policyId) {
    throw new AppError('VALIDATION', 'Both versions must belong to the same policy.', { field: 'toVersionId', fields: [{ path: 'toVersionId', message: 'Choose a version of the same policy.' }] });
  }
  const text = (id: string) => docToLines(contentOf(ws, id)).map((l) => `${l}\n`).join('');
  const lines: VersionDiff['lines'] = [];
  for (const part of diffLines(text(fromId), text(toId))) {
    if (!part.value) continue;
    const op = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const line of part.value.replace(/\n$/, '').split('\n')) lines.push({ op, text: line });
  }
  const count = (op: 'added' | 'removed') => lines.filter((l) => l.op === op).length;
  return { from: from.version, to: to.version, added: count('added'), removed: count('removed'), lines };
}
