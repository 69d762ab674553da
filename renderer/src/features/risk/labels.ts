import type { ACTION_STATUSES, ASSET_TYPES, THREAT_CATEGORIES, TREATMENTS } from '../../../../shared/contract/risk';
import type { RiskLevel } from '../../../../shared/contract/riskMethod';

/** Both vocabularies: the ISO/IEC 27005 word and the one many people use. */
export const TREATMENT_LABEL: Record<(typeof TREATMENTS)[number], string> = {
  undecided: 'Not decided yet',
  modify: 'Modify (mitigate)',
  share: 'Share (transfer)',
  avoid: 'Avoid',
  retain: 'Retain (accept)',
};

export const TREATMENT_HELP: Record<(typeof TREATMENTS)[number], string> = {
  undecided: 'Decide once the risk is analysed.',
  modify: 'Reduce likelihood or impact with controls.',
  share: 'Pass part of the risk to another party: insurance, a supplier, a contract.',
  avoid: 'Stop or change the activity so the risk no longer exists.',
  retain: 'Accept the risk as it is, on an informed decision of the risk owner.',
};

export const THREAT_CATEGORY_LABEL: Record<(typeof THREAT_CATEGORIES)[number], string> = {
  'physical-damage': 'Physical damage',
  'natural-events': 'Natural events',
  'loss-of-services': 'Loss of essential services',
  'compromise-of-information': 'Compromise of information',
  'technical-failures': 'Technical failures',
  'unauthorised-actions': 'Unauthorised actions',
  'compromise-of-functions': 'Compromise of functions',
};

export const ASSET_TYPE_LABEL: Record<(typeof ASSET_TYPES)[number], string> = {
  information: 'Information',
  hardware: 'Hardware',
  software: 'Software',
  network: 'Network',
  people: 'People',
  site: 'Site and premises',
  service: 'Service and supplier',
  organisation: 'Organisation',
};

export const ACTION_STATUS_LABEL: Record<(typeof ACTION_STATUSES)[number], string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' };

export const LEVEL_MANTINE: Record<RiskLevel, string> = { low: 'green', medium: 'yellow', high: 'orange', critical: 'red' };

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
