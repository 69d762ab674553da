import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { MetricFields, type Measurement, type Metric, type MetricDetail, type MetricQuery } from '../../../shared/contract/metrics';
import type { Reference } from '../../../shared/contract/common';
import { checkFormula, evaluateFormula, FormulaError } from '../../../shared/metrics/formula';
import { collectionState, comparePeriods, normalisePeriod, periodOf, periodStart, PERIOD_EXAMPLE, type Frequency } from '../../../shared/metrics/periods';
import { ragOf, type Rag } from '../../../shared/metrics/status';
import type { AutoSource } from '../../../shared/metrics/auto';
import { mergePatch } from '../validation';
import type { Workspace } from '../db/open';
import { controls, ismsProcesses, metricMeasurements, metrics, objectiveLinks, objectives, people, risks } from '../db/schema';
import { write, type Writer } from '../db/write';
import { assertPerson } from './people';
import { assertDeleteConfirmed } from './references';
import { todayOf } from './dates';
import { autoValues } from './metricAuto';
import { parseRef } from '../../../shared/refs';

/**
 * 9.1 monitoring and measurement (issue 13). Metric definitions, and their values recorded
 * append-only: a value is never changed or deleted on its own; a correction is a new entry naming the
 * one it supersedes. Status, due and overdue periods are derived on every read, never stored.
 */
export type MetricInput = z.output<typeof MetricFields>;
type MetricRow = typeof metrics.$inferSelect;
type MeasurementRow = typeof metricMeasurements.$inferSelect;

