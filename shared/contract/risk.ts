import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, REFERENCES, Stamps, page, pageQuery, requiredText } from './common';
import { patchOf, text } from './patch';
import { RISK_LEVELS, RiskMethod, RiskMethodPatch } from './riskMethod';

export const ASSET_TYPES = ['information', 'hardware', 'software', 'network', 'people', 'site', 'service', 'organisation'] as const;
export const ASSET_KINDS = ['information', 'supporting'] as const;
export const THREAT_CATEGORIES = ['physical-damage', 'natural-events', 'loss-of-services', 'compromise-of-information', 'technical-failures', 'unauthorised-actions', 'compromise-of-functions'] as const;
export const RISK_BASES = ['asset', 'event'] as const;
/** ISO/IEC 27005 words first; the words many people use are shown beside them (TREATMENT_LABEL). */
export const TREATMENTS = ['undecided', 'modify', 'share', 'avoid', 'retain'] as const;
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;

const ownerRef = Id.nullable();
const score = (label: string) => z.number({ error: `${label} must be a whole number.` }).int({ error: `${label} must be a whole number.` }).min(1, { error: `${label} starts at 1.` }).max(5, { error: `${label} is at most 5.` });

// ---------- assets ----------
const AssetShape = {
  name: requiredText('Name'),
  kind: z.enum(ASSET_KINDS, { error: 'Choose information or supporting asset.' }),
  type: z.enum(ASSET_TYPES, { error: 'Choose the asset type.' }),
  group: text('Group', LIMITS.name),
  description: text('Description', LIMITS.longText),
  ownerId: ownerRef,
  custodianId: ownerRef,
  location: text('Location', LIMITS.name),
  classification: text('Classification', LIMITS.name),
  /** Each on the scale of its own length set in the method (checked by the service). */
  confidentiality: score('Confidentiality'),
  integrity: score('Integrity'),
  availability: score('Availability'),
};
export const AssetFields = z.object({
  ...AssetShape,
  kind: AssetShape.kind.default('information'),
  type: AssetShape.type.default('information'),
  group: AssetShape.group.default(''),
  description: AssetShape.description.default(''),
  ownerId: ownerRef.default(null),
  custodianId: ownerRef.default(null),
  location: AssetShape.location.default(''),
  classification: AssetShape.classification.default(''),
  confidentiality: AssetShape.confidentiality.default(1),
  integrity: AssetShape.integrity.default(1),
  availability: AssetShape.availability.default(1),
});
export const AssetPatch = patchOf(AssetShape).extend({ id: Id });
export const Asset = z.object({ ...AssetShape, id: Id, ref: z.string(), ownerName: z.string().nullable(), custodianName: z.string().nullable(), riskCount: z.number().int() }).extend(Stamps.shape);
export type Asset = z.infer<typeof Asset>;
export const AssetQuery = pageQuery(['ref', 'name', 'type', 'group', 'confidentiality', 'integrity', 'availability'] as const).extend({ type: z.enum(ASSET_TYPES).optional() });

// ---------- catalogues ----------
const ThreatShape = {
  category: z.enum(THREAT_CATEGORIES, { error: 'Choose the threat category.' }),
  name: requiredText('Name'),
  description: text('Description', LIMITS.longText),
  affectsC: z.boolean(),
  affectsI: z.boolean(),
  affectsA: z.boolean(),
};
export const ThreatFields = z.object({ ...ThreatShape, description: ThreatShape.description.default(''), affectsC: z.boolean().default(false), affectsI: z.boolean().default(false), affectsA: z.boolean().default(false) });
export const ThreatPatch = patchOf(ThreatShape).extend({ id: Id });
export const Threat = z.object({ ...ThreatShape, id: Id, shipped: z.boolean() }).extend(Stamps.shape);
export type Threat = z.infer<typeof Threat>;

const VulnerabilityShape = { assetType: z.enum(ASSET_TYPES, { error: 'Choose the asset type.' }), name: requiredText('Name'), description: text('Description', LIMITS.longText) };
export const VulnerabilityFields = z.object({ ...VulnerabilityShape, description: VulnerabilityShape.description.default('') });
export const VulnerabilityPatch = patchOf(VulnerabilityShape).extend({ id: Id });
export const Vulnerability = z.object({ ...VulnerabilityShape, id: Id, shipped: z.boolean() }).extend(Stamps.shape);
export type Vulnerability = z.infer<typeof Vulnerability>;

