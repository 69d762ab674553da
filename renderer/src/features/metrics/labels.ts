import type { SubjectKind } from '../../../../shared/contract/metrics';
import type { Rag } from '../../../../shared/metrics/status';

export const CLAUSE_EXPLANATION = [
  'Clause 9.1 asks you to decide what you will monitor and measure to know whether information security is working: which controls, processes and objectives, how each is measured, how often, who collects the figures, who looks at them and when.',
  'Each metric here follows the ISO/IEC 27004 shape: the question it answers (information need), the base measures you count, a formula that turns them into an indicator, a target, and decision criteria that say when a value is good (green), worth watching (amber) or a breach (red).',
  'Start from the library: every entry is ready to use and can be changed after you add it. Some metrics are computed by the workbench from what you have already recorded (the Statement of Applicability, the treatment plan, policy acknowledgements).',
  'Then collect values each period, look at the trends, and act on breaches: a breach is flagged for a correction, a nonconformity or an improvement.',
];

export const SUBJECT_LABEL: Record<SubjectKind, string> = { control: 'A control', process: 'An ISMS process', risk: 'A risk', objective: 'An objective (6.2)', other: 'Something else' };

/** Shades dark enough for white text (axe colour contrast); the yellow one takes dark text (autoContrast). */
export const RAG_COLOR: Record<Rag, string> = { green: 'teal.9', amber: 'yellow.5', red: 'red.8', none: 'gray' };

export const SOURCE_LABEL = { manual: 'Entered', import: 'Imported', automatic: 'Computed' } as const;

export const SUBJECT_NOUN: Record<SubjectKind, string> = { control: 'Control', process: 'Process', risk: 'Risk', objective: 'Objective', other: 'Other' };
