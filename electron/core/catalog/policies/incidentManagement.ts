import { closing, doc, h1, h2, ol, p, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const incidentManagementPolicy: PolicyTemplateDef = {
  key: 'incident-management',
  title: 'Incident management policy',
  kind: 'topic',
  summary: 'How security events are reported, assessed and handled, and how the organisation learns from them.',
  controls: ['5.24', '5.25', '5.26', '5.27', '5.28', '6.8'],
  content: doc(
    h1('Incident management policy'),
    h2('Purpose'),
    p('Incidents will happen. This policy makes sure that {{organisation}} notices them early, limits the damage, meets its duties to report them, and learns from each one.'),
    h2('Reporting'),
    p('Everyone must report anything that might be a security event straight away: a lost laptop, a suspicious email, a message sent to the wrong person, a system behaving oddly. Report it to the service desk or to {{isms_manager}}. Nobody is blamed for reporting in good faith, even if it turns out to be nothing.'),
    h2('Handling an incident'),
    ol(
      'Assess: decide whether the event is an incident and how serious it is.',
      'Contain: stop it spreading, for example by isolating a device or disabling an account.',
      'Recover: restore systems and information from trusted sources.',
      'Notify: tell customers, regulators and others where law or contracts require it, within the time allowed. Personal data breaches are assessed with {{data_protection_contact}}.',
      'Learn: record what happened, why, and what will change.',
    ),
    h2('Evidence'),
    p('Where an incident may lead to legal or disciplinary action, evidence is collected and kept in a way that shows it has not been changed.'),
    h2('Records'),
    ul(
      'Every incident is logged with its timeline, impact, actions and owner.',
      'Serious incidents are reviewed by top management, and lessons learned feed the risk assessment and the improvement register.',
    ),
    ...closing(),
  ),
};
