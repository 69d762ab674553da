import { and, count, eq, lt, ne, notInArray, isNotNull } from 'drizzle-orm';
import type { AutoSource } from '../../../shared/metrics/auto';
import type { Workspace } from '../db/open';
import { controls, risks, treatmentActions } from '../db/schema';
import { listPolicies } from './policies';

/**
 * The base values of the automatic metrics (shared/metrics/auto.ts), counted from the workspace on
 * `today`. Each returns exactly the base measures its source declares.
 */
const n = (row: { n: number } | undefined) => row?.n ?? 0;

export function autoValues(ws: Workspace, source: AutoSource, today: string): Record<string, number> {
  const db = ws.db;
  switch (source) {
    case 'soa-implemented':
      return {
        implemented: n(db.select({ n: count() }).from(controls).where(and(eq(controls.applicable, true), eq(controls.status, 'implemented'))).get()),
        applicable: n(db.select({ n: count() }).from(controls).where(eq(controls.applicable, true)).get()),
      };
    case 'overdue-treatment-actions':
      return {
        overdue: n(
          db
            .select({ n: count() })
            .from(treatmentActions)
            .where(and(isNotNull(treatmentActions.dueDate), lt(treatmentActions.dueDate, today), notInArray(treatmentActions.status, ['done', 'cancelled'])))
            .get(),
        ),
      };
    case 'treatment-actions-done':
      return {
        done: n(db.select({ n: count() }).from(treatmentActions).where(eq(treatmentActions.status, 'done')).get()),
        planned: n(db.select({ n: count() }).from(treatmentActions).where(ne(treatmentActions.status, 'cancelled')).get()),
      };
    case 'risks-decided':
      return {
        decided: n(db.select({ n: count() }).from(risks).where(ne(risks.treatment, 'undecided')).get()),
        risks: n(db.select({ n: count() }).from(risks).get()),
      };
    case 'policy-acknowledged': {
      const policy = listPolicies(ws).find((p) => p.kind === 'information-security' && p.published);
      return { acknowledged: policy?.acknowledged ?? 0, recipients: policy?.recipients ?? 0 };
    }
    case 'policy-reviews-on-time': {
      const published = listPolicies(ws).filter((p) => p.published);
      return { on_time: published.filter((p) => p.reviewDate === null || p.reviewDate >= today).length, published: published.length };
    }
  }
}
