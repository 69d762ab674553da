/**
 * The ISMS processes a workspace starts with (4.4): the workbench's own areas, in our words.
 * Users edit, add and delete them; this list is only written once into a new workspace.
 */
export interface ProcessSeed {
  key: string;
  name: string;
  clauseRef: string;
  description: string;
  inputs: string;
  outputs: string;
  feeds: string[];
}

export const ISMS_PROCESS_SEEDS: ProcessSeed[] = [
  { key: 'context', name: 'Understanding the context', clauseRef: '4.1', description: 'Identify and review the internal and external issues that affect information security.', inputs: 'Strategy, market and legal changes, workshop notes', outputs: 'Register of internal and external issues', feeds: ['scope', 'risk-assessment', 'management-review'] },
  { key: 'parties', name: 'Managing interested parties', clauseRef: '4.2', description: 'Identify who has a stake in information security and what they require.', inputs: 'Contracts, laws and regulations, stakeholder contacts', outputs: 'Stakeholder register with requirements and ISMS decisions', feeds: ['scope', 'risk-assessment', 'communication'] },
  { key: 'scope', name: 'Defining the scope', clauseRef: '4.3', description: 'Decide and document the boundaries of the ISMS.', inputs: 'Issues, requirements, organisation structure, interfaces', outputs: 'Approved scope statement', feeds: ['risk-assessment', 'soa'] },
  { key: 'leadership', name: 'Leadership and policy', clauseRef: '5.1-5.3', description: 'Top management sets direction, approves policies and assigns roles.', inputs: 'Strategy, review decisions', outputs: 'Information security policy, roles and responsibilities', feeds: ['objectives', 'awareness', 'communication'] },
  { key: 'risk-assessment', name: 'Risk assessment', clauseRef: '6.1.2, 8.2', description: 'Identify, analyse and evaluate information security risks against the agreed criteria.', inputs: 'Scope, assets, threats and vulnerabilities, issues, requirements', outputs: 'Risk register with levels and owners', feeds: ['risk-treatment', 'management-review'] },
  { key: 'risk-treatment', name: 'Risk treatment', clauseRef: '6.1.3, 8.3', description: 'Choose treatment options and controls, and have risk owners accept the residual risk.', inputs: 'Risk register, Annex A controls', outputs: 'Risk treatment plan, accepted residual risks', feeds: ['soa', 'objectives', 'monitoring'] },
  { key: 'soa', name: 'Statement of Applicability', clauseRef: '6.1.3 d', description: 'Record which Annex A controls apply, why, and how far they are implemented.', inputs: 'Risk treatment plan, scope', outputs: 'Statement of Applicability', feeds: ['internal-audit', 'documents'] },
  { key: 'objectives', name: 'Objectives and planning', clauseRef: '6.2, 6.3', description: 'Set measurable security objectives and plan changes to the ISMS.', inputs: 'Policy, risk treatment plan, review decisions', outputs: 'Objectives with owners, targets and plans', feeds: ['monitoring', 'resources'] },
  { key: 'resources', name: 'Resources and competence', clauseRef: '7.1, 7.2', description: 'Provide people, budget and skills, and keep evidence of competence.', inputs: 'Objectives, roles, treatment plan', outputs: 'Budget lines, skills matrix, training records', feeds: ['awareness'] },
  { key: 'awareness', name: 'Awareness', clauseRef: '7.3', description: 'Make sure people know the policy and their part in information security.', inputs: 'Policy, roles, incidents', outputs: 'Campaigns, attendance, quiz results', feeds: ['monitoring'] },
  { key: 'communication', name: 'Communication', clauseRef: '7.4', description: 'Plan and log what is communicated, to whom, when and how.', inputs: 'Stakeholder register, policy, incidents', outputs: 'Communication plan and log', feeds: ['management-review'] },
  { key: 'documents', name: 'Documented information', clauseRef: '7.5', description: 'Create, approve, review, distribute and retire the documents of the ISMS.', inputs: 'Policies, procedures, records', outputs: 'Document register with versions and approvals', feeds: ['internal-audit'] },
  { key: 'operation', name: 'Operating the controls', clauseRef: '8.1', description: 'Run the planned processes and controls and keep evidence that they work.', inputs: 'Treatment plan, procedures', outputs: 'Operational records, incidents', feeds: ['monitoring', 'improvement'] },
  { key: 'monitoring', name: 'Monitoring and measurement', clauseRef: '9.1', description: 'Measure what matters, analyse the results and report them.', inputs: 'Objectives, metric definitions, operational records', outputs: 'Measurement results and trends', feeds: ['management-review', 'improvement'] },
  { key: 'internal-audit', name: 'Internal audit', clauseRef: '9.2', description: 'Audit the ISMS against its own rules and the standard, objectively and impartially.', inputs: 'Audit programme, SoA, documents, evidence', outputs: 'Audit reports and findings', feeds: ['improvement', 'management-review'] },
  { key: 'management-review', name: 'Management review', clauseRef: '9.3', description: 'Top management reviews the ISMS and decides on changes and improvements.', inputs: 'Issues, requirements, measurements, audit results, risk status', outputs: 'Decisions and actions', feeds: ['improvement', 'objectives', 'leadership'] },
  { key: 'improvement', name: 'Improvement and corrective action', clauseRef: '10.1, 10.2', description: 'Correct nonconformities, remove their causes and improve the ISMS.', inputs: 'Findings, incidents, measurements, suggestions', outputs: 'Corrective actions and their effectiveness', feeds: ['risk-assessment', 'management-review'] },
];
