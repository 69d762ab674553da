import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { PolicyFields, type PolicyCreate, type PolicyDetail, type PolicySummary } from '../../../shared/contract/policies';
import { mergePatch } from '../validation';
import { assertDeleteConfirmed, policyReferences } from './references';
import { checkPolicyCoverage } from '../../../shared/policyCoverage';
import { docToText, type RichDoc } from '../../../shared/richtext';
import type { Workspace } from '../db/open';
import { partyRequirements, people, policies, policyDistribution, policyVersions } from '../db/schema';
import { write } from '../db/write';
import { fillPlaceholders, POLICY_TEMPLATES, type PlaceholderValues } from '../catalog/policies';
import { assertPerson } from './people';
import { holdersOf, joinNames } from './roleHolders';
import { workspaceInfo } from './workspace';
import { getPolicyRow } from './policyRows';
import { contentOf, driftOf, insertNextVersion, versionsOf } from './policyVersions';
import { acknowledgementsOf, distributionOf, recipientsOf } from './policyDistribution';

type CreateInput = z.output<typeof PolicyCreate>;
type PolicyInput = z.output<typeof PolicyFields>;

const policyColumns = {
  id: policies.id,
  ref: policies.ref,
  title: policies.title,
  kind: policies.kind,
  templateKey: policies.templateKey,
  ownerId: policies.ownerId,
  ownerName: people.name,
  reviewMonths: policies.reviewMonths,
  reviewDate: policies.reviewDate,
  createdAt: policies.createdAt,
  updatedAt: policies.updatedAt,
  createdBy: policies.createdBy,
  updatedBy: policies.updatedBy,
};

function selectPolicies(ws: Workspace) {
  return ws.db.select(policyColumns).from(policies).leftJoin(people, eq(policies.ownerId, people.id));
}

type PolicyRow = Omit<PolicySummary, 'current' | 'published' | 'drift' | 'recipients' | 'acknowledged'>;

function summaryOf(ws: Workspace, row: PolicyRow): PolicySummary {
  const versions = versionsOf(ws, row.id);
  const published = versions.find((v) => v.status === 'published') ?? null;
  const recipients = recipientsOf(ws, row.id, published?.id ?? null);
  return {
    ...row,
    current: versions[0],
    published,
    drift: driftOf(ws, versions),
    recipients: recipients.length,
    acknowledged: recipients.filter((r) => r.acknowledgedOn).length,
  };
}

/** The information security policy first, then topic policies by title. */
export function listPolicies(ws: Workspace): PolicySummary[] {
  return selectPolicies(ws)
    .orderBy(sql`${policies.kind} <> 'information-security'`, sql`lower(${policies.title})`, asc(policies.id))
    .all()
    .map((row) => summaryOf(ws, row));
}

export function getPolicy(ws: Workspace, id: string): PolicyDetail {
  getPolicyRow(ws, id);
  const summary = summaryOf(ws, selectPolicies(ws).where(eq(policies.id, id)).get()!);
  const versions = versionsOf(ws, id);
  return {
    ...summary,
    versions,
    distribution: distributionOf(ws, id),
    recipientList: recipientsOf(ws, id, summary.published?.id ?? null),
    acknowledgements: acknowledgementsOf(ws, id),
    coverage: summary.kind === 'information-security' ? { version: summary.current.version, results: checkPolicyCoverage(docToText(contentOf(ws, summary.current.id))) } : null,
  };
}

/** What a template's placeholders become in this workspace; role holders come from 5.3. */
export function placeholderValues(ws: Workspace, input: { ownerId: string | null; reviewMonths: number }): PlaceholderValues {
  const names = (key: Parameters<typeof holdersOf>[1], fallback: string) => joinNames(holdersOf(ws, key).map((p) => p.name)) || fallback;
  const ismsManager = names('isms-manager', 'the ISMS manager');
  const owner = input.ownerId ? ws.db.select({ name: people.name }).from(people).where(eq(people.id, input.ownerId)).get()?.name : undefined;
  return {
    organisation: workspaceInfo(ws).organisation,
    isms_manager: ismsManager,
    top_management: names('top-management', 'top management'),
    data_protection_contact: names('data-protection', 'the data protection contact'),
    review_period: input.reviewMonths === 1 ? '1 month' : `${input.reviewMonths} months`,
    policy_owner: owner ?? ismsManager,
  };
}

function startingText(ws: Workspace, input: CreateInput): RichDoc {
  if (!input.templateKey) {
    return { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: input.title }] }, { type: 'paragraph' }] };
  }
  const template = POLICY_TEMPLATES[input.templateKey];
  if (template.kind !== input.kind) {
    const message = template.kind === 'information-security' ? 'This template is for the information security policy.' : 'This template is for a topic-specific policy.';
    throw new AppError('VALIDATION', message, { field: 'templateKey', fields: [{ path: 'templateKey', message }] });
  }
  return fillPlaceholders(template.content, placeholderValues(ws, input));
}

/** There is one information security policy; topic-specific policies sit below it. */
function assertSingleTopPolicy(ws: Workspace) {
  const existing = ws.db.select({ title: policies.title }).from(policies).where(eq(policies.kind, 'information-security')).get();
  if (existing) throw new AppError('CONFLICT', `There is already an information security policy ("${existing.title}"). Add a new version of it instead.`);
}

export function createPolicy(ws: Workspace, input: CreateInput): PolicyDetail {
  assertPerson(ws, input.ownerId);
  const content = startingText(ws, input);
  if (input.kind === 'information-security') assertSingleTopPolicy(ws);
  const id = write(ws, (w) => {
    const policy = w.insert(policies, { title: input.title, kind: input.kind, templateKey: input.templateKey, ownerId: input.ownerId, reviewMonths: input.reviewMonths });
    insertNextVersion(w, policy.id, null, content, input.templateKey ? 'Started from the template.' : '', input.ownerId);
    return policy.id;
  });
  return getPolicy(ws, id);
}

export function updatePolicy(ws: Workspace, id: string, patch: Partial<PolicyInput>): PolicyDetail {
  const input = mergePatch(PolicyFields, getPolicyRow(ws, id), patch);
  assertPerson(ws, input.ownerId);
  write(ws, (w) => w.update(policies, id, input));
  return getPolicy(ws, id);
}

/** A policy that was ever in force is part of the record and stays; drafts can go. */
export function deletePolicy(ws: Workspace, id: string, confirm = false) {
  const policy = getPolicyRow(ws, id);
  const versions = versionsOf(ws, id);
  if (versions.some((v) => v.status === 'published' || v.status === 'superseded')) {
    throw new AppError('CONFLICT', `"${policy.title}" has been published, so it is part of the ISMS record and cannot be deleted.`);
  }
  assertDeleteConfirmed(`"${policy.title}"`, policyReferences(ws, id), confirm);
  const entries = ws.db.select({ id: policyDistribution.id }).from(policyDistribution).where(eq(policyDistribution.policyId, id)).all();
  write(ws, (w) => {
    w.detach(partyRequirements, partyRequirements.policyId, id);
    for (const e of entries) w.remove(policyDistribution, e.id);
    for (const v of versions) w.remove(policyVersions, v.id);
    w.remove(policies, id);
  });
}
