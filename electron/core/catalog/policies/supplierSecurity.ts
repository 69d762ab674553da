import { closing, doc, h1, h2, p, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const supplierSecurityPolicy: PolicyTemplateDef = {
  key: 'supplier-security',
  title: 'Supplier security policy',
  kind: 'topic',
  summary: 'How suppliers with access to information or systems are chosen, contracted, monitored and offboarded.',
  controls: ['5.19', '5.20', '5.21', '5.22', '5.23'],
  content: doc(
    h1('Supplier security policy'),
    h2('Purpose'),
    p('Many of our services depend on suppliers: cloud providers, software vendors, outsourced IT and contractors. This policy makes sure that information {{organisation}} shares with them stays protected.'),
    h2('Before we sign'),
    ul(
      'Every supplier that will handle our information or connect to our systems is assessed in proportion to the risk: a questionnaire, certificates such as ISO/IEC 27001, or an audit for the most critical ones.',
      'The owner of the service records the supplier in the supplier register with the information involved and the risk rating.',
    ),
    h2('What contracts must say'),
    ul(
      'The information the supplier may access and what they may do with it.',
      'The security measures the supplier must keep in place, including for its own subcontractors.',
      'How quickly the supplier must tell us about incidents affecting our information.',
      'Our right to check compliance, and how information is returned or destroyed when the contract ends.',
    ),
    h2('During the contract'),
    p('Critical suppliers are reviewed at least once a year: performance, incidents, changes to their service, and any new certificates or audit reports. Changes to a supplier’s service are assessed before they are accepted.'),
    h2('Cloud services'),
    p('Cloud services are chosen and configured following the same rules. We know which security tasks the provider carries out and which remain ours, and we keep an exit plan.'),
    h2('Ending the relationship'),
    p('When a contract ends, access is removed, assets are returned, and the supplier confirms in writing that our information has been returned or securely destroyed.'),
    ...closing(),
  ),
};
