import type { Metric } from '../../../shared/contract/metrics';
import { periodEnd, periodLabel } from '../../../shared/metrics/periods';
import { allMetrics } from '../services/metrics';
import { plural, type Criterion, type ReadinessArea } from './types';

/**
 * 9.1 is done when the organisation has decided what to measure (metrics adopted, each with
 * decision criteria, an owner and a collector), collects on time (nothing overdue, something
 * recorded) and evaluates the results (no breach left without a comment on its latest value).
 * The shipped library does not count until a metric is adopted from it.
 */
export function metricsCriteria(all: Metric[]): Criterion[] {
  const any = all.length > 0;
  const without = (pick: (m: Metric) => unknown) => all.filter((m) => !pick(m)).length;
  const noCriteria = without((m) => m.greenAt !== null && m.redAt !== null);
  const noOwner = without((m) => m.ownerId);
  const noCollector = without((m) => m.collectorId || m.autoSource);
  const overdue = all.filter((m) => m.overduePeriods.length > 0);
  const measured = all.filter((m) => m.latest).length;
  const red = all.filter((m) => m.latest?.status === 'red').length;
  return [
    { label: 'Metrics are defined for what must be monitored', met: any, detail: any ? plural(all.length, 'metric') : 'add metrics from the library in 9.1' },
    { label: 'Every metric has decision criteria (green and red thresholds)', met: any && noCriteria === 0, detail: any && noCriteria ? `${noCriteria} without` : undefined },
    { label: 'Every metric has an owner and someone who collects it', met: any && noOwner === 0 && noCollector === 0, detail: [noOwner ? `${noOwner} without an owner` : '', noCollector ? `${noCollector} without a collector` : ''].filter(Boolean).join(', ') || undefined },
    { label: 'Every metric has at least one recorded value', met: any && measured === all.length, detail: any ? `${measured} of ${all.length} measured` : undefined },
    { label: 'No collection is overdue', met: any && overdue.length === 0, detail: overdue.length ? `${plural(overdue.length, 'metric')} overdue` : undefined },
    { label: 'Results are evaluated: no metric is in breach without follow-up', met: any && measured > 0 && red === 0, detail: red ? `${plural(red, 'metric')} in breach, flagged in 9.1` : undefined },
  ];
}

export const metricsReadiness: ReadinessArea = {
  criteria: { '9.1': (ws, today) => metricsCriteria(allMetrics(ws, today)) },
  due: (ws, today, horizon) =>
    allMetrics(ws, today).flatMap((m) => {
      const route = `/clause/9.1/metric/${m.id}`;
      const f = m.collectionFrequency;
      const items = m.overduePeriods.length
        ? [{ clauseId: '9.1', text: `Record "${m.title}" for ${periodLabel(m.overduePeriods[0]!, f)}${m.overduePeriods.length > 1 ? ` and ${m.overduePeriods.length - 1} later period${m.overduePeriods.length > 2 ? 's' : ''}` : ''}`, date: endOf(m, m.overduePeriods[0]!), overdue: true, route }]
        : [];
      if (m.dueNow && m.dueNow.due <= horizon) items.push({ clauseId: '9.1', text: `Collect "${m.title}" for ${periodLabel(m.dueNow.period, f)}`, date: m.dueNow.due, overdue: false, route });
      return items;
    }),
};

const endOf = (m: Metric, period: string) => periodEnd(period, m.collectionFrequency);
