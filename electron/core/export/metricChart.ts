import type { Direction, Rag } from '../../../shared/metrics/status';
import { Canvas } from './png';

/** Colours shared by the chart and the status cells of the 9.1 documents. */
export const RAG_FILL: Record<Rag, string> = { green: 'C6E0B4', amber: 'FFE699', red: 'F4B6B6', none: 'EDEDED' };
const BAND: Record<Exclude<Rag, 'none'>, string> = { green: 'EAF4E2', amber: 'FFF6DB', red: 'FBE3E3' };
const POINT: Record<Rag, string> = { green: '2E7D32', amber: 'B7791F', red: 'C62828', none: '555555' };

export interface ChartInput {
  points: Array<{ period: string; value: number; status: Rag }>;
  target: number | null;
  direction: Direction;
  greenAt: number | null;
  redAt: number | null;
}

export const CHART_SIZE = { width: 960, height: 380 };

const label = (v: number) => String(Math.round(v * 10) / 10);

/**
 * A metric's trend as a picture for the Word and PDF documents (issue 13, item 6): the RAG bands of
 * its decision criteria behind, the target as a dashed line, the values joined in period order with
 * each point in the colour of its status; the value range on the left, the periods underneath.
 */
export function metricChartPng(input: ChartInput): Buffer {
  const { width, height } = CHART_SIZE;
  const left = 110;
  const right = 30;
  const top = 24;
  const bottom = 64;
  const c = new Canvas(width, height);
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const refs = [input.target, input.greenAt, input.redAt].filter((v): v is number => v !== null);
  const all = [...input.points.map((p) => p.value), ...refs];
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.12;
  lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
  hi += pad;
  const y = (v: number) => top + plotH - ((v - lo) / (hi - lo)) * plotH;

  // Bands: where each status lies for this direction.
  if (input.greenAt !== null && input.redAt !== null) {
    const [g, r] = [y(input.greenAt), y(input.redAt)];
    const band = (from: number, to: number, hex: string) => c.rect(left, Math.round(Math.max(top, Math.min(from, to))), plotW, Math.round(Math.min(top + plotH, Math.max(from, to)) - Math.max(top, Math.min(from, to))), hex);
    if (input.direction === 'higher') {
      band(top, g, BAND.green);
      band(g, r, BAND.amber);
      band(r, top + plotH, BAND.red);
    } else {
      band(top + plotH, g, BAND.green);
      band(g, r, BAND.amber);
      band(r, top, BAND.red);
    }
  }
  // Axes and the value scale.
  c.rect(left - 2, top, 2, plotH + 2, '555555');
  c.rect(left - 2, top + plotH, plotW + 2, 2, '555555');
  for (const v of [lo, hi, ...refs]) {
    c.rect(left - 8, Math.round(y(v)), 6, 2, '555555');
    c.digits(label(v), left - 14 - (label(v).length * 18) / 2, Math.round(y(v)), 3, '333333');
  }
  if (input.target !== null) c.line(left, y(input.target), left + plotW, y(input.target), 3, '1F4E79', 10);

  const n = input.points.length;
  const x = (i: number) => left + (n === 1 ? plotW / 2 : 20 + ((plotW - 40) * i) / (n - 1));
  for (let i = 1; i < n; i++) c.line(x(i - 1), y(input.points[i - 1]!.value), x(i), y(input.points[i]!.value), 3, '404040');
  const every = Math.max(1, Math.ceil(n / 8));
  input.points.forEach((p, i) => {
    c.rect(Math.round(x(i)) - 7, Math.round(y(p.value)) - 7, 14, 14, 'FFFFFF');
    c.rect(Math.round(x(i)) - 5, Math.round(y(p.value)) - 5, 10, 10, POINT[p.status]);
    if (i % every === 0 || i === n - 1) c.digits(p.period, Math.round(x(i)), top + plotH + 26, 2, '333333');
  });
  return c.png();
}
