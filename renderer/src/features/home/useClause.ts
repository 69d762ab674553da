import { api } from '../../api/client';
import { useCall } from '../../api/useCall';

/**
 * One clause's readiness, reloaded after every write. `after` reloads it when the page's own data
 * arrives too: the first read of 5.1 and 5.3 adds the shipped checklist and roles, which a read does
 * not announce as a change.
 */
export function useClause(id: string, after?: unknown) {
  const readiness = useCall(() => api.readiness.summary({}), [after]);
  return readiness.data?.clauses.find((c) => c.id === id);
}
