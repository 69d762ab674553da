import { closing, doc, h1, h2, p, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const remoteWorkingPolicy: PolicyTemplateDef = {
  key: 'remote-working',
  title: 'Remote working policy',
  kind: 'topic',
  summary: 'Security rules for working from home, while travelling and anywhere outside the office.',
  controls: ['6.7', '7.9', '8.1'],
  content: doc(
    h1('Remote working policy'),
    h2('Purpose'),
    p('{{organisation}} supports working from home and on the move. This policy lists what everyone does to keep information as safe outside the office as inside it.'),
    h2('Your workplace'),
    ul(
      'Work where others cannot easily read your screen or overhear confidential calls.',
      'Lock your screen whenever you step away, and keep devices out of sight when not in use.',
      'Do not let family members or friends use work devices.',
    ),
    h2('Devices and connections'),
    ul(
      'Use only company-managed devices for company information, unless an approved alternative has been set up for you.',
      'Connect through the company VPN or approved secure services; avoid public Wi-Fi without it.',
      'Keep devices updated and encrypted; never disable security software.',
    ),
    h2('Paper and printing'),
    p('Avoid printing at home. If you must, keep printouts secure and bring them back to the office for secure disposal.'),
    h2('Travel'),
    p('Keep devices with you when travelling, never in checked luggage. Before travelling abroad with company equipment, check with {{isms_manager}} whether special rules apply.'),
    h2('Loss or theft'),
    p('Report a lost or stolen device immediately so it can be locked and wiped.'),
    ...closing(),
  ),
};
