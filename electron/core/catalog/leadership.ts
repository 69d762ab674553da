/**
 * The 5.1 checklist a new workspace starts with: what top management shows, in our words, each with
 * the kind of evidence an auditor would expect to see.
 */
export const COMMITMENT_SEEDS: { key: string; title: string; description: string }[] = [
  {
    key: 'policy-objectives',
    title: 'The security policy and objectives fit where the organisation is heading',
    description: 'Top management has set the information security policy and objectives, and they agree with the business strategy. Evidence: board minutes approving the policy, a strategy paper that mentions information security.',
  },
  {
    key: 'integration',
    title: 'Information security is part of how the organisation works',
    description: 'Security requirements are built into everyday processes such as purchasing, hiring, projects and change, not run on the side. Evidence: process documents with security steps, project templates with a security check.',
  },
  {
    key: 'resources',
    title: 'The ISMS has the people, time and money it needs',
    description: 'Budget and staff for information security are agreed and provided. Evidence: a budget decision, a resourcing plan, job descriptions.',
  },
  {
    key: 'communication',
    title: 'Top management says why security matters and why the rules must be followed',
    description: 'Leaders talk about information security and about following the ISMS, not only the security team. Evidence: staff announcements, town-hall slides, messages from the chief executive.',
  },
  {
    key: 'outcomes',
    title: 'The ISMS delivers what it is meant to',
    description: 'Top management checks that the ISMS reaches its intended outcomes and acts when it does not. Evidence: management review minutes, performance reports with decisions.',
  },
  {
    key: 'direction',
    title: 'People are guided and supported to make the ISMS work',
    description: 'Staff know what is expected of them and get the support to do it. Evidence: role descriptions, training plans, recognition of good security behaviour.',
  },
  {
    key: 'improvement',
    title: 'Continual improvement is encouraged',
    description: 'Top management asks for improvements and backs them. Evidence: improvement register reviewed by management, decisions to fund improvements.',
  },
  {
    key: 'other-managers',
    title: 'Other managers are helped to lead on security in their own areas',
    description: 'Department heads are expected and enabled to take responsibility for security in their teams. Evidence: objectives for managers, management meeting agendas that include security.',
  },
];
