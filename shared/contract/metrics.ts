import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, page, pageQuery, PARTIAL, REFERENCES, Ref, requiredText, Stamps, updateOf } from './common';
import { checkFormula, FormulaError, MEASURE_NAME } from '../metrics/formula';
import { FREQUENCIES } from '../metrics/periods';
import { criteriaProblem, DIRECTIONS, RAG } from '../metrics/status';
import { AUTO_SOURCE_KEYS, AUTO_SOURCES } from '../metrics/auto';

/** What a metric measures. An objective is named here in words; the link itself is held by the 6.2 objective (objectives.metricId). */
export const SUBJECT_KINDS = ['control', 'process', 'risk', 'objective', 'other'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const MEASUREMENT_SOURCES = ['manual', 'import', 'automatic'] as const;

const number = (label: string) => z.number({ error: `${label} must be a number.` }).refine(Number.isFinite, { error: `${label} must be a finite number.` });

export const BaseMeasure = z.object({
  key: z.string({ error: 'A base measure needs a short name.' }).trim().regex(MEASURE_NAME, { error: 'A base measure name starts with a small letter and uses only small letters, digits and _ (at most 40), e.g. staff_trained.' }),
  label: requiredText('Base measure description'),
});
export type BaseMeasure = z.infer<typeof BaseMeasure>;

const MetricBase = z.object({
  title: requiredText('Title'),
  informationNeed: optionalText('Information need', LIMITS.shortText * 2),
  subjectKind: z.enum(SUBJECT_KINDS, { error: 'Choose what is measured: a control, a process, a risk, an objective or something else.' }).default('other'),
  subject: optionalText('What is measured', LIMITS.shortText),
  controlId: Id.nullable().default(null),
  processId: Id.nullable().default(null),
  riskId: Id.nullable().default(null),
  baseMeasures: z.array(BaseMeasure, { error: 'List the base measures.' }).min(1, { error: 'Give at least one base measure.' }).max(12, { error: 'At most 12 base measures.' }),
  formula: z.string({ error: 'The formula must be text.' }).trim().min(1, { error: 'Write a formula over the base measures.' }).max(500, { error: 'A formula may be at most 500 characters.' }),
  unit: z.string({ error: 'Unit must be text.' }).trim().max(20, { error: 'Unit must be at most 20 characters.' }).default(''),
  target: number('Target').nullable().default(null),
  direction: z.enum(DIRECTIONS, { error: 'Choose whether higher or lower is better.' }).default('higher'),
  greenAt: number('Green threshold').nullable().default(null),
  redAt: number('Red threshold').nullable().default(null),
  collectionFrequency: z.enum(FREQUENCIES, { error: 'Choose how often values are collected.' }).default('monthly'),
  reportingFrequency: z.enum(FREQUENCIES, { error: 'Choose how often results are reported.' }).default('quarterly'),
  /** The first day a value is expected for; today when left out. */
  collectFrom: IsoDate.nullable().default(null),
  dataSource: optionalText('Data source', LIMITS.shortText),
  ownerId: Id.nullable().default(null),
  collectorId: Id.nullable().default(null),
  customerId: Id.nullable().default(null),
  autoSource: z.enum(AUTO_SOURCE_KEYS, { error: 'Unknown automatic source.' }).nullable().default(null),
});

/** Cross-field rules, shared by the form, the service and the shipped library's test. */
const withMetricRules = <T extends z.ZodType<z.output<typeof MetricBase>>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    const keys = v.baseMeasures.map((b) => b.key);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) ctx.addIssue({ code: 'custom', path: ['baseMeasures'], message: `The base measure "${twice}" is listed twice.` });
    try {
      checkFormula(v.formula, keys);
    } catch (err) {
      if (!(err instanceof FormulaError)) throw err;
      ctx.addIssue({ code: 'custom', path: ['formula'], message: err.message });
    }
    const problem = criteriaProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', path: [v.greenAt === null ? 'greenAt' : 'redAt'], message: problem });
    const links = { control: v.controlId, process: v.processId, risk: v.riskId } as const;
    for (const [kind, id] of Object.entries(links)) {
      if (id !== null && v.subjectKind !== kind) ctx.addIssue({ code: 'custom', path: [`${kind}Id`], message: `A ${kind} can be linked only when the metric measures a ${kind}.` });
    }
    if (v.autoSource) {
      const expected = AUTO_SOURCES[v.autoSource].measures.map((m) => m.key);
      if (expected.join(',') !== keys.join(',')) ctx.addIssue({ code: 'custom', path: ['baseMeasures'], message: `A metric computed by the workbench keeps its base measures (${expected.join(', ')}).` });
    }
  });

export const MetricFields = withMetricRules(MetricBase);
export type MetricFields = z.input<typeof MetricBase>;
export const MetricUpdate = updateOf(MetricBase.shape);

const METRIC_RULES = [
  { path: 'formula', text: 'Uses only the base measures listed, numbers, + - * / % and parentheses.' },
  { path: 'redAt', text: 'Both thresholds or neither; red not on the good side of green for the direction chosen.' },
  { path: 'controlId', text: 'A control, process or risk is linked only when the metric measures that kind of thing.' },
  { path: 'baseMeasures', text: 'Names unique; a metric computed by the workbench keeps the base measures of its source.' },
];

export const Latest = z.object({
  measurementId: Id,
  period: z.string(),
  value: z.number(),
  status: z.enum(RAG),
  recordedAt: z.string(),
  source: z.enum(MEASUREMENT_SOURCES),
});

