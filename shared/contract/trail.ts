import { z } from 'zod';
import { method, query } from './define';
import { Empty, Id } from './common';

/**
 * The tamper-evident trail (issue 10, item 7): every create, update and delete with who, when,
 * which record and the values before and after, hash-chained. `trail.verify` proves the chain, the
 * records against it, and the stored hashes of evidence files and published policy text.
 */
export const TRAIL_PROBLEM_KINDS = [
  'altered-entry',
  'broken-link',
  'missing-entry',
  'unchained',
  'untracked-record',
  'changed-record',
  'missing-record',
  'attachment',
  'policy-text',
] as const;

export const TrailProblem = z.object({
  kind: z.enum(TRAIL_PROBLEM_KINDS),
  /** The trail entry concerned, when there is one. */
  seq: z.number().int().nullable(),
  table: z.string().nullable(),
  rowId: z.string().nullable(),
  message: z.string(),
});

export const TrailReport = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  entries: z.number().int(),
  /** Entries written before the trail was hash-chained (schema 5 and older): listed, not provable. */
  legacyEntries: z.number().int(),
  records: z.number().int(),
  attachments: z.number().int(),
  publishedPolicies: z.number().int(),
  /** The hash of the last entry: write it down to prove later that nothing was rewritten since. */
  head: z.string().nullable(),
  problems: z.array(TrailProblem),
  /** Problems beyond the first 200, counted only. */
  moreProblems: z.number().int(),
});
export type TrailReport = z.infer<typeof TrailReport>;

const TableName = z
  .string()
  .trim()
  .regex(/^[a-z_]{1,64}$/, { error: 'Table must be a table name such as context_issues.' });

export const TrailHistoryInput = z.object({
  table: TableName.optional(),
  rowId: Id.optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

export const TrailChange = z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() });

export const TrailHistoryEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  table: z.string(),
  rowId: z.string(),
  op: z.enum(['insert', 'update', 'delete']),
  /** A name or title of the record, for people reading the history. */
  label: z.string().nullable(),
  /** false for entries from before the trail was hash-chained (no values recorded). */
  chained: z.boolean(),
  changes: z.array(TrailChange),
});
export type TrailHistoryEntry = z.infer<typeof TrailHistoryEntry>;

export const trailContract = {
  'trail.verify': query({
    doc: 'Check the whole trail: the hash chain, every record against its last recorded values, evidence files and published policy text against their hashes.',
    input: Empty,
    output: TrailReport,
  }),
  'trail.history': query({
    doc: 'Trail entries, newest first, for the workspace or for one table or record, with the fields each change altered.',
    input: TrailHistoryInput,
    output: z.object({ total: z.number().int(), entries: z.array(TrailHistoryEntry) }),
  }),
};
