import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { MetricDetail } from '../../../../shared/contract/metrics';
import { comparePeriods } from '../../../../shared/metrics/periods';
import { formatValue, RAG_LABEL } from '../../../../shared/metrics/status';

const BAND = { green: 'teal.1', amber: 'yellow.1', red: 'red.1' } as const;

/** The values in force over time, with the target as a dashed line and the RAG bands behind (issue 13, item 4). */
export function TrendChart({ metric }: { metric: MetricDetail }) {
  const points = metric.measurements
    .filter((m) => !m.supersededById)
    .sort((a, b) => comparePeriods(a.period, b.period, metric.collectionFrequency))
    .map((m) => ({ period: m.period, value: Math.round(m.value * 100) / 100, status: RAG_LABEL[m.status] }));
  if (!points.length) return <Text c="dimmed" size="sm">No values yet: the trend appears once a value is recorded.</Text>;
  const refs = [metric.target, metric.greenAt, metric.redAt].filter((v): v is number => v !== null);
  const values = [...points.map((p) => p.value), ...refs];
  const span = Math.max(...values) - Math.min(...values) || 1;
  const lo = Math.min(...values) - span * 0.1;
  const hi = Math.max(...values) + span * 0.1;
  const min = Math.min(...values) >= 0 && lo < 0 ? 0 : lo;
  const { greenAt: g, redAt: r } = metric;
  const bands =
    g === null || r === null
      ? []
      : metric.direction === 'higher'
        ? [
            { y1: g, y2: hi, color: BAND.green },
            { y1: r, y2: g, color: BAND.amber },
            { y1: min, y2: r, color: BAND.red },
          ]
        : [
            { y1: min, y2: g, color: BAND.green },
            { y1: g, y2: r, color: BAND.amber },
            { y1: r, y2: hi, color: BAND.red },
          ];
  return (
    <LineChart
      h={220}
      data={points}
      dataKey="period"
      series={[{ name: 'value', label: metric.title, color: 'blue.7' }]}
      curveType="linear"
      withDots
      dotProps={{ r: 5 }}
      lineProps={{ isAnimationActive: false }}
      yAxisProps={{ domain: [Number(min.toFixed(2)), Number(hi.toFixed(2))], allowDataOverflow: true, tickFormatter: (v: number) => String(Math.round(v * 10) / 10) }}
      unit={metric.unit === '%' ? '%' : undefined}
      referenceAreas={bands.map((b) => ({ ...b, fillOpacity: 0.6, ifOverflow: 'hidden' as const }))}
      referenceLines={metric.target === null ? [] : [{ y: metric.target, label: `Target ${formatValue(metric.target, metric.unit)}`, color: 'blue.9', strokeDasharray: '6 4' }]}
      valueFormatter={(v) => formatValue(v, metric.unit)}
      aria-label={`Trend of ${metric.title}`}
      data-testid="trend-chart"
    />
  );
}
