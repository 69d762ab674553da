import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, page, pageQuery, PARTIAL, Ref, REFERENCES, requiredText, Stamps, updateOf } from './common';

export const PARTY_TYPES = ['regulator', 'customer', 'supplier', 'employee', 'shareholder', 'partner', 'public', 'other'] as const;
export const REQUIREMENT_TYPES = ['legal', 'regulatory', 'contractual', 'expectation'] as const;
export const DECISIONS = ['undecided', 'addressed', 'not-addressed'] as const;

/** Power/interest grid (Mendelow). A score of 3 or more counts as high: a party at the middle gets attention. */
export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
/** Trust/agreement matrix (Block). A 3 on either axis means "unclear": a fence-sitter. */
export const ATTITUDES = ['allies', 'opponents', 'bedfellows', 'adversaries', 'fence-sitters'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const HIGH_FROM = 3;

export function quadrantOf(interest: number, influence: number): Quadrant {
  const highInfluence = influence >= HIGH_FROM;
  const highInterest = interest >= HIGH_FROM;
  if (highInfluence) return highInterest ? 'manage-closely' : 'keep-satisfied';
  return highInterest ? 'keep-informed' : 'monitor';
}

export function attitudeOf(trust: number, agreement: number): Attitude {
  if (trust === 3 || agreement === 3) return 'fence-sitters';
  if (trust > 3) return agreement > 3 ? 'allies' : 'opponents';
  return agreement > 3 ? 'bedfellows' : 'adversaries';
}

const Score = (label: string) =>
  z
    .number({ error: `${label} must be a number from 1 to 5.` })
    .int({ error: `${label} must be a whole number from 1 to 5.` })
    .min(1, { error: `${label} must be from 1 to 5.` })
    .max(5, { error: `${label} must be from 1 to 5.` });

export const PartyFields = z.object({
  name: requiredText('Name'),
  type: z.enum(PARTY_TYPES, { error: 'Choose the kind of party.' }),
  contact: optionalText('Contact', LIMITS.name),
  relevance: optionalText('Why they matter', LIMITS.longText),
  interest: Score('Interest').default(3),
  influence: Score('Influence').default(3),
  trust: Score('Trust').default(3),
  agreement: Score('Agreement').default(3),
  reviewDate: IsoDate.nullable().default(null),
});
export type PartyFields = z.input<typeof PartyFields>;

export const Party = PartyFields.extend({
  id: Id,
  ref: Ref,
  quadrant: z.enum(QUADRANTS),
  attitude: z.enum(ATTITUDES),
  requirementCount: z.number().int(),
  undecidedCount: z.number().int(),
}).extend(Stamps.shape);
export type Party = z.infer<typeof Party>;

const RequirementBase = z.object({
  partyId: Id,
  text: requiredText('Requirement', LIMITS.shortText * 4),
  type: z.enum(REQUIREMENT_TYPES, { error: 'Choose legal, regulatory, contractual or expectation.' }),
  decision: z.enum(DECISIONS, { error: 'Choose whether the ISMS addresses it.' }).default('undecided'),
  how: optionalText('How', LIMITS.longText),
  policyId: Id.nullable().default(null),
});

/** A decision needs its reason: how the ISMS addresses it, or why it does not. */
const withDecisionRule = <T extends z.ZodType<z.output<typeof RequirementBase>>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    if (v.decision !== 'addressed' && v.policyId) {
      ctx.addIssue({ code: 'custom', path: ['policyId'], message: 'Only a requirement the ISMS addresses can point to a policy.' });
    }
    if (v.decision !== 'undecided' && !v.how.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['how'],
        message: v.decision === 'addressed' ? 'Say how the ISMS addresses it (a policy, control, objective, risk or process).' : 'Say why the ISMS does not address it.',
      });
    }
  });

export const RequirementFields = withDecisionRule(RequirementBase);
export type RequirementFields = z.input<typeof RequirementBase>;
/** Partial: the service checks the decision rule on the requirement as it will be saved. */
export const RequirementUpdate = updateOf(RequirementBase.shape);

