import { closing, doc, h1, h2, p, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const clearDeskScreenPolicy: PolicyTemplateDef = {
  key: 'clear-desk-screen',
  title: 'Clear desk and clear screen policy',
  kind: 'topic',
  summary: 'Keeping papers, removable media and screens out of sight of people who should not see them.',
  controls: ['7.7', '8.1'],
  content: doc(
    h1('Clear desk and clear screen policy'),
    h2('Purpose'),
    p('Information left on a desk, a printer or an unlocked screen can be read, photographed or taken in seconds. This policy sets simple habits that everyone at {{organisation}} follows.'),
    h2('Clear desk'),
    ul(
      'At the end of the day, and whenever you leave your desk for a long time, lock away confidential papers and removable media.',
      'Collect printouts from printers straight away; use secure print where it is available.',
      'Wipe whiteboards and remove flipchart pages after meetings.',
      'Put confidential paper in the locked shredding bins, never in ordinary waste.',
    ),
    h2('Clear screen'),
    ul(
      'Lock your screen every time you leave your device, even for a moment.',
      'Devices lock themselves after a short period without use.',
      'Position screens so that visitors and passers-by cannot read them, and use privacy filters when working in public.',
      'Close confidential documents before sharing your screen in a video call.',
    ),
    h2('Checks'),
    p('Managers and {{isms_manager}} carry out occasional walk-round checks and share the results, so that good habits stick.'),
    ...closing(),
  ),
};