const field = (path: string, message: string, code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' = 'VALIDATION', extra: object = {}) =>
  new AppError(code, message, { field: path, fields: [{ path, message }], ...extra });

function fieldsOf(row: MetricRow): MetricInput {
  return {
    title: row.title,
    informationNeed: row.informationNeed,
    subjectKind: row.subjectKind as MetricInput['subjectKind'],
    subject: row.subject,
    controlId: row.controlId,
    processId: row.processId,
    riskId: row.riskId,
    baseMeasures: JSON.parse(row.baseMeasures) as MetricInput['baseMeasures'],
    formula: row.formula,
    unit: row.unit,
    target: row.target,
    direction: row.direction as MetricInput['direction'],
    greenAt: row.greenAt,
    redAt: row.redAt,
    collectionFrequency: row.collectionFrequency as Frequency,
    reportingFrequency: row.reportingFrequency as Frequency,
    collectFrom: row.collectFrom,
    dataSource: row.dataSource,
    ownerId: row.ownerId,
    collectorId: row.collectorId,
    customerId: row.customerId,
    autoSource: row.autoSource as AutoSource | null,
  };
}

/** Every entry of the given metrics, oldest period first, with the id of the entry that superseded it. */
function measurementRows(ws: Workspace, metricIds: string[]): Array<MeasurementRow & { supersededById: string | null }> {
  if (metricIds.length === 0) return [];
  const successor = alias(metricMeasurements, 'successor');
  return ws.db
    .select({ m: metricMeasurements, supersededById: successor.id })
    .from(metricMeasurements)
    .leftJoin(successor, eq(successor.supersedesId, metricMeasurements.id))
    .where(inArray(metricMeasurements.metricId, metricIds))
    .orderBy(asc(metricMeasurements.period), asc(metricMeasurements.recordedAt), asc(metricMeasurements.id))
    .all()
    .map((r) => ({ ...r.m, supersededById: r.supersededById }));
}

function toMeasurement(row: MeasurementRow & { supersededById: string | null }, metric: MetricRow): Measurement {
  return {
    id: row.id,
    metricId: row.metricId,
    period: row.period,
    baseValues: JSON.parse(row.baseValues) as Record<string, number>,
    value: row.value,
    status: ragOf(row.value, { direction: metric.direction as 'higher' | 'lower', greenAt: metric.greenAt, redAt: metric.redAt }),
    comment: row.comment,
    source: row.source as Measurement['source'],
    recordedAt: row.recordedAt,
    recordedBy: row.createdBy,
    supersedesId: row.supersedesId,
    supersededById: row.supersededById,
  };
}

function subjectLabels(ws: Workspace, rows: MetricRow[]): Map<string, string> {
  const labels = new Map<string, string>();
  const ids = (k: 'controlId' | 'processId' | 'riskId') => [...new Set(rows.map((r) => r[k]).filter((x): x is string => x !== null))];
  const c = ids('controlId');
  if (c.length) for (const r of ws.db.select({ id: controls.id, code: controls.code, title: controls.title }).from(controls).where(inArray(controls.id, c)).all()) labels.set(r.id, `${r.code} ${r.title}`);
  const p = ids('processId');
  if (p.length) for (const r of ws.db.select({ id: ismsProcesses.id, ref: ismsProcesses.ref, name: ismsProcesses.name }).from(ismsProcesses).where(inArray(ismsProcesses.id, p)).all()) labels.set(r.id, `${r.ref} ${r.name}`);
  const k = ids('riskId');
  if (k.length) for (const r of ws.db.select({ id: risks.id, ref: risks.ref, title: risks.title }).from(risks).where(inArray(risks.id, k)).all()) labels.set(r.id, `${r.ref} ${r.title}`);
  return labels;
}

/** The derived view of metrics: names, latest value and status, due and overdue periods on `today`. */
function enrich(ws: Workspace, rows: MetricRow[], today: string, withMeasurements: true): MetricDetail[];
function enrich(ws: Workspace, rows: MetricRow[], today: string, withMeasurements?: false): Metric[];
function enrich(ws: Workspace, rows: MetricRow[], today: string, withMeasurements = false): Metric[] | MetricDetail[] {
  const names = new Map(ws.db.select({ id: people.id, name: people.name }).from(people).all().map((p) => [p.id, p.name]));
  const labels = subjectLabels(ws, rows);
  const byMetric = new Map<string, ReturnType<typeof measurementRows>>();
  for (const m of measurementRows(ws, rows.map((r) => r.id))) byMetric.set(m.metricId, [...(byMetric.get(m.metricId) ?? []), m]);
  return rows.map((row) => {
    const f = row.collectionFrequency as Frequency;
    const entries = byMetric.get(row.id) ?? [];
    const current = entries.filter((e) => e.supersededById === null).sort((a, b) => comparePeriods(a.period, b.period, f));
    const last = current.at(-1);
    const state = collectionState({ frequency: f, collectFrom: row.collectFrom, recorded: new Set(current.map((e) => e.period)), today });
    const metric: Metric = {
      ...fieldsOf(row),
      id: row.id,
      ref: row.ref,
      collectFrom: row.collectFrom,
      libraryKey: row.libraryKey,
      ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
      collectorName: row.collectorId ? (names.get(row.collectorId) ?? null) : null,
      customerName: row.customerId ? (names.get(row.customerId) ?? null) : null,
      subjectLabel: labels.get(row.controlId ?? row.processId ?? row.riskId ?? '') ?? null,
      latest: last ? { measurementId: last.id, period: last.period, value: last.value, status: toMeasurement(last, row).status, recordedAt: last.recordedAt, source: last.source as Measurement['source'] } : null,
      previousValue: current.at(-2)?.value ?? null,
      overduePeriods: state.overdue.map((o) => o.period),
      dueNow: state.current,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      createdBy: row.createdBy,
      updatedBy: row.updatedBy,
    };
    return withMeasurements ? { ...metric, measurements: entries.map((e) => toMeasurement(e, row)) } : metric;
  });
}

const statusOf = (m: Metric): Rag => m.latest?.status ?? 'none';
const STATUS_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, none: 3 };

/** Every metric, by title; the registers are a few dozen rows, so status is derived here, not stored. */
export function allMetrics(ws: Workspace, today = todayOf(ws)): Metric[] {
  return enrich(ws, ws.db.select().from(metrics).orderBy(asc(metrics.title), asc(metrics.id)).all(), today);
}

export function listMetrics(ws: Workspace, q: z.output<typeof MetricQuery>): { items: Metric[]; total: number } {
  let items = allMetrics(ws);
  const s = q.search.trim().toLowerCase();
  if (s) {
    const ref = parseRef('MET', s);
    items = items.filter((m) => (ref ? m.ref === ref : [m.ref, m.title, m.informationNeed, m.subject, m.dataSource, m.subjectLabel ?? ''].some((t) => t.toLowerCase().includes(s))));
  }
  if (q.status === 'overdue') items = items.filter((m) => m.overduePeriods.length > 0);
  else if (q.status) items = items.filter((m) => statusOf(m) === q.status);
  const key = (m: Metric): string | number =>
    q.sort === 'ref' ? Number(m.ref.split('-')[1] ?? 0) : q.sort === 'status' ? STATUS_ORDER[statusOf(m)] : q.sort === 'collectionFrequency' ? m.collectionFrequency : q.sort === 'updatedAt' ? m.updatedAt : m.title.toLowerCase();
  items.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = x < y ? -1 : x > y ? 1 : a.title.localeCompare(b.title);
    return q.dir === 'asc' ? c : -c;
  });
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
}

