import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, LIMITS, Ok, REFERENCES, Stamps, requiredText } from './common';
import { patchOf, text } from './patch';

export const CONTROL_THEMES = ['organizational', 'people', 'physical', 'technological', 'custom'] as const;
export const IMPLEMENTATION = ['not-started', 'planned', 'partial', 'implemented'] as const;
/** Reasons for including a control in the SoA. `risk` and the requirement-based ones are filled automatically where the link exists. */
export const INCLUSION_REASONS = ['risk', 'legal', 'contractual', 'business', 'best-practice'] as const;
export type InclusionReason = (typeof INCLUSION_REASONS)[number];
export const REASON_LABEL: Record<InclusionReason, string> = {
  risk: 'Risk assessment result',
  legal: 'Legal or regulatory requirement',
  contractual: 'Contractual requirement',
  business: 'Business requirement',
  'best-practice': 'Best practice',
};
export const THEME_LABEL: Record<(typeof CONTROL_THEMES)[number], string> = {
  organizational: 'Organisational',
  people: 'People',
  physical: 'Physical',
  technological: 'Technological',
  custom: 'Custom',
};
export const IMPLEMENTATION_LABEL: Record<(typeof IMPLEMENTATION)[number], string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  partial: 'Partly implemented',
  implemented: 'Implemented',
};

const SoaShape = {
  /** null while nobody has decided. */
  applicable: z.boolean().nullable(),
  /** Reasons the user adds by hand (business, best practice, or legal/contractual without a recorded requirement). */
  reasons: z.array(z.enum(INCLUSION_REASONS, { error: 'Unknown reason.' })).max(5),
  justification: text('Justification', LIMITS.longText),
  exclusionReason: text('Reason for exclusion', LIMITS.longText),
  status: z.enum(IMPLEMENTATION, { error: 'Choose the implementation status.' }),
  ownerId: Id.nullable(),
  /** 4.2 requirements this control helps meet: they give the legal/contractual/business reasons. */
  requirementIds: z.array(Id).max(200),
};
export const ControlPatch = patchOf({ ...SoaShape, title: requiredText('Title'), description: text('Description', LIMITS.longText) }).extend({ id: Id });
export const CustomControlFields = z.object({ title: requiredText('Title'), description: text('Description', LIMITS.longText).default('') });

export const AutoReason = z.object({ reason: z.enum(INCLUSION_REASONS), source: z.string() });
export const Control = z
  .object({
    ...SoaShape,
    id: Id,
    ref: z.string(),
    title: z.string(),
    theme: z.enum(CONTROL_THEMES),
    description: z.string(),
    custom: z.boolean(),
    ownerName: z.string().nullable(),
    /** Filled from the links: each risk treated with it, each 4.2 requirement it meets. */
    autoReasons: z.array(AutoReason),
    /** The manual and the automatic reasons together, in a fixed order. */
    allReasons: z.array(z.enum(INCLUSION_REASONS)),
    riskRefs: z.array(z.string()),
    problems: z.array(z.string()),
  })
  .extend(Stamps.shape);
export type Control = z.infer<typeof Control>;

export const SoaCheck = z.object({
  /** Controls chosen to treat a risk that the SoA marks not applicable: necessary controls omitted. */
  omitted: z.array(z.object({ controlId: Id, ref: z.string(), title: z.string(), riskRefs: z.array(z.string()) })),
  /** Applicable controls with no justification at all. */
  unjustified: z.array(z.object({ controlId: Id, ref: z.string(), title: z.string() })),
  /** Excluded controls without a reason (cannot be saved, but may come from older data). */
  excludedWithoutReason: z.array(z.object({ controlId: Id, ref: z.string(), title: z.string() })),
  undecided: z.number().int(),
  applicable: z.number().int(),
  excluded: z.number().int(),
  total: z.number().int(),
});
export type SoaCheck = z.infer<typeof SoaCheck>;

export const ControlQuery = z.object({
  search: z.string().trim().max(LIMITS.search).default(''),
  theme: z.enum(CONTROL_THEMES).optional(),
  applicable: z.enum(['yes', 'no', 'undecided']).optional(),
});

export const controlsContract = {
  'controls.list': query({ doc: 'Annex A and custom controls with their Statement of Applicability entries.', input: ControlQuery, output: z.array(Control) }),
  'controls.get': query({ doc: 'One control with its SoA entry.', input: IdInput, output: Control }),
  'controls.update': method({
    doc: 'Change the given SoA fields of a control (title and description of custom controls only).',
    input: ControlPatch,
    output: Control,
    rules: [
      { path: 'title', text: 'The title and description of an Annex A control are fixed; only custom controls change them.' },
      { path: 'exclusionReason', text: 'A control marked not applicable says why it is excluded.' },
    ],
  }),
  'controls.createCustom': method({ doc: 'Add a control of the organisation’s own.', input: CustomControlFields, output: Control }),
  'controls.deleteCustom': method({ doc: `Delete a custom control; risks and actions lose the link. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'controls.check': query({ doc: 'The Statement of Applicability check: necessary controls omitted and inclusions without justification.', input: Empty, output: SoaCheck }),
};
