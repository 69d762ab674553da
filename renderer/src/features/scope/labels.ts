import type { BoundaryKind } from '../../../../shared/contract/scope';

export const SCOPE_EXPLANATION = [
  'The scope says where the ISMS starts and stops: which parts of the organisation, which sites, which services and processes, which information. Certification covers exactly this, so it must be clear to an outsider.',
  'Look at what you recorded for 4.1 and 4.2 (shown beside the form): issues and requirements often decide what has to be in scope.',
  'You may leave things out, but each exclusion needs a reason that shows the ISMS still protects what it claims to. The workbench will not save an exclusion without one.',
  'Most organisations depend on others: cloud and hosting providers, outsourced IT, a parent company. Record those interfaces and what crosses them.',
  'Finally, turn it into a short statement in plain language. The workbench writes a first draft from your answers; edit it, then have it approved.',
];

export const KIND_INFO: Record<BoundaryKind, { title: string; hint: string; example: string }> = {
  process: { title: 'Processes and services', hint: 'What the organisation does that the ISMS protects.', example: 'Online booking service' },
  unit: { title: 'Organisational units', hint: 'Departments or teams inside the boundary.', example: 'IT operations' },
  location: { title: 'Locations', hint: 'Offices, sites, data centres, home working.', example: 'Head office, Leeds' },
  asset: { title: 'Information and asset types', hint: 'The information and the systems that hold it.', example: 'Customer records' },
};

export const DIRECTION_LABEL = { inbound: 'Into the ISMS', outbound: 'Out of the ISMS', both: 'Both ways' } as const;
