import { z } from 'zod';
import { query } from './define';
import { Empty } from './common';

export const Criterion = z.object({ label: z.string(), met: z.boolean(), detail: z.string().optional() });

export const ClauseReadiness = z.object({
  id: z.string(),
  title: z.string(),
  group: z.string(),
  /** false while the workbench has no wizard for the clause: nothing can be recorded yet. */
  available: z.boolean(),
  percent: z.number().int().min(0).max(100),
  status: z.enum(['not-started', 'in-progress', 'done']),
  criteria: z.array(Criterion),
});
export type ClauseReadiness = z.infer<typeof ClauseReadiness>;

export const DueItem = z.object({
  clauseId: z.string(),
  text: z.string(),
  date: z.string(),
  overdue: z.boolean(),
  route: z.string(),
});
export type DueItem = z.infer<typeof DueItem>;

export const NextStep = z.object({ clauseId: z.string(), text: z.string(), route: z.string() });

export const ReadinessSummary = z.object({
  clauses: z.array(ClauseReadiness),
  /** Mean over every clause 4.1-10.2; a clause without a wizard yet counts as 0 %. */
  overall: z.number().int().min(0).max(100),
  /** How many clauses the workbench guides, of how many there are. */
  guided: z.number().int().min(0),
  total: z.number().int().min(0),
  next: z.array(NextStep),
  due: z.array(DueItem),
});
export type ReadinessSummary = z.infer<typeof ReadinessSummary>;

export const readinessContract = {
  'readiness.summary': query({
    doc: 'How complete each clause is, what to do next and what is due, computed from the workspace.',
    input: Empty,
    output: ReadinessSummary,
  }),
};
