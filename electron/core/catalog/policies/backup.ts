import { closing, doc, h1, h2, p, table, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const backupPolicy: PolicyTemplateDef = {
  key: 'backup',
  title: 'Backup policy',
  kind: 'topic',
  summary: 'What is backed up, how often, where copies are kept, and how restores are tested.',
  controls: ['8.13', '8.14', '5.30'],
  content: doc(
    h1('Backup policy'),
    h2('Purpose'),
    p('This policy makes sure that {{organisation}} can recover its information after a mistake, a failure, ransomware or a disaster, within the times the business needs.'),
    h2('What is backed up'),
    p('Every system and data store listed in the asset inventory has a named owner who decides, with IT, how much data loss and downtime the business can accept. The backup arrangement follows from that decision.'),
    table(
      ['Kind of data', 'How often', 'Kept for', 'Where'],
      [
        ['Business systems and databases', 'Daily, at least', '35 days', 'A separate location, encrypted'],
        ['Shared files and cloud workspaces', 'Daily, at least', '35 days', 'A backup service independent of the source'],
        ['Monthly copies', 'Monthly', '12 months', 'Offline or immutable storage'],
      ],
    ),
    h2('Protecting the copies'),
    ul(
      'Backups are encrypted and kept apart from the systems they protect, so that one incident cannot destroy both.',
      'At least one copy is offline or cannot be changed or deleted until it expires.',
      'Access to backups and backup tools is limited to named administrators.',
    ),
    h2('Testing restores'),
    p('A backup only counts once it has been restored. IT restores a sample of systems at least every quarter and a full critical system at least once a year, records how long it took and fixes what went wrong.'),
    h2('Monitoring'),
    p('Failed or missed backups are alerted on and followed up the same working day.'),
    ...closing(),
  ),
};
