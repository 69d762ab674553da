import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { MetricDetail } from '../../../../shared/contract/metrics';
import { comparePeriods } from '../../../../shared/metrics/periods';
import { formatValue, RAG_LABEL } from '../../../../shared/metrics/status';

const BAND = { green: 'teal.1', amber: 'yellow.1', red: 'red.1' } as const;

/** A y axis with round steps (1, 2 or 5 times a power of ten) that starts at 0 when the values are near it. */
function scale(values: number[]) {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const raw = (hi - lo) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  let min = Math.floor(lo / step) * step;
  if (lo >= 0 && min > 0 && min <= hi - min) min = 0;
  const max = Math.ceil(hi / step) * step + (Math.ceil(hi / step) * step === hi ? step : 0);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { min, hi: max, ticks };
}

/** The values in force over time, with the target as a dashed line and the RAG bands behind (issue 13, item 4). */
export function TrendChart({ metric }: { metric: MetricDetail }) {
  const points = metric.measurements
    .filter((m) => !m.supersededById)
    .sort((a, b) => comparePeriods(a.period, b.period, metric.collectionFrequency))
    .map((m) => ({ period: m.period, value: Math.round(m.value * 100) / 100, status: RAG_LABEL[m.status] }));
  if (!points.length) return <Text c="dimmed" size="sm">No values yet: the trend appears once a value is recorded.</Text>;
  const refs = [metric.target, metric.greenAt, metric.redAt].filter((v): v is number => v !== null);
  const { min, hi, ticks } = scale([...points.map((p) => p.value), ...refs]);
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
      yAxisProps={{ domain: [min, hi], ticks, allowDataOverflow: true, tickFormatter: (v: number) => String(Math.round(v * 100) / 100) }}
      unit={metric.unit === '%' ? '%' : undefined}
      referenceAreas={bands.map((b) => ({ ...b, fillOpacity: 0.6, ifOverflow: 'hidden' as const }))}
      referenceLines={metric.target === null ? [] : [{ y: metric.target, label: `Target ${formatValue(metric.target, metric.unit)}`, color: 'blue.9', strokeDasharray: '6 4' }]}
      valueFormatter={(v) => formatValue(v, metric.unit)}
      role="img"
      aria-label={`Trend of ${metric.title}: ${points.map((p) => `${p.period} ${formatValue(p.value, metric.unit)}`).join(', ')}`}
      data-testid="trend-chart"
    />
  );
}
