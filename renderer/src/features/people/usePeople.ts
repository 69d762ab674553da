import { api } from '../../api/client';
import { useCall } from '../../api/useCall';

/** Everyone in the people register as Select options (registers of a few hundred people at most). */
export function usePeopleOptions() {
  const people = useCall(() => api.people.list({ limit: 500, sort: 'name' }), []);
  return { people: people.data?.items ?? [], options: (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name })), loading: people.loading };
}
