/**
 * Metrics the workbench computes from the workspace itself (issue 13, item 3). Each names the base
 * measures it fills; electron/core/services/metricAuto.ts counts them. A metric with an automatic
 * source keeps exactly these base measures, so its formula always has its inputs.
 */
export const AUTO_SOURCES = {
  'soa-implemented': {
    label: 'Statement of Applicability: applicable controls implemented',
    measures: [
      { key: 'implemented', label: 'Applicable controls implemented' },
      { key: 'applicable', label: 'Applicable controls' },
    ],
  },
  'overdue-treatment-actions': {
    label: 'Risk treatment actions past their due date and not done',
    measures: [{ key: 'overdue', label: 'Open treatment actions past their due date' }],
  },
  'treatment-actions-done': {
    label: 'Risk treatment actions done',
    measures: [
      { key: 'done', label: 'Treatment actions done' },
      { key: 'planned', label: 'Treatment actions not cancelled' },
    ],
  },
  'risks-decided': {
    label: 'Risks with a treatment decision',
    measures: [
      { key: 'decided', label: 'Risks with a treatment chosen' },
      { key: 'risks', label: 'Risks in the register' },
    ],
  },
  'policy-acknowledged': {
    label: 'People who acknowledged the information security policy in force (awareness coverage)',
    measures: [
      { key: 'acknowledged', label: 'People on the distribution list who acknowledged it' },
      { key: 'recipients', label: 'People on the distribution list' },
    ],
  },
  'policy-reviews-on-time': {
    label: 'Published policies whose review is not overdue',
    measures: [
      { key: 'on_time', label: 'Published policies not overdue for review' },
      { key: 'published', label: 'Published policies' },
    ],
  },
} as const;

export type AutoSource = keyof typeof AUTO_SOURCES;
export const AUTO_SOURCE_KEYS = Object.keys(AUTO_SOURCES) as [AutoSource, ...AutoSource[]];
