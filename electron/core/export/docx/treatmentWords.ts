import type { TREATMENTS } from '../../../../shared/contract/risk';

/** Both vocabularies in documents: ISO/IEC 27005 word first, the everyday one after. */
export const TREATMENT_TEXT: Record<(typeof TREATMENTS)[number], string> = {
  undecided: 'Not decided',
  modify: 'Modify (mitigate)',
  share: 'Share (transfer)',
  avoid: 'Avoid',
  retain: 'Retain (accept)',
};
