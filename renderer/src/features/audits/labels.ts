import type { AuditMethod, AuditStatus, CoverageState, FindingVerdict, TeamRole, Verdict } from '../../../../shared/contract/audits';

export const METHOD_LABEL: Record<AuditMethod, string> = { 'on-site': 'On-site', remote: 'Remote', 'document-review': 'Document review', interview: 'Interview', observation: 'Observation', sampling: 'Sampling' };
export const ROLE_LABEL: Record<TeamRole, string> = { 'lead-auditor': 'Lead auditor', auditor: 'Auditor', 'technical-expert': 'Technical expert', observer: 'Observer' };
export const STATUS_LABEL: Record<AuditStatus, string> = { planned: 'Planned', 'in-progress': 'Fieldwork in progress', reported: 'Reported', cancelled: 'Cancelled' };
export const VERDICT_LABEL: Record<Verdict, string> = { conforming: 'Conforming', major: 'Major nonconformity', minor: 'Minor nonconformity', observation: 'Observation', ofi: 'Opportunity for improvement' };
export const VERDICT_SHORT: Record<Verdict, string> = { conforming: 'Conforming', major: 'Major NC', minor: 'Minor NC', observation: 'Observation', ofi: 'OFI' };
export const VERDICT_COLOR: Record<Verdict, string> = { conforming: 'teal.9', major: 'red.9', minor: '#a63c06', observation: 'blue.9', ofi: 'grape.9' };
export const FINDING_LABEL: Record<FindingVerdict, string> = { major: 'Major nonconformity', minor: 'Minor nonconformity', observation: 'Observation', ofi: 'Opportunity for improvement' };
export const COVERAGE_LABEL: Record<CoverageState, string> = { 'not-planned': 'Not planned', planned: 'Planned, not yet audited', audited: 'Audited' };
export const COVERAGE_COLOR: Record<CoverageState, string> = { 'not-planned': 'red', planned: 'yellow', audited: 'teal' };

/**
 * Fieldwork keys (issue 14, item 10): digits and letters both work, so a verdict is one key
 * whichever the auditor remembers. Shown in the keyboard help (?).
 */
export const VERDICT_KEYS: Array<{ verdict: Verdict; keys: string[] }> = [
  { verdict: 'conforming', keys: ['1', 'c'] },
  { verdict: 'major', keys: ['2', 'M'] },
  { verdict: 'minor', keys: ['3', 'm'] },
  { verdict: 'observation', keys: ['4', 'o'] },
  { verdict: 'ofi', keys: ['5', 'i'] },
];

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
