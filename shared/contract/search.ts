import { z } from 'zod';
import { query } from './define';
import { LIMITS } from './common';

/** The kinds of record the global search looks through, each shown with its own label. */
export const SEARCH_KINDS = [
  'issue',
  'party',
  'requirement',
  'boundary',
  'interface',
  'process',
  'commitment',
  'policy',
  'role',
  'activity',
  'asset',
  'risk',
  'treatment',
  'objective',
  'change',
  'resource',
  'communication',
  'supplier',
  'nonconformity',
  'correctiveAction',
  'improvement',
  'control',
  'metric',
  'person',
  'unit',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABEL: Record<SearchKind, string> = {
  issue: '4.1 Issue',
  party: '4.2 Interested party',
  requirement: '4.2 Requirement',
  boundary: '4.3 Scope boundary',
  interface: '4.3 Interface',
  process: '4.4 Process',
  commitment: '5.1 Commitment',
  policy: '5.2 Policy',
  role: '5.3 Role',
  activity: '5.3 RACI activity',
  asset: '6.1 Asset',
  risk: '6.1 Risk',
  treatment: '6.1 Treatment action',
  objective: '6.2 Objective',
  change: '6.3 Planned change',
  resource: '7.1 Resource',
  communication: '7.4 Planned communication',
  supplier: '8.1 Supplier',
  nonconformity: '10.2 Nonconformity',
  correctiveAction: '10.2 Corrective action',
  improvement: '10.1 Improvement',
  control: 'Annex A control',
  metric: '9.1 Metric',
  person: 'Person',
  unit: 'Organisation unit',
};

export const SearchQuery = z.object({
  text: z
    .string({ error: 'Search text must be text.' })
    .trim()
    .min(1, { error: 'Type something to search for.' })
    .max(LIMITS.search, { error: `Search text must be at most ${LIMITS.search} characters.` }),
  limit: z.number().int().min(1).max(100).default(30),
});

export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  /** The record's human-readable id (CTX-001) where it has one. */
  ref: z.string().nullable(),
  title: z.string(),
  /** A short piece of the text around the first match, when the match is not in the title. */
  snippet: z.string(),
  /** Where the record is shown: a hash route of the renderer. */
  route: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchContract = {
  'search.query': query({
    doc: 'Find records of every area by id, title or description; every word typed must match.',
    input: SearchQuery,
    output: z.object({ items: z.array(SearchHit), total: z.number().int() }),
  }),
};