// ---------- risks ----------
const RiskShape = {
  title: requiredText('Title'),
  basis: z.enum(RISK_BASES, { error: 'Choose asset-based or event-based.' }),
  assetId: Id.nullable(),
  threatId: Id.nullable(),
  vulnerabilityId: Id.nullable(),
  event: text('Event', LIMITS.longText),
  description: text('Scenario', LIMITS.longText),
  affectsC: z.boolean(),
  affectsI: z.boolean(),
  affectsA: z.boolean(),
  ownerId: ownerRef,
  likelihood: score('Likelihood'),
  impact: score('Impact'),
  existingControls: text('Existing controls', LIMITS.longText),
  treatment: z.enum(TREATMENTS, { error: 'Choose a treatment option.' }),
  treatmentNote: text('Treatment rationale', LIMITS.longText),
  residualLikelihood: score('Residual likelihood').nullable(),
  residualImpact: score('Residual impact').nullable(),
  /** 6.1.1: the 4.1 issues and 4.2 requirements the risk comes from. */
  issueIds: z.array(Id).max(200),
  requirementIds: z.array(Id).max(200),
  /** Annex A or custom controls chosen to treat it (6.1.3 b). */
  controlIds: z.array(Id).max(200),
};
export const RiskFields = z.object({
  ...RiskShape,
  basis: RiskShape.basis.default('asset'),
  assetId: Id.nullable().default(null),
  threatId: Id.nullable().default(null),
  vulnerabilityId: Id.nullable().default(null),
  event: RiskShape.event.default(''),
  description: RiskShape.description.default(''),
  affectsC: z.boolean().default(false),
  affectsI: z.boolean().default(false),
  affectsA: z.boolean().default(false),
  ownerId: ownerRef.default(null),
  likelihood: RiskShape.likelihood.default(1),
  impact: RiskShape.impact.default(1),
  existingControls: RiskShape.existingControls.default(''),
  treatment: RiskShape.treatment.default('undecided'),
  treatmentNote: RiskShape.treatmentNote.default(''),
  residualLikelihood: RiskShape.residualLikelihood.default(null),
  residualImpact: RiskShape.residualImpact.default(null),
  issueIds: RiskShape.issueIds.default([]),
  requirementIds: RiskShape.requirementIds.default([]),
  controlIds: RiskShape.controlIds.default([]),
});
export const RiskPatch = patchOf(RiskShape).extend({ id: Id });

export const DECISION_KINDS = ['plan-approval', 'residual-acceptance'] as const;
export const Decision = z.object({
  id: Id,
  riskId: Id,
  kind: z.enum(DECISION_KINDS),
  decidedById: Id.nullable(),
  decidedByName: z.string(),
  decidedAt: z.string(),
  decision: z.enum(['approved', 'rejected']),
  note: z.string(),
  justification: z.string(),
  reviewDate: z.string().nullable(),
  /** The risk as it stood when the decision was taken (scores, levels, treatment, controls, actions). */
  snapshot: z.record(z.string(), z.unknown()),
  /** The risk changed since: scores, controls, treatment or actions differ from the snapshot. */
  needsReapproval: z.boolean(),
  expired: z.boolean(),
});
export type Decision = z.infer<typeof Decision>;

const Link = z.object({ id: Id, label: z.string() });
export const Risk = z
  .object({ ...RiskShape, id: Id, ref: z.string() })
  .extend({
    assetName: z.string().nullable(),
    threatName: z.string().nullable(),
    vulnerabilityName: z.string().nullable(),
    ownerName: z.string().nullable(),
    inherentScore: z.number().int(),
    inherentLevel: z.enum(RISK_LEVELS),
    residualScore: z.number().int().nullable(),
    residualLevel: z.enum(RISK_LEVELS).nullable(),
    /** Inherent level above the acceptance threshold: must be treated or accepted with a justification. */
    needsTreatment: z.boolean(),
    issues: z.array(Link),
    requirements: z.array(Link),
    controls: z.array(Link),
    actionCount: z.number().int(),
    approval: Decision.nullable(),
    acceptance: Decision.nullable(),
  })
  .extend(Stamps.shape);
export type Risk = z.infer<typeof Risk>;

export const RiskQuery = pageQuery(['priority', 'ref', 'title', 'inherent', 'residual', 'owner', 'treatment', 'updatedAt'] as const).extend({
  level: z.enum(RISK_LEVELS).optional(),
  treatment: z.enum(TREATMENTS).optional(),
  ownerId: Id.optional(),
  assetId: Id.optional(),
  issueId: Id.optional(),
  requirementId: Id.optional(),
  controlId: Id.optional(),
  /** A heat-map cell: the risks whose inherent (or residual) likelihood and impact are these. */
  cell: z.object({ kind: z.enum(['inherent', 'residual']), likelihood: z.number().int().min(1).max(5), impact: z.number().int().min(1).max(5) }).optional(),
  aboveThreshold: z.boolean().optional(),
});