function metricRow(ws: Workspace, id: string): MetricRow {
  const row = ws.db.select().from(metrics).where(eq(metrics.id, id)).get();
  if (!row) throw notFound('Metric', id);
  return row;
}

export function getMetric(ws: Workspace, id: string): MetricDetail {
  return enrich(ws, [metricRow(ws, id)], todayOf(ws), true)[0]!;
}

function summary(ws: Workspace, id: string): Metric {
  const { measurements: _m, ...metric } = getMetric(ws, id);
  return metric;
}

/** The linked control, process, risk and people exist (the contract checked the shape). */
function assertLinks(ws: Workspace, v: MetricInput) {
  for (const [key, id] of [['ownerId', v.ownerId], ['collectorId', v.collectorId], ['customerId', v.customerId]] as const) assertPerson(ws, id, key);
  const exists = (table: typeof controls | typeof ismsProcesses | typeof risks, id: string | null) => id === null || ws.db.select({ id: table.id }).from(table).where(eq(table.id, id)).get() !== undefined;
  if (!exists(controls, v.controlId)) throw field('controlId', 'That control is not in the Statement of Applicability.', 'NOT_FOUND');
  if (!exists(ismsProcesses, v.processId)) throw field('processId', 'That process is not among the ISMS processes (4.4).', 'NOT_FOUND');
  if (!exists(risks, v.riskId)) throw field('riskId', 'That risk is not in the risk register.', 'NOT_FOUND');
}

export function insertMetric(w: Writer, ws: Workspace, input: MetricInput, libraryKey: string | null = null): MetricRow {
  return w.insert(metrics, { ...input, baseMeasures: JSON.stringify(input.baseMeasures), collectFrom: input.collectFrom ?? todayOf(ws), libraryKey });
}

export function createMetric(ws: Workspace, input: MetricInput): Metric {
  assertLinks(ws, input);
  return summary(ws, write(ws, (w) => insertMetric(w, ws, input)).id);
}

export function updateMetric(ws: Workspace, id: string, patch: Partial<MetricInput>): Metric {
  const row = metricRow(ws, id);
  const input = mergePatch(MetricFields, fieldsOf(row), patch);
  assertLinks(ws, input);
  write(ws, (w) => w.update(metrics, id, { ...input, baseMeasures: JSON.stringify(input.baseMeasures), collectFrom: input.collectFrom ?? row.collectFrom }));
  return summary(ws, id);
}

export function deleteMetric(ws: Workspace, id: string, confirm: boolean) {
  const row = metricRow(ws, id);
  const n = ws.db.select({ id: metricMeasurements.id }).from(metricMeasurements).where(eq(metricMeasurements.metricId, id)).all().length;
  const refs: Reference[] = n ? [{ kind: 'metrics.measurements', id, label: `${n} recorded value${n === 1 ? '' : 's'} (corrections included)`, effect: 'deleted' }] : [];
  const measured = ws.db
    .select({ linkId: objectiveLinks.id, id: objectives.id, ref: objectives.ref, title: objectives.title })
    .from(objectiveLinks)
    .innerJoin(objectives, eq(objectiveLinks.objectiveId, objectives.id))
    .where(and(eq(objectiveLinks.kind, 'metric'), eq(objectiveLinks.metricId, id)))
    .all();
  for (const o of measured) refs.push({ kind: 'objectives.objective', id: o.id, label: `Objective ${o.ref} "${o.title}" (stays, measured by its target value again)`, effect: 'unlinked' });
  assertDeleteConfirmed(`The metric "${row.title}"`, refs, confirm);
  write(ws, (w) => {
    for (const o of measured) w.remove(objectiveLinks, o.linkId);
    w.remove(metrics, id);
  });
}

/** The derived value of one period's base values; every base measure must be given, and nothing else. */
export function computeValue(row: MetricRow, values: Record<string, number>, path = 'values'): number {
  const keys = (JSON.parse(row.baseMeasures) as { key: string }[]).map((b) => b.key);
  const missing = keys.filter((k) => !Object.hasOwn(values, k));
  if (missing.length) throw field(`${path}.${missing[0]}`, `Give a value for ${missing.map((k) => `"${k}"`).join(', ')}.`);
  const extra = Object.keys(values).filter((k) => !keys.includes(k));
  if (extra.length) throw field(`${path}.${extra[0]}`, `"${extra[0]}" is not a base measure of this metric (${keys.join(', ')}).`);
  try {
    return evaluateFormula(checkFormula(row.formula, keys), new Map(Object.entries(values)));
  } catch (err) {
    if (err instanceof FormulaError) throw field(path, err.message);
    throw err;
  }
}

