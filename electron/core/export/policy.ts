import { AppError } from '../../../shared/errors';
import type { Workspace } from '../db/open';
import { getPolicy } from '../services/policies';
import { contentOf } from '../services/policyVersions';
import { buildPolicyDocx } from './docx/policy';
import { header } from './header';
import { assertPolicyTextIntact } from '../services/integrity';

/** The policy and its version in force; only a published version is a document to hand out. */
export function publishedPolicyOf(ws: Workspace, policyId: string) {
  const policy = getPolicy(ws, policyId);
  if (!policy.published) throw new AppError('CONFLICT', `"${policy.title}" has no published version yet. Publish it before exporting.`);
  return { policy, version: policy.published };
}

export function buildPolicyExport(ws: Workspace, today: Date, policyId: string): Promise<Buffer> {
  const { policy, version } = publishedPolicyOf(ws, policyId);
  assertPolicyTextIntact(ws, version.id, policy.title);
  const h = header(ws, today, policy.title, policy.kind === 'information-security' ? 'Information security policy, clause 5.2' : 'Topic-specific policy', version.version);
  return buildPolicyDocx({
    header: { ...h, preparedBy: version.authorName ?? h.preparedBy },
    version,
    owner: policy.ownerName,
    nextReview: policy.reviewDate,
    history: policy.versions.filter((v) => v.status === 'published' || v.status === 'superseded'),
    distribution: policy.distribution.map((d) => d.name),
    content: contentOf(ws, version.id),
  });
}