export const HeatMaps = z.object({
  likelihood: z.array(z.string()),
  impact: z.array(z.string()),
  matrix: z.array(z.array(z.enum(RISK_LEVELS))),
  /** counts[likelihood - 1][impact - 1] */
  inherent: z.array(z.array(z.number().int())),
  residual: z.array(z.array(z.number().int())),
  total: z.number().int(),
  withoutResidual: z.number().int(),
});
export type HeatMaps = z.infer<typeof HeatMaps>;

// ---------- treatment plan actions ----------
const ActionShape = {
  riskId: Id,
  title: requiredText('Action'),
  ownerId: ownerRef,
  dueDate: IsoDate.nullable(),
  status: z.enum(ACTION_STATUSES, { error: 'Choose the action status.' }),
  cost: z.number({ error: 'Cost must be a number.' }).min(0, { error: 'Cost cannot be negative.' }).max(1e12).nullable(),
  controlId: Id.nullable(),
  notes: text('Notes', LIMITS.longText),
};
export const ActionFields = z.object({ ...ActionShape, ownerId: ownerRef.default(null), dueDate: IsoDate.nullable().default(null), status: ActionShape.status.default('planned'), cost: ActionShape.cost.default(null), controlId: Id.nullable().default(null), notes: ActionShape.notes.default('') });
export const ActionPatch = patchOf(ActionShape).omit({ riskId: true }).extend({ id: Id });
export const TreatmentAction = z.object({ ...ActionShape, id: Id, ref: z.string(), riskRef: z.string(), riskTitle: z.string(), ownerName: z.string().nullable(), controlLabel: z.string().nullable(), overdue: z.boolean() }).extend(Stamps.shape);
export type TreatmentAction = z.infer<typeof TreatmentAction>;

export const DecisionInput = z.object({
  riskId: Id,
  decidedById: Id,
  decision: z.enum(['approved', 'rejected'], { error: 'Approve or reject.' }),
  note: text('Note', LIMITS.longText).default(''),
});
export const AcceptanceInput = DecisionInput.extend({
  justification: text('Justification', LIMITS.longText).default(''),
  reviewDate: IsoDate,
});

// ---------- assessment runs (8.2) ----------
export const RunItem = z.object({
  riskId: z.string(),
  ref: z.string(),
  title: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  level: z.enum(RISK_LEVELS),
  residualLikelihood: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  residualLevel: z.enum(RISK_LEVELS).nullable(),
  treatment: z.enum(TREATMENTS),
});
export type RunItem = z.infer<typeof RunItem>;
export const Run = z.object({ id: Id, ref: z.string(), name: z.string(), runDate: z.string(), reason: z.string(), note: z.string(), riskCount: z.number().int() }).extend(Stamps.shape);
export type Run = z.infer<typeof Run>;
const Change = z.object({ ref: z.string(), title: z.string(), from: RunItem.nullable(), to: RunItem.nullable() });
export const RunComparison = z.object({ from: Run, to: Run, added: z.array(Change), closed: z.array(Change), risen: z.array(Change), fallen: z.array(Change), unchanged: z.number().int() });
export type RunComparison = z.infer<typeof RunComparison>;

export const SourceRisk = z.object({ id: Id, ref: z.string(), title: z.string(), level: z.enum(RISK_LEVELS) });

/**
 * Rules the 6.1 services check at run time (on the record as it will be stored, so also after a partial
 * update) that the JSON Schema cannot say; each is refused with VALIDATION naming the path.
 */
const RISK_RULES = [
  { path: 'assetId', text: 'An asset-based risk names its asset.' },
  { path: 'threatId', text: 'An asset-based risk names a threat.' },
  { path: 'event', text: 'An event-based risk describes the event.' },
  { path: 'affectsC', text: 'At least one of confidentiality, integrity and availability (affectsC, affectsI, affectsA) is affected.' },
  { path: 'residualLikelihood', text: 'Residual likelihood and residual impact are given together or not at all.' },
  { path: 'likelihood', text: 'Likelihood and impact, inherent and residual, are on the current method\'s scales (3 to 5 levels).' },
];
const ASSET_RULES = [
  { path: 'confidentiality', text: 'Confidentiality is on the method\'s confidentiality scale (its own length, 2 to 5 levels).' },
  { path: 'integrity', text: 'Integrity is on the method\'s integrity scale.' },
  { path: 'availability', text: 'Availability is on the method\'s availability scale.' },
];

