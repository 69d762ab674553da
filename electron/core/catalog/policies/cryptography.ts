import { closing, doc, h1, h2, p, table, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const cryptographyPolicy: PolicyTemplateDef = {
  key: 'cryptography',
  title: 'Cryptography policy',
  kind: 'topic',
  summary: 'When information must be encrypted, which methods are acceptable, and how keys are looked after.',
  controls: ['8.24', '5.31'],
  content: doc(
    h1('Cryptography policy'),
    h2('Purpose'),
    p('This policy sets out when {{organisation}} uses encryption and other cryptographic controls to protect information, and how the keys that make them work are managed.'),
    h2('When encryption is required'),
    table(
      ['Situation', 'Requirement'],
      [
        ['Laptops, phones and removable media', 'Full-disk or device encryption, always on'],
        ['Information sent over public networks', 'Encrypted in transit with current, well-supported protocols'],
        ['Confidential information stored in cloud services or databases', 'Encrypted at rest'],
        ['Backups', 'Encrypted, with keys kept apart from the backups'],
      ],
    ),
    h2('Acceptable methods'),
    ul(
      'Use widely reviewed, current algorithms and protocols provided by the platform or a trusted library. Never invent or modify cryptography.',
      'Retire algorithms and key lengths that are no longer considered strong, following the guidance of national security agencies.',
    ),
    h2('Key management'),
    ul(
      'Keys are generated securely, stored in a key vault or hardware module where possible, and never sent by email or chat.',
      'Every key has an owner, a purpose and a replacement date; keys are changed at once if they may have been exposed.',
      'Access to keys is limited to the people and systems that need them.',
    ),
    h2('Legal restrictions'),
    p('Some countries restrict the use, import or export of encryption. Before encrypted devices or services are used abroad, the rules are checked with {{isms_manager}}.'),
    ...closing(),
  ),
};
