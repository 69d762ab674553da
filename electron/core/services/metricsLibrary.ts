import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { MetricFields, type Dashboard, type LibraryEntry, type Metric } from '../../../shared/contract/metrics';
import { criteriaText } from '../../../shared/metrics/status';
import { METRIC_LIBRARY } from '../catalog/metrics';
import type { Workspace } from '../db/open';
import { controls, metricLibrary, metrics } from '../db/schema';
import { write, type Writer } from '../db/write';
import { validationError } from '../validation';
import { allMetrics, getMetric, insertMetric } from './metrics';

/** Seeds the shipped library once (services/seeds.ts). */
export function seedMetricLibrary(w: Writer) {
  for (const m of METRIC_LIBRARY) w.insert(metricLibrary, { key: m.key, category: m.category, body: JSON.stringify(m.definition) });
}

export function library(ws: Workspace): LibraryEntry[] {
  const adopted = new Map(ws.db.select({ id: metrics.id, key: metrics.libraryKey }).from(metrics).all().filter((r) => r.key).map((r) => [r.key!, r.id]));
  return ws.db
    .select()
    .from(metricLibrary)
    .orderBy(asc(metricLibrary.category), asc(metricLibrary.key))
    .all()
    .flatMap((row) => {
      const parsed = MetricFields.safeParse(JSON.parse(row.body));
      return parsed.success ? [{ key: row.key, category: row.category, definition: parsed.data, metricId: adopted.get(row.key) ?? null }] : [];
    });
}

/** One click: the library definition becomes the workspace's own metric, linked to its Annex A control where it names one. */
export function addFromLibrary(ws: Workspace, key: string): Metric {
  const row = ws.db.select().from(metricLibrary).where(eq(metricLibrary.key, key)).get();
  if (!row) throw new AppError('NOT_FOUND', `The library has no metric "${key}".`, { field: 'key' });
  const existing = ws.db.select({ id: metrics.id, ref: metrics.ref }).from(metrics).where(eq(metrics.libraryKey, key)).get();
  if (existing) throw new AppError('CONFLICT', `This library metric is already in the workspace as ${existing.ref}. Edit that one.`, { id: existing.id });
  const parsed = MetricFields.safeParse(JSON.parse(row.body));
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data;
  const code = input.subjectKind === 'control' ? /\((\d+\.\d+)/.exec(input.subject)?.[1] : undefined;
  const control = code ? ws.db.select({ id: controls.id }).from(controls).where(eq(controls.code, code)).get() : undefined;
  const id = write(ws, (w) => insertMetric(w, ws, { ...input, controlId: control?.id ?? null }, key).id);
  const { measurements: _m, ...metric } = getMetric(ws, id);
  return metric;
}

/** The KPI dashboard: every metric's latest status, counts, and the breaches flagged for improvement. */
export function dashboard(ws: Workspace): Dashboard {
  const all = allMetrics(ws);
  const counts = { green: 0, amber: 0, red: 0, none: 0, overdue: 0 };
  for (const m of all) {
    counts[m.latest?.status ?? 'none']++;
    if (m.overduePeriods.length) counts.overdue++;
  }
  const breaches = all
    .filter((m) => m.latest?.status === 'red')
    .map((m) => ({ metricId: m.id, ref: m.ref, title: m.title, period: m.latest!.period, value: m.latest!.value, unit: m.unit, criteria: criteriaText(m, m.unit) }));
  return { metrics: all, counts, breaches };
}