export const riskContract = {
  'risk.method': query({ doc: 'The risk assessment method (6.1.2 a): scales, matrix, acceptance threshold.', input: Empty, output: RiskMethod }),
  'risk.methodUpdate': method({
    doc: 'Change the method (only the parts given); every risk is re-evaluated and the number whose level changed is returned.',
    input: RiskMethodPatch,
    output: z.object({ method: RiskMethod, reevaluated: z.number().int(), changedLevel: z.number().int(), clamped: z.number().int() }),
    rules: [{ path: 'matrix', text: 'The matrix has one row per likelihood level, each with one cell per impact level.' }],
  }),
  'risk.assetList': query({ doc: 'Page through the asset inventory.', input: AssetQuery, output: page(Asset) }),
  'risk.assetGet': query({ doc: 'One asset.', input: IdInput, output: Asset }),
  'risk.assetCreate': method({ doc: 'Add an asset.', input: AssetFields, output: Asset, rules: ASSET_RULES }),
  'risk.assetUpdate': method({ doc: 'Change the given fields of an asset.', input: AssetPatch, output: Asset, rules: ASSET_RULES }),
  'risk.assetDelete': method({ doc: `Delete an asset no risk refers to (CONFLICT while a risk is built on it). ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'risk.threatList': query({ doc: 'The threat catalogue of this workspace.', input: Empty, output: z.array(Threat) }),
  'risk.threatCreate': method({ doc: 'Add a threat to the catalogue.', input: ThreatFields, output: Threat }),
  'risk.threatUpdate': method({ doc: 'Change the given fields of a threat.', input: ThreatPatch, output: Threat }),
  'risk.threatDelete': method({ doc: `Delete a threat; risks citing it keep their text. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'risk.vulnerabilityList': query({ doc: 'The vulnerability catalogue of this workspace.', input: Empty, output: z.array(Vulnerability) }),
  'risk.vulnerabilityCreate': method({ doc: 'Add a vulnerability to the catalogue.', input: VulnerabilityFields, output: Vulnerability }),
  'risk.vulnerabilityUpdate': method({ doc: 'Change the given fields of a vulnerability.', input: VulnerabilityPatch, output: Vulnerability }),
  'risk.vulnerabilityDelete': method({ doc: `Delete a vulnerability; risks citing it keep their text. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'risk.list': query({ doc: 'Page through the risk register, prioritised, filtered and sorted in the main process.', input: RiskQuery, output: page(Risk) }),
  'risk.get': query({ doc: 'One risk with its sources, controls and decisions.', input: IdInput, output: Risk }),
  'risk.create': method({ doc: 'Add a risk (asset-based or event-based scenario).', input: RiskFields, output: Risk, rules: RISK_RULES }),
  'risk.update': method({ doc: 'Change the given fields of a risk; null clears.', input: RiskPatch, output: Risk, rules: RISK_RULES }),
  'risk.delete': method({ doc: `Delete a risk with its actions, decisions and links. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'risk.heatmaps': query({ doc: 'Counts of risks per likelihood x impact cell, inherent and residual.', input: Empty, output: HeatMaps }),
  'risk.sourcesOf': query({ doc: 'The risks that cite a 4.1 issue or a 4.2 requirement.', input: z.object({ issueId: Id.optional(), requirementId: Id.optional() }), output: z.array(SourceRisk) }),
  'risk.actionList': query({ doc: 'Treatment plan actions, of one risk or of all.', input: z.object({ riskId: Id.optional() }), output: z.array(TreatmentAction) }),
  'risk.actionCreate': method({ doc: 'Add a treatment plan action.', input: ActionFields, output: TreatmentAction }),
  'risk.actionUpdate': method({ doc: 'Change the given fields of an action.', input: ActionPatch, output: TreatmentAction }),
  'risk.actionDelete': method({ doc: `Delete a treatment plan action (an approved plan then needs approving again). ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'risk.approvePlan': method({ doc: 'Record the risk owner’s decision on the treatment plan, with a snapshot of the risk.', input: DecisionInput, output: Decision }),
  'risk.acceptResidual': method({
    doc: 'Record acceptance of the residual risk, with a review date and a snapshot; above the threshold a justification is required.',
    input: AcceptanceInput,
    output: Decision,
    rules: [{ path: 'justification', text: 'Accepting a risk whose level is above the acceptance threshold needs a justification.' }],
  }),
  'risk.decisions': query({ doc: 'Every decision on one risk, newest first.', input: z.object({ riskId: Id }), output: z.array(Decision) }),
  'risk.runList': query({ doc: 'Dated assessment runs (8.2).', input: Empty, output: z.array(Run) }),
  'risk.runCreate': method({
    doc: 'Freeze every risk’s scores as a dated assessment run.',
    input: z.object({ name: requiredText('Name'), runDate: IsoDate, reason: z.enum(['planned', 'change'], { error: 'Planned interval or significant change?' }).default('planned'), note: text('Note', LIMITS.longText).default('') }),
    output: Run,
  }),
  'risk.runItems': query({ doc: 'The frozen risks of one run.', input: IdInput, output: z.array(RunItem) }),
  'risk.runCompare': query({ doc: 'Compare two runs: new, closed, risen and fallen risks.', input: z.object({ fromId: Id, toId: Id }), output: RunComparison, rules: [{ path: 'toId', text: 'The two runs compared are different runs.' }] }),
};
