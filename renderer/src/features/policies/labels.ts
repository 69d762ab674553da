import type { VersionStatus } from '../../../../shared/policyStates';

export const STATUS_TEXT: Record<VersionStatus, string> = { draft: 'Draft', 'in-review': 'In review', approved: 'Approved', published: 'Published', superseded: 'Superseded' };
export const STATUS_COLOR: Record<VersionStatus, string> = { draft: 'gray', 'in-review': 'yellow', approved: 'blue', published: 'teal', superseded: 'dark' };

export const CLAUSE_EXPLANATION = [
  'Clause 5.2 asks top management to set an information security policy that fits the organisation, gives objectives or a way to set them, and commits to meeting the requirements that apply and to continual improvement.',
  'The policy must be documented, communicated inside the organisation, and available to interested parties where that is appropriate.',
  'Start from our template or write your own. The wizard checks the text for the three things 5.2 asks for and shows what it cannot find.',
  'Each policy moves through draft, review, approval and publication. A published version never changes; an edit starts a new draft, and the policy shows that it has drifted from the version in force until the new one is published.',
  'Send the published policy to the people who need it and record who has acknowledged it. Annex A also expects topic-specific policies, such as access control and backup; the template library has nine to start from.',
];