export const Requirement = RequirementBase.extend({ id: Id, ref: Ref, partyName: z.string(), policyTitle: z.string().nullable() }).extend(Stamps.shape);
export type Requirement = z.infer<typeof Requirement>;

export const PartyQuery = pageQuery(['name', 'ref', 'type', 'interest', 'influence', 'trust', 'agreement', 'reviewDate'] as const).extend({
  type: z.enum(PARTY_TYPES).optional(),
});

const REQUIREMENT_RULES = [
  { path: 'how', text: 'A decision needs its reason: how the ISMS addresses the requirement, or why it does not (undecided needs none).' },
  { path: 'policyId', text: 'Only a requirement the ISMS addresses can point to a policy.' },
];

export const partiesContract = {
  'parties.list': query({ doc: 'Page through the interested parties (4.2), with search, filter and sort.', input: PartyQuery, output: page(Party) }),
  'parties.get': query({ doc: 'One interested party.', input: IdInput, output: Party }),
  'parties.create': method({ doc: 'Add an interested party with its scores.', input: PartyFields, output: Party }),
  'parties.update': method({ doc: `Change an interested party. ${PARTIAL}`, input: updateOf(PartyFields.shape), output: Party }),
  'parties.delete': method({
    doc: `Delete an interested party with its requirements; scope interfaces naming it keep their text. ${REFERENCES}`,
    input: DeleteInput,
    output: Ok,
  }),
  'parties.requirementList': query({
    doc: 'Requirements of one party, or of every party when no party is given.',
    input: z.object({ partyId: Id.optional() }),
    output: z.array(Requirement),
  }),
  'parties.requirementCreate': method({ doc: 'Add a requirement of a party.', input: RequirementFields, output: Requirement, rules: REQUIREMENT_RULES }),
  'parties.requirementUpdate': method({
    doc: `Change a requirement or the ISMS decision on it. ${PARTIAL}`,
    input: RequirementUpdate,
    output: Requirement,
    rules: REQUIREMENT_RULES,
  }),
  'parties.requirementDelete': method({ doc: 'Delete a requirement.', input: IdInput, output: Ok }),
};

/** Labels and the engagement strategy that follows from each quadrant, written by us. */
export const QUADRANT_INFO: Record<Quadrant, { label: string; strategy: string }> = {
  'manage-closely': { label: 'Manage closely', strategy: 'Involve them in decisions, consult early and report progress regularly.' },
  'keep-satisfied': { label: 'Keep satisfied', strategy: 'Meet their needs and brief them on what affects them; do not overload them with detail.' },
  'keep-informed': { label: 'Keep informed', strategy: 'Share news and changes regularly and listen to their concerns.' },
  monitor: { label: 'Monitor', strategy: 'Watch for changes in their interest or influence; light-touch communication.' },
};

export const ATTITUDE_INFO: Record<Attitude, { label: string; meaning: string }> = {
  allies: { label: 'Allies', meaning: 'High trust, high agreement: ask them to champion the ISMS.' },
  opponents: { label: 'Opponents', meaning: 'High trust, low agreement: work through the disagreement openly.' },
  bedfellows: { label: 'Bedfellows', meaning: 'Low trust, high agreement: confirm commitments in writing.' },
  adversaries: { label: 'Adversaries', meaning: 'Low trust, low agreement: limit exposure and keep records.' },
  'fence-sitters': { label: 'Fence-sitters', meaning: 'Trust or agreement unclear: find out where they stand.' },
};

export const PARTY_TYPE_LABEL: Record<(typeof PARTY_TYPES)[number], string> = {
  regulator: 'Regulator',
  customer: 'Customer',
  supplier: 'Supplier',
  employee: 'Employees',
  shareholder: 'Shareholder or owner',
  partner: 'Partner',
  public: 'Public and community',
  other: 'Other',
};

export const DECISION_LABEL: Record<(typeof DECISIONS)[number], string> = {
  undecided: 'Not decided yet',
  addressed: 'Addressed by the ISMS',
  'not-addressed': 'Not addressed',
};
