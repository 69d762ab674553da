/**
 * What an internal audit checks in clauses 4-10, one item per requirement, in our own words
 * (ISMS-REFERENCE.md; never the standard's text). The audit checklist is generated from this list
 * for the clauses in an audit's scope; every item stays editable once generated.
 */
export const AUDIT_CLAUSES = ['4', '5', '6', '7', '8', '9', '10'] as const;
export type AuditClause = (typeof AUDIT_CLAUSES)[number];

export const AUDIT_CLAUSE_TITLES: Record<AuditClause, string> = {
  '4': 'Context of the organisation',
  '5': 'Leadership',
  '6': 'Planning',
  '7': 'Support',
  '8': 'Operation',
  '9': 'Performance evaluation',
  '10': 'Improvement',
};

export interface AuditRequirement {
  /** The requirement's number (6.1.2); a fact, not a quotation. */
  id: string;
  clause: AuditClause;
  title: string;
  /** Questions for the auditor, one per line. */
  questions: string[];
}

const r = (id: string, title: string, ...questions: string[]): AuditRequirement => ({ id, clause: id.split('.')[0] as AuditClause, title, questions });

export const AUDIT_REQUIREMENTS: readonly AuditRequirement[] = [
  r('4.1', 'Internal and external issues are known', 'Which issues inside and outside the organisation affect what the ISMS must achieve?', 'When were they last reviewed, and who keeps the list?'),
  r('4.2', 'Interested parties and their requirements are known', 'Which parties matter to information security, and what do they require?', 'Which of those requirements does the ISMS take on, and how?'),
  r('4.3', 'The scope is set and written down', 'Show the scope statement: units, locations, processes and assets in and out.', 'Are exclusions justified and interfaces with others described?'),
  r('4.4', 'The ISMS and its processes are in place', 'Which processes make up the ISMS, who owns them, and how do they feed each other?'),
  r('5.1', 'Top management leads the ISMS', 'What evidence shows top management directing, resourcing and supporting the ISMS?', 'How is the importance of information security communicated?'),
  r('5.2', 'The information security policy is set and known', 'Show the approved policy: does it commit to meeting requirements and to improving?', 'How was it communicated, and can staff find it?'),
  r('5.3', 'Roles, responsibilities and authorities are assigned', 'Who is responsible for the ISMS conforming and for reporting its performance?', 'Do people know and accept their roles?'),
  r('6.1.1', 'Risks and opportunities of the ISMS are addressed', 'Which risks and opportunities to the ISMS itself were identified, and what is being done about them?'),
  r('6.1.2', 'Information security risks are assessed consistently', 'Show the risk criteria and acceptance threshold.', 'Pick a risk: who owns it, how were likelihood and impact judged, and would a repeat give the same result?'),
  r('6.1.3', 'Risks are treated and the SoA is complete', 'Show the treatment plan and the Statement of Applicability: is every exclusion justified?', 'Did risk owners approve the plan and accept the residual risk?'),
  r('6.2', 'Information security objectives are set and planned', 'Which objectives exist, are they measurable, and who delivers them by when?'),
  r('6.3', 'Changes to the ISMS are planned', 'Pick a recent change to the ISMS: was it planned and approved before it was made?'),
  r('7.1', 'Resources are provided', 'What budget, people and tools does the ISMS have, and are they enough?'),
  r('7.2', 'People are competent', 'For a sampled role: what competence is needed, and what shows the holder has it?', 'Where gaps were found, what was done and did it work?'),
  r('7.3', 'People are aware', 'Ask staff: where is the policy, what is their part, and what happens if it is not followed?'),
  r('7.4', 'Communication is planned', 'What is communicated about information security, to whom, when and by whom?'),
  r('7.5', 'Documented information is controlled', 'Sample documents: are they identified, reviewed, approved, current and protected?', 'How are versions, distribution, retention and disposal handled?'),
  r('8.1', 'Operations are planned and controlled', 'How are ISMS processes and outsourced processes controlled, and what shows they ran as planned?'),
  r('8.2', 'Risk assessments are repeated', 'When was the risk assessment last repeated, and was it after significant changes?'),
  r('8.3', 'Risk treatment is carried out', 'Sample treatment actions: are they done, on time, and recorded?'),
  r('9.1', 'Performance is monitored and measured', 'What is measured, how, when, by whom, and who analyses the results?', 'Show recent results and what was decided from them.'),
  r('9.2', 'Internal audits are planned and carried out', 'Show the audit programme and the latest audit report: were the auditors independent of what they audited?'),
  r('9.3', 'Management reviews take place', 'Show the last review: did it consider all the required inputs, and were decisions and actions recorded?'),
  r('10.1', 'The ISMS is continually improved', 'Which improvements were made since the last audit, and where did they come from?'),
  r('10.2', 'Nonconformities are corrected and their causes removed', 'Sample a nonconformity: was it corrected, the root cause found, actions taken and their effectiveness checked?'),
];

/** The requirement items of a clause, in order. */
export const requirementsOf = (clause: AuditClause) => AUDIT_REQUIREMENTS.filter((q) => q.clause === clause);

/** The clause id of shared/clauses.ts a requirement belongs to (6.1.2 -> 6.1), for nonconformities. */
export const clauseIdOf = (requirementId: string) => requirementId.split('.').slice(0, 2).join('.');
