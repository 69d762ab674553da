import { api } from './api/client';
import { useCall } from './api/useCall';

/** Readiness of one clause, reloaded after every write (and when `after` changes). */
export function useClauseReadiness(clauseId: string, after?: unknown) {
  const summary = useCall(() => api.readiness.summary({}), [after]);
  return summary.data?.clauses.find((c) => c.id === clauseId);
}

/** Everyone in the people register, for owner and approver pickers. */
export function usePeopleOptions() {
  const people = useCall(() => api.people.list({ limit: 500, sort: 'name' }), []);
  return {
    options: (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
    empty: people.data !== undefined && people.data.total === 0,
  };
}
