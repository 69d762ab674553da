import type { CA_STATUSES, FISHBONE_CATEGORIES, IMPROVEMENT_SOURCES, IMPROVEMENT_STATUSES, LINK_KINDS, NC_SEVERITIES, NC_SOURCES } from '../../../../shared/contract/improvement';
import type { NcStatus } from '../../../../shared/ncStates';

export const SOURCE_LABEL: Record<(typeof NC_SOURCES)[number], string> = {
  'internal-audit': 'Internal audit finding',
  'external-audit': 'External audit finding',
  incident: 'Incident',
  'metric-breach': 'Metric breach',
  complaint: 'Complaint',
  'self-identified': 'Self-identified',
};

export const SEVERITY_LABEL: Record<(typeof NC_SEVERITIES)[number], string> = { major: 'Major', minor: 'Minor' };

export const FISHBONE_LABEL: Record<(typeof FISHBONE_CATEGORIES)[number], { label: string; prompt: string }> = {
  people: { label: 'People', prompt: 'Skills, awareness, workload, who was involved' },
  process: { label: 'Process', prompt: 'Steps missing, unclear or not followed' },
  technology: { label: 'Technology', prompt: 'Systems, tools, configuration, automation' },
  environment: { label: 'Environment', prompt: 'Premises, remote work, time pressure, external events' },
  suppliers: { label: 'Suppliers', prompt: 'Services and people from outside the organisation' },
  management: { label: 'Management', prompt: 'Direction, resources, oversight, priorities' },
};

export const CA_STATUS_LABEL: Record<(typeof CA_STATUSES)[number], string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' };

export const LINK_KIND_LABEL: Record<(typeof LINK_KINDS)[number], string> = { finding: 'Audit finding', control: 'Control', policy: 'Policy', risk: 'Risk', metric: 'Metric' };

export const OPPORTUNITY_SOURCE_LABEL: Record<(typeof IMPROVEMENT_SOURCES)[number], string> = {
  'audit-ofi': 'Audit (opportunity for improvement)',
  'management-review': 'Management review',
  metric: 'Metric',
  incident: 'Incident',
  suggestion: 'Suggestion',
  planning: '6.1.1 planning (context and interested parties)',
  other: 'Other',
};

export const OPPORTUNITY_STATUS_LABEL: Record<(typeof IMPROVEMENT_STATUSES)[number], string> = {
  proposed: 'Proposed',
  evaluated: 'Evaluated',
  approved: 'Approved',
  rejected: 'Rejected',
  implemented: 'Implemented',
};

export const STATUS_COLOR: Record<NcStatus, string> = {
  open: 'red',
  'correction-done': 'orange',
  'cause-analysed': 'yellow',
  'actions-planned': 'blue',
  'actions-done': 'cyan',
  'effectiveness-verified': 'teal',
  closed: 'gray',
};

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
