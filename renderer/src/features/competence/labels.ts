import { LEVEL_LABEL } from '../../../../shared/competence';
import type { LEVEL_SOURCES, PLAN_STATUSES } from '../../../../shared/contract/competence';

export const SOURCE_LABEL: Record<(typeof LEVEL_SOURCES)[number], string> = {
  'self-assessment': 'Self-assessment',
  manager: 'Manager',
  'skills-audit': 'Skills audit',
  training: 'Training',
  certificate: 'Certificate',
};
export const PLAN_STATUS_LABEL: Record<(typeof PLAN_STATUSES)[number], string> = { planned: 'Planned', done: 'Done', cancelled: 'Cancelled' };

/** "3 Practised" for pickers and cells. */
export const levelText = (n: number) => `${n} ${LEVEL_LABEL[n] ?? ''}`.trim();
export const LEVEL_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: levelText(n) }));