function currentFor(ws: Workspace, metricId: string, period: string) {
  return measurementRows(ws, [metricId]).find((m) => m.period === period && m.supersededById === null);
}

/** The period in its canonical spelling, refused when it is not of the metric's frequency or has not started. */
export function checkPeriod(row: MetricRow, period: string, today: string, path = 'period'): string {
  const f = row.collectionFrequency as Frequency;
  const key = normalisePeriod(period, f);
  if (!key) throw field(path, `"${period}" is not a ${f} period. Write it like ${PERIOD_EXAMPLE[f]}.`);
  if (periodStart(key, f) > today) throw field(path, `${key} has not started yet: values can be recorded for periods up to the current one (${periodOf(today, f)}).`);
  return key;
}

function insertMeasurement(w: Writer, row: MetricRow, m: { period: string; values: Record<string, number>; value: number; comment: string; source: Measurement['source']; supersedesId: string | null }) {
  return w.insert(metricMeasurements, { metricId: row.id, period: m.period, baseValues: JSON.stringify(m.values), value: m.value, comment: m.comment, source: m.source, recordedAt: w.at, supersedesId: m.supersedesId });
}

function measurementById(ws: Workspace, id: string): Measurement {
  const row = ws.db.select().from(metricMeasurements).where(eq(metricMeasurements.id, id)).get();
  if (!row) throw notFound('Recorded value', id);
  const entry = measurementRows(ws, [row.metricId]).find((m) => m.id === id)!;
  return toMeasurement(entry, metricRow(ws, row.metricId));
}

export function recordMeasurement(ws: Workspace, input: { metricId: string; period: string; values: Record<string, number>; comment: string }): Measurement {
  const row = metricRow(ws, input.metricId);
  const period = checkPeriod(row, input.period, todayOf(ws));
  const value = computeValue(row, input.values);
  const existing = currentFor(ws, row.id, period);
  if (existing) throw field('period', `${period} already has a value (${existing.value}). Correct that entry instead: the correction supersedes it and both are kept.`, 'CONFLICT', { measurementId: existing.id });
  const id = write(ws, (w) => insertMeasurement(w, row, { period, values: input.values, value, comment: input.comment, source: 'manual', supersedesId: null }).id);
  return measurementById(ws, id);
}

export function supersedeMeasurement(ws: Workspace, input: { id: string; values: Record<string, number>; comment: string }, source: Measurement['source'] = 'manual'): Measurement {
  const old = measurementById(ws, input.id);
  if (old.supersededById) throw new AppError('CONFLICT', 'That value has already been corrected. Correct the newest entry for the period instead.', { id: input.id, supersededById: old.supersededById });
  const row = metricRow(ws, old.metricId);
  const value = computeValue(row, input.values);
  const id = write(ws, (w) => insertMeasurement(w, row, { period: old.period, values: input.values, value, comment: input.comment, source, supersedesId: old.id }).id);
  return measurementById(ws, id);
}

/** Computes an automatic metric now and records it for the current period. */
export function collectAutomatic(ws: Workspace, id: string): Measurement {
  const row = metricRow(ws, id);
  if (!row.autoSource) throw new AppError('CONFLICT', `"${row.title}" is not computed by the workbench: record its values by hand or import them.`, { id });
  const today = todayOf(ws);
  const values = autoValues(ws, row.autoSource as AutoSource, today);
  let value: number;
  try {
    value = computeValue(row, values);
  } catch (err) {
    if (err instanceof AppError) throw new AppError('CONFLICT', `Nothing to measure yet for "${row.title}": ${err.message}`, { id, values });
    throw err;
  }
  const period = periodOf(today, row.collectionFrequency as Frequency);
  const existing = currentFor(ws, row.id, period);
  const comment = 'Computed by the workbench from the workspace.';
  const newId = write(ws, (w) => insertMeasurement(w, row, { period, values, value, comment, source: 'automatic', supersedesId: existing?.id ?? null }).id);
  return measurementById(ws, newId);
}

export { metricRow };
