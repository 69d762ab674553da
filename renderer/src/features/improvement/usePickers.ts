import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { CLAUSES } from '../../../../shared/clauses';

/** Choices for the record forms: clauses, Annex A and custom controls, assets, policies, risks. */
export function usePickers() {
  const controls = useCall(() => api.controls.list({}), []);
  const assets = useCall(() => api.risk.assetList({ limit: 500, sort: 'name' }), []);
  const policies = useCall(() => api.policies.list({}), []);
  const risks = useCall(() => api.risk.list({ limit: 500, sort: 'ref' }), []);
  return {
    clauses: CLAUSES.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
    controls: (controls.data ?? []).map((c) => ({ value: c.id, label: `${c.ref} ${c.title}` })),
    assets: (assets.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.ref} ${a.name}` })),
    policies: (policies.data ?? []).map((p) => ({ value: p.id, label: `${p.ref} ${p.title}` })),
    risks: (risks.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.ref} ${r.title}` })),
  };
}
