import { AUTO_SOURCES } from '../../../../shared/metrics/auto';
import { FREQUENCY_LABEL, comparePeriods, periodLabel } from '../../../../shared/metrics/periods';
import { criteriaText, DIRECTION_LABEL, formatValue, RAG_LABEL, ragOf, type Rag } from '../../../../shared/metrics/status';
import type { MetricsContent, MetricSnapshot } from '../../services/documentCatalog';
import { CHART_SIZE, metricChartPng, RAG_FILL } from '../metricChart';
import { dash, heading, para, titled, type Block, type Cell, type Section } from '../model';

type Entry = MetricSnapshot['measurements'][number];

const SUBJECT: Record<MetricSnapshot['subjectKind'], string> = { control: 'Control', process: 'Process', risk: 'Risk', objective: 'Objective', other: 'Other' };
const SOURCE: Record<Entry['source'], string> = { manual: 'Entered', import: 'Imported', automatic: 'Computed by the workbench' };

const statusOf = (m: MetricSnapshot, value: number | null): Rag => ragOf(value, m);
const statusCell = (status: Rag): Cell => ({ lines: [[{ text: RAG_LABEL[status], bold: status === 'red' }]], fill: RAG_FILL[status], center: true });
/** The values in force: one per period, the newest correction of each, in period order. */
const current = (m: MetricSnapshot) => m.measurements.filter((e) => !e.superseded).sort((a, b) => comparePeriods(a.period, b.period, m.collectionFrequency));

function trend(m: MetricSnapshot): string {
  const values = current(m);
  const [prev, last] = [values.at(-2), values.at(-1)];
  if (!prev || !last) return '—';
  if (last.value === prev.value) return 'Level';
  const better = (last.value > prev.value) === (m.direction === 'higher');
  return `${last.value > prev.value ? 'Up' : 'Down'} (${better ? 'better' : 'worse'})`;
}

function summaryTable(metrics: MetricSnapshot[]): Block {
  return {
    type: 'table',
    sheet: 'Summary',
    columns: [
      { header: 'Id', weight: 0, kind: 'code' },
      { header: 'Metric', weight: 4 },
      { header: 'Latest period', weight: 1.2 },
      { header: 'Value', weight: 1 },
      { header: 'Target', weight: 1 },
      { header: 'Status', weight: 1.2 },
      { header: 'Trend', weight: 1.2 },
    ],
    rows: metrics.map((m) => {
      const last = current(m).at(-1);
      return [m.ref, titled(m.title, m.autoSource ? 'Computed by the workbench' : ''), last ? periodLabel(last.period, m.collectionFrequency) : 'Not yet measured', formatValue(last?.value ?? null, m.unit), formatValue(m.target, m.unit), statusCell(statusOf(m, last?.value ?? null)), trend(m)];
    }),
  };
}

function breaches(metrics: MetricSnapshot[]): Block[] {
  const red = metrics.flatMap((m) => {
    const last = current(m).at(-1);
    return last && statusOf(m, last.value) === 'red' ? [{ m, last }] : [];
  });
  if (!red.length) return [para('No metric breaches its decision criteria in its latest period.')];
  return [
    para('These latest values breach their decision criteria. Each should lead to a decision: a correction, a nonconformity with corrective action, or an improvement (clause 10).'),
    {
      type: 'table',
      sheet: 'Breaches',
      columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Metric', weight: 3 }, { header: 'Period', weight: 1 }, { header: 'Value', weight: 1 }, { header: 'Decision criteria', weight: 3 }, { header: 'Comment', weight: 2 }],
      rows: red.map(({ m, last }) => [m.ref, m.title, periodLabel(last.period, m.collectionFrequency), formatValue(last.value, m.unit), criteriaText(m, m.unit), last.comment]),
    },
  ];
}

function definition(m: MetricSnapshot): Block {
  const people = [`Owner: ${m.ownerName ?? 'not named'}`, `Collector: ${m.autoSource ? 'the workbench' : (m.collectorName ?? 'not named')}`, `Reported to: ${m.customerName ?? 'not named'}`].join('\n');
  return {
    type: 'table',
    columns: [{ header: 'Element', weight: 1 }, { header: 'Definition', weight: 3 }],
    rows: [
      ['Information need', dash(m.informationNeed)],
      ['What is measured', `${SUBJECT[m.subjectKind]}: ${[m.subjectLabel, m.subject].filter(Boolean).join(', ') || '—'}`],
      ['Base measures', m.baseMeasures.map((b) => `${b.key}: ${b.label}`).join('\n')],
      ['Formula', m.formula],
      ['Unit and target', `${m.unit || 'no unit'}; target ${formatValue(m.target, m.unit)}`],
      ['Decision criteria', `${DIRECTION_LABEL[m.direction]}. ${criteriaText(m, m.unit)}.`],
      ['Collection and reporting', `Collected ${FREQUENCY_LABEL[m.collectionFrequency].toLowerCase()}, reported ${FREQUENCY_LABEL[m.reportingFrequency].toLowerCase()}`],
      ['Data source', m.autoSource ? `${AUTO_SOURCES[m.autoSource].label} (computed by the workbench)` : dash(m.dataSource)],
      ['People', people],
    ],
  };
}

