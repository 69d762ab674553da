/**
 * The documented information an auditor will ask to see (ISMS-REFERENCE.md, "Mandatory documented
 * information"), in our words. The 7.5 checklist finds each item in the workspace; the keys are
 * stable because register entries name the item they provide.
 */
export const MANDATORY_KEYS = [
  'scope',
  'policy',
  'risk-process',
  'treatment-process',
  'soa',
  'objectives',
  'competence',
  'needed-documents',
  'operations',
  'risk-results',
  'treatment-results',
  'monitoring',
  'audit',
  'management-review',
  'nonconformities',
] as const;
export type MandatoryKey = (typeof MANDATORY_KEYS)[number];

export interface MandatoryItem {
  key: MandatoryKey;
  clause: string;
  title: string;
  /** Where the workbench makes it. */
  route: string;
}

export const MANDATORY_ITEMS: readonly MandatoryItem[] = [
  { key: 'scope', clause: '4.3', title: 'Scope of the ISMS', route: '/clause/4.3' },
  { key: 'policy', clause: '5.2', title: 'Information security policy', route: '/clause/5.2' },
  { key: 'risk-process', clause: '6.1.2', title: 'Risk assessment process and risk criteria', route: '/clause/6.1' },
  { key: 'treatment-process', clause: '6.1.3', title: 'Risk treatment process and plan', route: '/clause/8.3' },
  { key: 'soa', clause: '6.1.3 d', title: 'Statement of Applicability', route: '/clause/6.1' },
  { key: 'objectives', clause: '6.2', title: 'Information security objectives', route: '/clause/6.2' },
  { key: 'competence', clause: '7.2', title: 'Evidence of competence', route: '/clause/7.2' },
  { key: 'needed-documents', clause: '7.5.1 b', title: 'Other documents the organisation decided it needs', route: '/clause/7.5' },
  { key: 'operations', clause: '8.1', title: 'Evidence that processes are carried out as planned', route: '/clause/8.1' },
  { key: 'risk-results', clause: '8.2', title: 'Results of risk assessments', route: '/clause/8.2' },
  { key: 'treatment-results', clause: '8.3', title: 'Results of risk treatment', route: '/clause/8.3' },
  { key: 'monitoring', clause: '9.1', title: 'Monitoring and measurement results', route: '/clause/9.1' },
  { key: 'audit', clause: '9.2', title: 'Audit programme and audit results', route: '/clause/9.2' },
  { key: 'management-review', clause: '9.3', title: 'Results of management reviews', route: '/clause/9.3' },
  { key: 'nonconformities', clause: '10.2', title: 'Nonconformities, actions taken and their results', route: '/clause/10.2' },
];

export const mandatoryItem = (key: MandatoryKey) => MANDATORY_ITEMS.find((i) => i.key === key)!;
