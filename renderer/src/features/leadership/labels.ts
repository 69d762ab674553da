import type { CommitmentStatus } from '../../../../shared/contract/leadership';

export const STATUS_LABEL: Record<CommitmentStatus, string> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'In place' };
export const STATUS_COLOR: Record<CommitmentStatus, string> = { 'not-started': 'gray', 'in-progress': 'yellow', done: 'teal' };

export const CLAUSE_EXPLANATION = [
  'Clause 5.1 asks top management to lead information security, not just to sign it off. An auditor will talk to them and ask for proof.',
  'First, name who top management is: the people who direct and control the organisation at the highest level, such as the board or the directors.',
  'Then work through the checklist. Each item is something leaders must be seen to do: set the policy and objectives, build security into how the organisation works, provide resources, communicate, check results, support people and push for improvement.',
  'For each item, give it an owner, record evidence (meeting minutes, budget decisions, announcements; attach the file if you have it) and mark it in place once the evidence is there.',
];
