import { AppError } from '../../../shared/errors';
import type { Workspace } from '../db/open';
import { getPolicy } from '../services/policies';
import { contentOf } from '../services/policyVersions';
import { recipientsOf } from '../services/policyDistribution';
import { policyDocId } from '../services/documentCatalog';
import { documentSettingsOf } from '../services/documentSettings';
import { isoDay } from '../services/dates';
import { workspaceInfo } from '../services/workspace';
import { preparedBy } from './control';
import { acknowledgementSections, policySections } from './documents/clause5';
import type { DocModel, DocumentControl } from './model';
import { assertPolicyTextIntact } from '../services/integrity';

/** The policy and its version in force; only a published version is a document to hand out. */
export function publishedPolicyOf(ws: Workspace, policyId: string) {
  const policy = getPolicy(ws, policyId);
  if (!policy.published) throw new AppError('CONFLICT', `"${policy.title}" has no published version yet. Publish it before exporting.`);
  return { policy, version: policy.published };
}

/** A policy's control block comes from its own workflow: versions are set by approval and publication. */
function policyControl(ws: Workspace, today: Date, policyId: string): { control: DocumentControl; policy: ReturnType<typeof getPolicy> } {
  const { policy, version } = publishedPolicyOf(ws, policyId);
  const working = policy.current.id !== version.id ? policy.current : null;
  const settings = documentSettingsOf(ws);
  return {
    policy,
    control: {
      docId: policyDocId(ws, policy.id) ?? 'ISMS-5.2',
      title: policy.title,
      subtitle: policy.kind === 'information-security' ? 'Information security policy, clause 5.2' : 'Topic-specific policy, clause 5.2',
      organisation: workspaceInfo(ws).organisation,
      version: version.version,
      status: 'Published',
      draft: false,
      classification: settings.classification,
      owner: policy.ownerName ?? '',
      approver: version.approverName ?? '',
      approvedOn: version.approvedOn ?? '',
      nextReview: policy.reviewDate ?? '',
      preparedBy: version.authorName ?? preparedBy(ws),
      generatedOn: isoDay(today),
      extra: [
        ['Published on', version.publishedOn ?? '—'],
        ['Distribution', policy.distribution.length ? policy.distribution.map((d) => d.name).join(', ') : 'Not yet distributed'],
        ['Content fingerprint (SHA-256)', version.contentSha256 ?? '—'],
      ],
      history: policy.versions
        .filter((v) => v.status === 'published' || v.status === 'superseded')
        .map((v) => ({ version: v.version, date: v.publishedOn ?? v.approvedOn ?? '', by: v.approverName ?? '', note: v.changeNote })),
      notice: working ? `Version ${working.version} is being worked on (${working.status}). Only the published version ${version.version} printed here is in force.` : null,
      branding: settings,
    },
  };
}

export function policyModel(ws: Workspace, today: Date, policyId: string): DocModel {
  // The trail check (services/integrity.ts): published text altered outside the app is refused.
  const { policy: published, version } = publishedPolicyOf(ws, policyId);
  assertPolicyTextIntact(ws, version.id, published.title);
  const { control, policy } = policyControl(ws, today, policyId);
  return { control, sections: policySections(contentOf(ws, policy.published!.id)) };
}

/** The acknowledgement record of every published version of a policy (the one in force first). */
export function acknowledgementModel(ws: Workspace, today: Date, policyId: string): DocModel {
  const { control, policy } = policyControl(ws, today, policyId);
  const versions = policy.versions
    .filter((v) => v.status === 'published' || v.status === 'superseded')
    .map((version) => ({ version, recipients: recipientsOf(ws, policy.id, version.id), acknowledgements: policy.acknowledgements.filter((a) => a.versionId === version.id) }));
  return {
    control: { ...control, docId: `${control.docId}-ACK`, title: `${policy.title}: acknowledgement record`, subtitle: 'Who has read and accepted each published version, clause 5.2 and 7.3', status: 'Record', notice: null },
    sections: acknowledgementSections({ versions }),
  };
}
