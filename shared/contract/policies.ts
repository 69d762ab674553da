import { z } from 'zod';
import { method, query } from './define';
import { ApprovalInput, DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps, VersionIdInput } from './common';
import { RichDocSchema } from '../richtext';
import { VERSION_STATUSES } from '../policyStates';
import { COVERAGE_ELEMENTS } from '../policyCoverage';

export const POLICY_KINDS = ['information-security', 'topic'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** The templates the app ships (electron/core/catalog/policies), by key. */
export const POLICY_TEMPLATE_KEYS = [
  'information-security',
  'access-control',
  'acceptable-use',
  'backup',
  'cryptography',
  'supplier-security',
  'incident-management',
  'remote-working',
  'clear-desk-screen',
  'classification',
] as const;
export type PolicyTemplateKey = (typeof POLICY_TEMPLATE_KEYS)[number];

export const PolicyTemplate = z.object({
  key: z.enum(POLICY_TEMPLATE_KEYS),
  title: z.string(),
  kind: z.enum(POLICY_KINDS),
  summary: z.string(),
  /** Annex A controls the policy supports (ids are facts, e.g. "5.15"). */
  controls: z.array(z.string()),
});
export type PolicyTemplate = z.infer<typeof PolicyTemplate>;

const ReviewMonths = z.number({ error: 'Review interval must be a number of months.' }).int().min(1, { error: 'Review at least every month.' }).max(36, { error: 'Review at least every 36 months.' });

export const PolicyCreate = z.object({
  title: requiredText('Title'),
  kind: z.enum(POLICY_KINDS, { error: 'Choose the information security policy or a topic-specific policy.' }),
  templateKey: z.enum(POLICY_TEMPLATE_KEYS, { error: 'Unknown template.' }).nullable().default(null),
  ownerId: Id.nullable().default(null),
  reviewMonths: ReviewMonths.default(12),
});
export type PolicyCreate = z.input<typeof PolicyCreate>;

export const PolicyFields = z.object({
  title: requiredText('Title'),
  ownerId: Id.nullable().default(null),
  reviewMonths: ReviewMonths.default(12),
  reviewDate: IsoDate.nullable().default(null),
});
export const PolicyUpdate = patchOf(PolicyFields.shape).extend({ id: Id });

export const VersionMeta = z
  .object({
    id: Id,
    policyId: Id,
    version: z.string(),
    major: z.number().int(),
    minor: z.number().int(),
    status: z.enum(VERSION_STATUSES),
    changeNote: z.string(),
    authorId: z.string().nullable(),
    authorName: z.string().nullable(),
    approverId: z.string().nullable(),
    approverName: z.string().nullable(),
    approvedOn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    supersededOn: z.string().nullable(),
    contentSha256: z.string().nullable(),
  })
  .extend(Stamps.shape);
export type VersionMeta = z.infer<typeof VersionMeta>;

export const Version = VersionMeta.extend({ content: RichDocSchema });
export type Version = z.infer<typeof Version>;

/** A newer working version than the one in force, and whether its text differs. */
export const Drift = z.object({
  working: z.string(),
  workingStatus: z.enum(VERSION_STATUSES),
  base: z.string(),
  baseStatus: z.enum(VERSION_STATUSES),
  changed: z.boolean(),
});
export type Drift = z.infer<typeof Drift>;

export const PolicySummary = z
  .object({
    id: Id,
    ref: Ref,
    title: z.string(),
    kind: z.enum(POLICY_KINDS),
    templateKey: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    reviewMonths: z.number().int(),
    reviewDate: z.string().nullable(),
    current: VersionMeta,
    published: VersionMeta.nullable(),
    drift: Drift.nullable(),
    recipients: z.number().int(),
    acknowledged: z.number().int(),
  })
  .extend(Stamps.shape);
export type PolicySummary = z.infer<typeof PolicySummary>;

export const DistributionEntry = z.object({
  id: Id,
  kind: z.enum(['person', 'unit']),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  name: z.string(),
});
export type DistributionEntry = z.infer<typeof DistributionEntry>;

export const Recipient = z.object({
  personId: Id,
  name: z.string(),
  unitName: z.string().nullable(),
  /** How the person is on the list: "direct" or the unit's name. */
  via: z.array(z.string()),
  acknowledgementId: z.string().nullable(),
  acknowledgedOn: z.string().nullable(),
});
export type Recipient = z.infer<typeof Recipient>;

export const Acknowledgement = z.object({
  id: Id,
  ref: Ref,
  versionId: Id,
  version: z.string(),
  personId: z.string().nullable(),
  personName: z.string(),
  acknowledgedOn: z.string(),
  note: z.string(),
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;

export const CoverageResult = z.object({
  element: z.enum(COVERAGE_ELEMENTS),
  label: z.string(),
  found: z.boolean(),
  evidence: z.string().nullable(),
});

export const PolicyDetail = PolicySummary.extend({
  versions: z.array(VersionMeta),
  distribution: z.array(DistributionEntry),
  recipientList: z.array(Recipient),
  acknowledgements: z.array(Acknowledgement),
  /** What 5.2 asks of the information security policy, checked in its newest version; null for topic policies. */
  coverage: z.object({ version: z.string(), results: z.array(CoverageResult) }).nullable(),
});
export type PolicyDetail = z.infer<typeof PolicyDetail>;

export const DiffLine = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export const VersionDiff = z.object({ from: z.string(), to: z.string(), added: z.number().int(), removed: z.number().int(), lines: z.array(DiffLine) });
export type VersionDiff = z.infer<typeof VersionDiff>;

const ChangeNote = optionalText('Change note', LIMITS.shortText);

export const DistributionAdd = z
  .object({ policyId: Id, personId: Id.nullable().default(null), unitId: Id.nullable().default(null) })
  .refine((v) => (v.personId === null) !== (v.unitId === null), { error: 'Choose either a person or a unit.', path: ['personId'] });

const DATE_RULES = {
  approvedOn: { path: 'approvedOn', text: 'An approval cannot be dated in the future.' },
  publishedOn: { path: 'publishedOn', text: 'Publication cannot come before the approval, nor before the publication of the version it replaces.' },
  acknowledgedOn: { path: 'acknowledgedOn', text: 'An acknowledgement cannot be dated in the future, nor before the version was published.' },
};

export const policiesContract = {
  'policies.listTemplates': query({ doc: 'The policy templates shipped with the app.', input: Empty, output: z.array(PolicyTemplate) }),
  'policies.list': query({ doc: 'Every policy (5.2) with its current and published versions.', input: Empty, output: z.array(PolicySummary) }),
  'policies.get': query({ doc: 'One policy with its versions, distribution and acknowledgements.', input: IdInput, output: PolicyDetail }),
  'policies.create': method({
    doc: 'Start a policy, blank or from a template filled in from the workspace; its first draft is version 1.0.',
    input: PolicyCreate,
    output: PolicyDetail,
    rules: [{ path: 'templateKey', text: 'The template must be for the kind of policy chosen (the information security policy or a topic-specific one).' }],
  }),
  'policies.update': method({ doc: `Change a policy’s title, owner, review interval or next review date. ${PARTIAL}`, input: PolicyUpdate, output: PolicyDetail }),
  'policies.delete': method({
    doc: `Delete a policy that was never published, with its drafts and distribution list; requirements it addresses lose the link. ${REFERENCES}`,
    input: DeleteInput,
    output: Ok,
  }),
  'policies.getVersion': query({ doc: 'One version with its text.', input: VersionIdInput, output: Version }),
  'policies.saveDraft': method({
    doc: 'Save the policy’s text: changes the open draft, or starts a new draft when the newest version is approved or published.',
    input: z.object({ policyId: Id, content: RichDocSchema, changeNote: ChangeNote, major: z.boolean().default(false) }),
    output: Version,
  }),
  'policies.updateVersion': method({
    doc: `Change the text or change note of one draft version; any other status is refused. ${PARTIAL}`,
    input: patchOf({ content: RichDocSchema, changeNote: ChangeNote }).extend({ versionId: Id }),
    output: Version,
  }),
  'policies.submit': method({
    doc: 'Send a draft for review.',
    input: VersionIdInput,
    output: VersionMeta,
    rules: [{ path: 'content', text: 'The text must not be empty and must have no template placeholders ({{...}}) left.' }],
  }),
  'policies.returnToDraft': method({ doc: 'Send a version in review back to draft.', input: VersionIdInput, output: VersionMeta }),
  'policies.approve': method({
    doc: 'Approve a version in review, recording who approved it and when (today when approvedOn is left out).',
    input: ApprovalInput,
    output: VersionMeta,
    rules: [DATE_RULES.approvedOn],
  }),
  'policies.publish': method({
    doc: 'Publish an approved version; the version in force before it is superseded and the next review is scheduled.',
    input: z.object({ versionId: Id, publishedOn: IsoDate.optional() }),
    output: VersionMeta,
    rules: [DATE_RULES.publishedOn],
  }),
  'policies.getDiff': query({
    doc: 'Line-by-line differences between two versions of one policy.',
    input: z.object({ fromVersionId: Id, toVersionId: Id }),
    output: VersionDiff,
    rules: [{ path: 'toVersionId', text: 'Both versions must belong to the same policy.' }],
  }),
  'policies.distributionAdd': method({
    doc: 'Add a person or a unit to a policy’s distribution list.',
    input: DistributionAdd,
    output: DistributionEntry,
    rules: [{ path: 'personId', text: 'Give exactly one of personId and unitId.' }],
  }),
  'policies.distributionRemove': method({ doc: 'Remove an entry from a distribution list.', input: IdInput, output: Ok }),
  'policies.acknowledge': method({
    doc: 'Record that a person on the distribution list has read a published version (today when acknowledgedOn is left out).',
    input: z.object({ versionId: Id, personId: Id, acknowledgedOn: IsoDate.optional(), note: optionalText('Note', LIMITS.shortText) }),
    output: Acknowledgement,
    rules: [DATE_RULES.acknowledgedOn],
  }),
  'policies.acknowledgeMany': method({
    doc: 'Record that many people on the distribution list read the published version, all on one date (today when acknowledgedOn is left out). All or nothing: when one person cannot acknowledge (not on the distribution list, or already acknowledged this version: CONFLICT), nothing is recorded and the error names them in details.personId.',
    input: z.object({ versionId: Id, personIds: z.array(Id).min(1).max(5000), acknowledgedOn: IsoDate.optional(), note: optionalText('Note', LIMITS.shortText) }),
    output: z.object({ recorded: z.number().int() }),
    // Who may acknowledge depends on the list and earlier acknowledgements: a CONFLICT, said in the doc (rules are VALIDATION refusals, define.ts).
    rules: [DATE_RULES.acknowledgedOn],
  }),
  'policies.acknowledgementDelete': method({ doc: 'Remove an acknowledgement recorded by mistake.', input: IdInput, output: Ok }),
};
