import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { ImportInput, ImportResult } from '../../../shared/contract/metrics';
import type { Workspace } from '../db/open';
import { metricMeasurements } from '../db/schema';
import { write } from '../db/write';
import { todayOf } from './dates';
import { checkPeriod, computeValue, metricRow } from './metrics';
import { parseCsv } from './tableFile';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';

const MAX_ROWS = 5000;
type Row = ImportResult['rows'][number];

/** "1 234,5" and "12.5" read as numbers; anything else is refused rather than guessed. */
function number(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/**
 * Bulk paste or CSV of one metric's values (issue 13, item 3). The first row names the columns:
 * period, then each base measure by name or description (or "value" when there is only one),
 * and optionally comment. A dry run reports every row; a real run records all rows or none.
 */
export function importValues(ws: Workspace, input: z.output<typeof ImportInput>): ImportResult {
  const metric = metricRow(ws, input.metricId);
  const measures = JSON.parse(metric.baseMeasures) as { key: string; label: string }[];
  const table = parseCsv(input.text);
  if (table.rows.length < 2) throw new AppError('VALIDATION', 'Paste a header row (period, the base measures, comment) and at least one row of values.', { field: 'text', fields: [{ path: 'text', message: 'Nothing to import.' }] });
  if (table.rows.length - 1 > MAX_ROWS) throw new AppError('VALIDATION', `At most ${MAX_ROWS} rows at once.`, { field: 'text', fields: [{ path: 'text', message: `At most ${MAX_ROWS} rows at once.` }] });
  const header = table.rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const periodCol = col(['period']);
  const commentCol = col(['comment', 'comments', 'note']);
  const measureCols = measures.map((m) => col([m.key, m.label.toLowerCase(), ...(measures.length === 1 ? ['value'] : [])]));
  const missing = [...(periodCol < 0 ? ['period'] : []), ...measures.filter((_, i) => measureCols[i]! < 0).map((m) => m.key)];
  if (missing.length) {
    const message = `The header row must name the columns ${['period', ...measures.map((m) => m.key)].join(', ')}${measures.length === 1 ? ' (or value)' : ''}; missing: ${missing.join(', ')}.`;
    throw new AppError('VALIDATION', message, { field: 'text', fields: [{ path: 'text', message }] });
  }

  const successor = alias(metricMeasurements, 'successor');
  const current = new Map(
    ws.db
      .select({ id: metricMeasurements.id, period: metricMeasurements.period, successor: successor.id })
      .from(metricMeasurements)
      .leftJoin(successor, eq(successor.supersedesId, metricMeasurements.id))
      .where(eq(metricMeasurements.metricId, metric.id))
      .orderBy(asc(metricMeasurements.recordedAt))
      .all()
      .filter((r) => r.successor === null)
      .map((r) => [r.period, r.id]),
  );
  const today = todayOf(ws);
  const seen = new Set<string>();
  const planned: Array<{ period: string; values: Record<string, number>; value: number; comment: string; supersedesId: string | null }> = [];
  const rows: Row[] = table.rows.slice(1).map((cells, i) => {
    const line = table.lines[i + 1]!;
    const comment = commentCol >= 0 ? (cells[commentCol] ?? '').slice(0, 1000) : '';
    const raw = cells[periodCol] ?? '';
    const fail = (message: string): Row => ({ line, period: raw, value: null, comment, outcome: 'error', message });
    let period: string;
    try {
      period = checkPeriod(metric, raw, today);
    } catch (err) {
      return fail(err instanceof AppError ? err.message : String(err));
    }
    if (seen.has(period)) return fail(`${period} appears twice in what was pasted.`);
    seen.add(period);
    const values: Record<string, number> = {};
    for (const [j, m] of measures.entries()) {
      const n = number(cells[measureCols[j]!] ?? '');
      if (n === null) return fail(`"${cells[measureCols[j]!] ?? ''}" is not a number (${m.key}).`);
      values[m.key] = n;
    }
    let value: number;
    try {
      value = computeValue(metric, values);
    } catch (err) {
      return fail(err instanceof AppError ? err.message : String(err));
    }
    const supersedesId = current.get(period) ?? null;
    planned.push({ period, values, value, comment, supersedesId });
    return { line, period, value, comment, outcome: supersedesId ? 'replaces' : 'new', message: supersedesId ? 'Corrects the value recorded for this period (both are kept).' : 'New value.' };
  });
  const errors = rows.filter((r) => r.outcome === 'error').length;
  if (input.dryRun) return { rows, recorded: 0, errors, dryRun: true };
  if (errors) {
    const fields = rows.filter((r) => r.outcome === 'error').map((r) => ({ path: `text.line${r.line}`, message: `Line ${r.line}: ${r.message}` }));
    throw new AppError('VALIDATION', `${errors} row${errors === 1 ? ' has' : 's have'} a problem; nothing was recorded. ${fields[0]!.message}`, { field: 'text', fields, rows });
  }
  write(ws, (w) => {
    for (const p of planned) w.insert(metricMeasurements, { metricId: metric.id, period: p.period, baseValues: JSON.stringify(p.values), value: p.value, comment: p.comment, source: 'import', recordedAt: w.at, supersedesId: p.supersedesId });
  });
  return { rows, recorded: planned.length, errors: 0, dryRun: false };
}
