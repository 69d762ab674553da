import { index, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { controls } from './controls';
import { ismsProcesses } from './scope';
import { risks } from './risk';

/**
 * 9.1: the shipped metric library (seeded once through services/seeds.ts). A definition is copied
 * into `metrics` when the organisation adopts it; the library row itself never counts as adopted.
 */
export const metricLibrary = sqliteTable('metric_library', {
  ...recordColumns(),
  key: text('key').notNull().unique(),
  category: text('category').notNull(),
  /** The definition as JSON (the contract's MetricFields), checked by the contract's schema when added. */
  body: text('body').notNull(),
});

/** A metric definition in the shape of an ISO/IEC 27004 measurement construct. */
export const metrics = sqliteTable(
  'metrics',
  {
    ...recordColumns(),
    ...refColumn(),
    title: text('title').notNull(),
    informationNeed: text('information_need').notNull().default(''),
    /** What is measured: a control, a process, a risk, an objective (6.2, issue 12) or something else. */
    subjectKind: text('subject_kind').notNull().default('other'),
    subject: text('subject').notNull().default(''),
    controlId: text('control_id').references(() => controls.id, { onDelete: 'set null' }),
    processId: text('process_id').references(() => ismsProcesses.id, { onDelete: 'set null' }),
    riskId: text('risk_id').references(() => risks.id, { onDelete: 'set null' }),
    /** JSON array of { key, label }: the base measures the formula reads. */
    baseMeasures: text('base_measures').notNull(),
    formula: text('formula').notNull(),
    unit: text('unit').notNull().default(''),
    target: real('target'),
    direction: text('direction').notNull().default('higher'),
    greenAt: real('green_at'),
    redAt: real('red_at'),
    collectionFrequency: text('collection_frequency').notNull().default('monthly'),
    reportingFrequency: text('reporting_frequency').notNull().default('quarterly'),
    /** The first day a value is expected for (its period is the first one due). */
    collectFrom: text('collect_from').notNull(),
    dataSource: text('data_source').notNull().default(''),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    collectorId: text('collector_id').references(() => people.id, { onDelete: 'set null' }),
    customerId: text('customer_id').references(() => people.id, { onDelete: 'set null' }),
    /** Set for metrics the workbench computes from the workspace itself (shared/metricAuto.ts). */
    autoSource: text('auto_source'),
    libraryKey: text('library_key'),
  },
  (t) => [index('metrics_title').on(t.title)],
);

/**
 * Recorded values, append-only: a correction is a new row that names the one it supersedes. The
 * time it was recorded (set by the app) is kept apart from the period it measures.
 */
export const metricMeasurements = sqliteTable(
  'metric_measurements',
  {
    ...recordColumns(),
    metricId: text('metric_id')
      .notNull()
      .references(() => metrics.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    /** JSON object: base measure key -> number. */
    baseValues: text('base_values').notNull(),
    value: real('value').notNull(),
    comment: text('comment').notNull().default(''),
    source: text('source').notNull().default('manual'),
    recordedAt: text('recorded_at').notNull(),
    /** The entry this one corrects; an entry is superseded when another names it here (at most one may). */
    supersedesId: text('supersedes_id').references((): AnySQLiteColumn => metricMeasurements.id, { onDelete: 'cascade' }),
  },
  (t) => [index('metric_measurements_metric').on(t.metricId, t.period), uniqueIndex('metric_measurements_supersedes').on(t.supersedesId)],
);
