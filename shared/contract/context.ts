import { z } from 'zod';
import { method, query } from './define';
import { BULK, bulkIds, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, page, pageQuery, PARTIAL, Ref, requiredText, Stamps, updateOf } from './common';

/** PESTLE for external issues; the usual internal headings for internal ones. */
export const EXTERNAL_CATEGORIES = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'] as const;
export const INTERNAL_CATEGORIES = ['structure', 'culture', 'processes', 'resources', 'capabilities', 'systems'] as const;
export const ISSUE_CATEGORIES = [...EXTERNAL_CATEGORIES, ...INTERNAL_CATEGORIES] as const;
export const SWOT = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export const ISSUE_KINDS = ['external', 'internal'] as const;
export const IMPACT_LEVELS = ['low', 'medium', 'high'] as const;

export type IssueKind = (typeof ISSUE_KINDS)[number];
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

export const categoriesFor = (kind: IssueKind): readonly IssueCategory[] =>
  kind === 'external' ? EXTERNAL_CATEGORIES : INTERNAL_CATEGORIES;

/** Strengths and weaknesses are internal; opportunities and threats can come from either side. */
export const swotAllowed = (kind: IssueKind): readonly (typeof SWOT)[number][] =>
  kind === 'external' ? ['opportunity', 'threat'] : SWOT;

const IssueBase = z.object({
  title: requiredText('Title'),
  description: optionalText('Description'),
  kind: z.enum(ISSUE_KINDS, { error: 'Choose internal or external.' }),
  category: z.enum(ISSUE_CATEGORIES, { error: 'Choose a category.' }),
  swot: z.enum(SWOT, { error: 'Choose strength, weakness, opportunity or threat.' }),
  effect: optionalText('Effect on the ISMS'),
  impact: z.enum(IMPACT_LEVELS, { error: 'Choose low, medium or high.' }).default('medium'),
  source: optionalText('Source', LIMITS.shortText),
  reviewDate: IsoDate.nullable().default(null),
  ownerId: Id.nullable().default(null),
});

/** Cross-field rules, shared by the wizard's step validation and the service. */
const withIssueRules = <T extends z.ZodType<z.output<typeof IssueBase>>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    if (!categoriesFor(v.kind).includes(v.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message:
          v.kind === 'external'
            ? 'External issues use a PESTLE category (political, economic, social, technological, legal, environmental).'
            : 'Internal issues use an internal category (structure, culture, processes, resources, capabilities, systems).',
      });
    }
    if (!swotAllowed(v.kind).includes(v.swot)) {
      ctx.addIssue({
        code: 'custom',
        path: ['swot'],
        message: 'Strengths and weaknesses are internal. An external issue is an opportunity or a threat.',
      });
    }
  });

export const IssueFields = withIssueRules(IssueBase);
export type IssueFields = z.input<typeof IssueBase>;
/** Partial: the service checks the rules on the record as it will be saved. */
export const IssueUpdate = updateOf(IssueBase.shape);

export const Issue = IssueBase.extend({ id: Id, ref: Ref, ownerName: z.string().nullable() }).extend(Stamps.shape);
export type Issue = z.infer<typeof Issue>;

export const IssueQuery = pageQuery(['ref', 'title', 'kind', 'category', 'swot', 'impact', 'reviewDate', 'updatedAt'] as const).extend({
  kind: z.enum(ISSUE_KINDS).optional(),
});
export type IssueQuery = z.input<typeof IssueQuery>;

const ISSUE_RULES = [
  { path: 'category', text: 'External issues use a PESTLE category (political ... environmental); internal issues an internal one (structure ... systems).' },
  { path: 'swot', text: 'Strengths and weaknesses are internal: an external issue is an opportunity or a threat.' },
];

export const contextContract = {
  'context.list': query({
    doc: 'Page through the internal and external issues (4.1), with search, filter and sort.',
    input: IssueQuery,
    output: page(Issue),
  }),
  'context.get': query({ doc: 'One issue.', input: IdInput, output: Issue }),
  'context.create': method({ doc: 'Record an internal or external issue.', input: IssueFields, output: Issue, rules: ISSUE_RULES }),
  'context.update': method({ doc: `Change an issue. ${PARTIAL}`, input: IssueUpdate, output: Issue, rules: ISSUE_RULES }),
  'context.updateMany': method({
    doc: `Set the owner and/or the review date of many issues at once. ${BULK}`,
    input: z
      .object({ ids: bulkIds, ownerId: Id.nullable().optional(), reviewDate: IsoDate.nullable().optional() })
      .refine((v) => v.ownerId !== undefined || v.reviewDate !== undefined, { path: ['ownerId'], error: 'Give an owner, a review date or both.' }),
    output: z.object({ updated: z.number().int() }),
    rules: [{ path: 'ownerId', text: 'Give ownerId, reviewDate or both.' }],
  }),
  'context.delete': method({ doc: 'Delete an issue.', input: IdInput, output: Ok }),
};