function valuesTable(m: MetricSnapshot): Block {
  return {
    type: 'table',
    columns: [{ header: 'Period', weight: 1.2 }, { header: 'Value', weight: 1 }, { header: 'Status', weight: 1.2 }, { header: 'Recorded', weight: 0, kind: 'date' }, { header: 'By', weight: 1.2 }, { header: 'Comment', weight: 3 }],
    rows: current(m).map((e) => [periodLabel(e.period, m.collectionFrequency), formatValue(e.value, m.unit), statusCell(statusOf(m, e.value)), e.recordedAt.slice(0, 10), e.recordedBy, [e.comment, e.supersedes ? 'Corrects an earlier entry.' : ''].filter(Boolean).join(' ')]),
  };
}

function chart(m: MetricSnapshot): Block[] {
  const values = current(m);
  if (!values.length) return [para('No values recorded yet.', true)];
  const png = metricChartPng({ points: values.map((e) => ({ period: e.period, value: e.value, status: statusOf(m, e.value) })), target: m.target, direction: m.direction, greenAt: m.greenAt, redAt: m.redAt });
  const alt = `Trend of ${m.title}: ${values.map((e) => `${e.period} ${formatValue(e.value, m.unit)}`).join(', ')}${m.target !== null ? `; target ${formatValue(m.target, m.unit)}` : ''}.`;
  return [{ type: 'image', png, width: CHART_SIZE.width, height: CHART_SIZE.height, alt }, para('Background: green, amber and red bands of the decision criteria; dashed line: target; points coloured by status.', true)];
}

/** Every recorded entry, corrections and the entries they replaced included: the full record. */
function allValues(metrics: MetricSnapshot[]): Block {
  return {
    type: 'table',
    sheet: 'All values',
    columns: [
      { header: 'Id', weight: 0, kind: 'code' },
      { header: 'Metric', weight: 2.5 },
      { header: 'Period', weight: 1 },
      { header: 'Base values', weight: 2 },
      { header: 'Value', weight: 0, kind: 'number' },
      { header: 'Status', weight: 1 },
      { header: 'Recorded', weight: 1.3 },
      { header: 'By', weight: 1.2 },
      { header: 'How', weight: 1.2 },
      { header: 'In force', weight: 1 },
      { header: 'Comment', weight: 2 },
    ],
    rows: metrics.flatMap((m) =>
      [...m.measurements]
        .sort((a, b) => comparePeriods(a.period, b.period, m.collectionFrequency) || a.recordedAt.localeCompare(b.recordedAt) || Number(b.superseded) - Number(a.superseded))
        .map((e): Cell[] => [m.ref, m.title, e.period, Object.entries(e.baseValues).map(([k, v]) => `${k} = ${v}`).join('\n'), Math.round(e.value * 100) / 100, statusCell(statusOf(m, e.value)), e.recordedAt.replace('T', ' ').slice(0, 16), e.recordedBy, SOURCE[e.source], e.superseded ? 'Superseded' : e.supersedes ? 'Yes (a correction)' : 'Yes', e.comment]),
    ),
  };
}

const INTRO = 'What the organisation monitors and measures to judge its information security performance and the effectiveness of the ISMS, with the results collected so far and how they compare with the decision criteria.';

/** 9.1 results: the KPI summary, breaches, then each metric's definition, trend chart and values. */
export function monitoringSections(c: MetricsContent): Section[] {
  if (!c.metrics.length) return [{ blocks: [heading('1 Summary'), para(INTRO), para('No metrics have been defined yet.')] }];
  return [
    { blocks: [heading('1 Summary'), para(INTRO), summaryTable(c.metrics), heading('2 Breaches of decision criteria'), ...breaches(c.metrics)] },
    {
      blocks: [
        heading('3 Results per metric'),
        ...c.metrics.flatMap((m, i): Block[] => [...(i > 0 ? [{ type: 'pageBreak' } as Block] : []), heading(`${m.ref} ${m.title}`, 2), definition(m), ...chart(m), valuesTable(m)]),
      ],
    },
  ];
}

/** 9.1 values workbook: the definitions in one table and every recorded entry in another. */
export function metricValuesSections(c: MetricsContent): Section[] {
  return [
    {
      landscape: true,
      blocks: [
        heading('Metrics'),
        para(INTRO),
        {
          type: 'table',
          sheet: 'Metrics',
          columns: [
            { header: 'Id', weight: 0, kind: 'code' },
            { header: 'Metric', weight: 3 },
            { header: 'Formula', weight: 2 },
            { header: 'Unit', weight: 0.8 },
            { header: 'Target', weight: 0, kind: 'number' },
            { header: 'Decision criteria', weight: 3 },
            { header: 'Collected', weight: 1 },
            { header: 'Owner', weight: 1.2 },
          ],
          rows: c.metrics.map((m) => [m.ref, titled(m.title, m.informationNeed), m.formula, m.unit, m.target, `${DIRECTION_LABEL[m.direction]}. ${criteriaText(m, m.unit)}`, FREQUENCY_LABEL[m.collectionFrequency], m.ownerName ?? '']),
        },
        heading('All recorded values'),
        para('Values are never changed or removed: a correction is a new entry, and the entry it replaces is kept, marked superseded.'),
        c.metrics.some((m) => m.measurements.length) ? allValues(c.metrics) : para('No values recorded yet.'),
      ],
    },
  ];
}