export const Metric = MetricBase.extend({
  id: Id,
  ref: Ref,
  collectFrom: IsoDate,
  libraryKey: z.string().nullable(),
  ownerName: z.string().nullable(),
  collectorName: z.string().nullable(),
  customerName: z.string().nullable(),
  /** The linked control, process or risk in words ("5.1 Policies for information security"). */
  subjectLabel: z.string().nullable(),
  latest: Latest.nullable(),
  previousValue: z.number().nullable(),
  /** Periods ended since collectFrom without a value. */
  overduePeriods: z.array(z.string()),
  /** The current period when it has no value yet, with its last day. */
  dueNow: z.object({ period: z.string(), due: IsoDate }).nullable(),
}).extend(Stamps.shape);
export type Metric = z.infer<typeof Metric>;

export const Measurement = z.object({
  id: Id,
  metricId: Id,
  period: z.string(),
  baseValues: z.record(z.string(), z.number()),
  value: z.number(),
  status: z.enum(RAG),
  comment: z.string(),
  source: z.enum(MEASUREMENT_SOURCES),
  /** When it was recorded, set by the app (not the period it measures). */
  recordedAt: z.string(),
  recordedBy: z.string(),
  supersedesId: Id.nullable(),
  supersededById: Id.nullable(),
});
export type Measurement = z.infer<typeof Measurement>;

export const MetricDetail = Metric.extend({ measurements: z.array(Measurement) });
export type MetricDetail = z.infer<typeof MetricDetail>;

export const MetricQuery = pageQuery(['ref', 'title', 'status', 'collectionFrequency', 'updatedAt'] as const).extend({
  status: z.enum([...RAG, 'overdue'] as const).optional(),
});

const BaseValues = z.record(z.string().regex(MEASURE_NAME, { error: 'Unknown base measure name.' }), number('A base value'), { error: 'Give the base values as name: number.' });

export const RecordInput = z.object({
  metricId: Id,
  period: z.string({ error: 'Give the period the value measures.' }).trim().min(1, { error: 'Give the period the value measures.' }).max(20),
  values: BaseValues,
  comment: optionalText('Comment', LIMITS.shortText * 2),
});
export const SupersedeInput = z.object({ id: Id, values: BaseValues, comment: optionalText('Comment', LIMITS.shortText * 2) });

export const ImportInput = z.object({
  metricId: Id,
  text: z.string({ error: 'Paste the values as text.' }).max(1_000_000, { error: 'At most 1 MB of text at once.' }),
  dryRun: z.boolean().default(true),
});
export const ImportRow = z.object({
  line: z.number().int(),
  period: z.string(),
  value: z.number().nullable(),
  comment: z.string(),
  outcome: z.enum(['new', 'replaces', 'error']),
  message: z.string(),
});
export const ImportResult = z.object({ rows: z.array(ImportRow), recorded: z.number().int(), errors: z.number().int(), dryRun: z.boolean() });
export type ImportResult = z.infer<typeof ImportResult>;

export const LibraryEntry = z.object({ key: z.string(), category: z.string(), definition: MetricBase, metricId: Id.nullable() });
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const Breach = z.object({ metricId: Id, ref: Ref, title: z.string(), period: z.string(), value: z.number(), unit: z.string(), criteria: z.string() });
export const Dashboard = z.object({
  metrics: z.array(Metric),
  counts: z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int(), none: z.number().int(), overdue: z.number().int() }),
  /** Latest values breaching their decision criteria: the flagged list for improvement (clause 10 is not built yet). */
  breaches: z.array(Breach),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const metricsContract = {
  'metrics.library': query({ doc: 'The metric library shipped with the workbench (9.1), with which entries this workspace has adopted.', input: Empty, output: z.array(LibraryEntry) }),
  'metrics.addFromLibrary': method({ doc: 'Adopt a library metric: it is copied into the workspace as an editable definition.', input: z.object({ key: z.string().min(1).max(100) }), output: Metric }),
  'metrics.list': query({ doc: 'Page through the metric definitions with their latest status.', input: MetricQuery, output: page(Metric) }),
  'metrics.get': query({ doc: 'One metric with every recorded value (superseded ones included).', input: IdInput, output: MetricDetail }),
  'metrics.create': method({ doc: 'Define a metric (ISO/IEC 27004 measurement construct).', input: MetricFields, output: Metric, rules: METRIC_RULES }),
  'metrics.update': method({ doc: `Change a metric's definition. ${PARTIAL}`, input: MetricUpdate, output: Metric, rules: METRIC_RULES }),
  'metrics.delete': method({ doc: `Delete a metric and its recorded values. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'metrics.record': method({ doc: 'Record the base values for a period; the derived value is computed from the formula. A period with a value already is refused: correct it with metrics.supersede.', input: RecordInput, output: Measurement, rules: [{ path: 'period', text: 'A period of the metric’s frequency that has started (2026-03, 2026-Q1, 2026-H1, 2026).' }] }),
  'metrics.supersede': method({ doc: 'Correct a recorded value: a new entry for the same period supersedes it; the old one is kept.', input: SupersedeInput, output: Measurement }),
  'metrics.collect': method({ doc: 'Compute an automatic metric from the workspace now and record it for the current period (superseding an earlier automatic value of that period).', input: IdInput, output: Measurement }),
  'metrics.import': method({ doc: 'Bulk paste or CSV of values for one metric: a header row with period, the base measure names (or value for a single one) and an optional comment. dryRun (the default) only reports what would happen; otherwise all rows are recorded or none.', input: ImportInput, output: ImportResult }),
  'metrics.dashboard': query({ doc: 'Every metric’s latest status, what is due or overdue, and the breaches flagged for improvement.', input: Empty, output: Dashboard }),
};
