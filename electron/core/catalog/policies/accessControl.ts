import { closing, doc, h1, h2, p, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const accessControlPolicy: PolicyTemplateDef = {
  key: 'access-control',
  title: 'Access control policy',
  kind: 'topic',
  summary: 'Who may get access to which information and systems, how access is granted, reviewed and removed.',
  controls: ['5.15', '5.16', '5.17', '5.18', '8.2', '8.3', '8.5'],
  content: doc(
    h1('Access control policy'),
    h2('Purpose'),
    p('This policy sets out how {{organisation}} makes sure that people and systems can reach the information they need for their work, and nothing more. It supports the information security policy.'),
    h2('Principles'),
    ul(
      'Need to know: access is given only to information a person needs for their role.',
      'Least privilege: accounts get the lowest level of rights that lets the work be done.',
      'One person, one account: accounts are never shared, so every action can be traced to someone.',
      'Separation of duties: no single person can both request and approve their own access, or carry out and check a critical task alone.',
    ),
    h2('Granting and changing access'),
    ul(
      'Access is requested through the agreed process and approved by the owner of the system or information.',
      'Joiners get access on or just before their first day; movers have old rights removed when they change role.',
      'Leavers lose all access by the end of their last working day at the latest.',
    ),
    h2('Privileged access'),
    p('Administrator and other privileged accounts are kept separate from everyday accounts, are given to named people only, use multi-factor authentication and are reviewed at least every three months.'),
    h2('Authentication'),
    ul(
      'Passwords are long, unique to each system and never written down in plain sight; a password manager is provided.',
      'Multi-factor authentication is required for remote access, email, cloud services and all privileged accounts.',
      'Initial and reset passwords are sent securely and must be changed at first use.',
    ),
    h2('Reviewing access'),
    p('System owners review who has access to their systems at least every six months and remove anything no longer needed. The results of each review are kept.'),
    ...closing(),
  ),
};
