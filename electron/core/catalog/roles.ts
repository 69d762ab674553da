import type { RaciValue } from '../../../shared/raci';
import type { RoleKey } from '../services/roleHolders';

/** The roles a new workspace starts with (5.3), written by us. Users may rename and rewrite them. */
export interface RoleSeed {
  key: RoleKey;
  name: string;
  description: string;
  responsibilities: string;
  authorities: string;
}

export const ROLE_SEEDS: RoleSeed[] = [
  {
    key: 'top-management',
    name: 'Top management',
    description: 'The people who direct and control the organisation at the highest level.',
    responsibilities: 'Set the direction for information security, approve the policy and objectives, provide resources, and review how the ISMS performs.',
    authorities: 'Approve policies, budgets and risk acceptance above agreed thresholds; appoint the ISMS manager.',
  },
  {
    key: 'isms-manager',
    name: 'ISMS manager / CISO',
    description: 'Runs the information security management system day to day.',
    responsibilities: 'Keep the ISMS working and conforming to ISO/IEC 27001, coordinate risk assessment and treatment, and report ISMS performance to top management.',
    authorities: 'Require information and cooperation from any part of the organisation for ISMS purposes; escalate unresolved risks to top management.',
  },
  {
    key: 'risk-owner',
    name: 'Risk owner',
    description: 'A person accountable for managing a particular risk.',
    responsibilities: 'Decide how their risks are treated, approve the treatment plan and accept the residual risk.',
    authorities: 'Accept residual risk within the limits set by the risk acceptance criteria.',
  },
  {
    key: 'asset-owner',
    name: 'Asset owner',
    description: 'A person responsible for a set of information or other assets.',
    responsibilities: 'Keep their assets in the inventory up to date, classify information, and decide who may access it.',
    authorities: 'Grant and withdraw access to their assets.',
  },
  {
    key: 'internal-auditor',
    name: 'Internal auditor',
    description: 'Checks independently whether the ISMS works as intended.',
    responsibilities: 'Plan and carry out internal audits, report findings objectively, and follow up corrective actions.',
    authorities: 'Access the records, places and people needed for an audit; never audit their own work.',
  },
  {
    key: 'data-protection',
    name: 'Data protection contact',
    description: 'The point of contact for personal data questions (a data protection officer where the law requires one).',
    responsibilities: 'Advise on personal data processing, assess personal data breaches, and liaise with the data protection authority.',
    authorities: 'Be consulted on any processing of personal data with high risk; report to top management directly.',
  },
];

/** The RACI matrix a new workspace starts with: activities of the ISMS and who does what. */
export interface ActivitySeed {
  key: string;
  name: string;
  description: string;
  raci: Partial<Record<RoleKey, RaciValue>>;
}

export const ACTIVITY_SEEDS: ActivitySeed[] = [
  { key: 'isms-conformity', name: 'Keep the ISMS conforming to ISO/IEC 27001', description: 'Make sure the management system meets the standard and the organisation’s own rules.', raci: { 'top-management': 'A', 'isms-manager': 'R', 'internal-auditor': 'C' } },
  { key: 'report-performance', name: 'Report ISMS performance to top management', description: 'Regular reports on measurements, incidents, audits and objectives.', raci: { 'isms-manager': 'A', 'top-management': 'I' } },
  { key: 'policy', name: 'Write and approve the information security policy', description: 'Including topic-specific policies and their reviews.', raci: { 'top-management': 'A', 'isms-manager': 'R', 'data-protection': 'C', 'risk-owner': 'I', 'asset-owner': 'I' } },
  { key: 'objectives', name: 'Set information security objectives', description: 'Measurable objectives with owners and deadlines.', raci: { 'top-management': 'A', 'isms-manager': 'R', 'risk-owner': 'C' } },
  { key: 'risk-assessment', name: 'Carry out the risk assessment', description: 'Identify, analyse and evaluate information security risks.', raci: { 'isms-manager': 'A', 'risk-owner': 'R', 'asset-owner': 'C', 'top-management': 'I' } },
  { key: 'risk-treatment', name: 'Approve risk treatment and accept residual risk', description: 'Decide treatment options and sign off what remains.', raci: { 'risk-owner': 'A', 'isms-manager': 'R', 'top-management': 'I' } },
  { key: 'soa', name: 'Maintain the Statement of Applicability', description: 'Which Annex A controls apply, why, and how far they are implemented.', raci: { 'isms-manager': 'A', 'risk-owner': 'C', 'top-management': 'I' } },
  { key: 'assets', name: 'Maintain the asset inventory', description: 'Information and other assets, with owners and classification.', raci: { 'isms-manager': 'A', 'asset-owner': 'R' } },
  { key: 'awareness', name: 'Run awareness and training', description: 'Make sure people know the policy and their part in it.', raci: { 'isms-manager': 'A', 'top-management': 'I', 'data-protection': 'C' } },
  { key: 'incidents', name: 'Handle information security incidents', description: 'Report, assess, respond and learn.', raci: { 'isms-manager': 'A', 'asset-owner': 'R', 'data-protection': 'C', 'top-management': 'I' } },
  { key: 'personal-data-breach', name: 'Assess personal data breaches and notify where required', description: 'Within the deadlines data protection law sets.', raci: { 'data-protection': 'A', 'isms-manager': 'R', 'top-management': 'I' } },
  { key: 'internal-audit', name: 'Plan and carry out internal audits', description: 'An audit programme that covers the whole ISMS over the cycle.', raci: { 'top-management': 'A', 'internal-auditor': 'R', 'isms-manager': 'C' } },
  { key: 'management-review', name: 'Hold management reviews', description: 'Top management reviews the ISMS at planned intervals.', raci: { 'top-management': 'A', 'isms-manager': 'R', 'internal-auditor': 'C' } },
  { key: 'corrective-action', name: 'Manage nonconformities and corrective actions', description: 'Find root causes, fix them and check the fix worked.', raci: { 'isms-manager': 'A', 'asset-owner': 'R', 'internal-auditor': 'C', 'top-management': 'I' } },
];
