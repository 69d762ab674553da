/**
 * Decision criteria (ISO/IEC 27004): a metric's value is green, amber or red against two
 * thresholds, read in the metric's direction. Higher is better: green at or above the green
 * threshold, red below the red one. Lower is better: green at or below the green threshold, red
 * above the red one. Amber is in between. Without criteria, or without a value, there is no status.
 */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABEL: Record<Direction, string> = { higher: 'Higher is better', lower: 'Lower is better' };

export const RAG = ['green', 'amber', 'red', 'none'] as const;
export type Rag = (typeof RAG)[number];
export const RAG_LABEL: Record<Rag, string> = { green: 'On target', amber: 'Watch', red: 'Breached', none: 'No status' };

export interface Criteria {
  direction: Direction;
  greenAt: number | null;
  redAt: number | null;
}

export function ragOf(value: number | null, c: Criteria): Rag {
  if (value === null || c.greenAt === null || c.redAt === null) return 'none';
  if (c.direction === 'higher') return value >= c.greenAt ? 'green' : value < c.redAt ? 'red' : 'amber';
  return value <= c.greenAt ? 'green' : value > c.redAt ? 'red' : 'amber';
}

/** Why criteria are inconsistent, or null when they are fine. */
export function criteriaProblem(c: Criteria): string | null {
  if ((c.greenAt === null) !== (c.redAt === null)) return 'Give both thresholds (green and red), or neither.';
  if (c.greenAt === null || c.redAt === null) return null;
  if (c.direction === 'higher' && c.redAt > c.greenAt) return 'When higher is better, the red threshold must not be above the green one.';
  if (c.direction === 'lower' && c.redAt < c.greenAt) return 'When lower is better, the red threshold must not be below the green one.';
  return null;
}

/** The criteria in words, e.g. "green at 95 or more, red below 80". */
export function criteriaText(c: Criteria, unit = ''): string {
  if (c.greenAt === null || c.redAt === null) return 'No decision criteria set';
  const u = unit ? (unit === '%' ? '%' : ` ${unit}`) : '';
  return c.direction === 'higher' ? `Green at ${c.greenAt}${u} or more, red below ${c.redAt}${u}, amber between` : `Green at ${c.greenAt}${u} or less, red above ${c.redAt}${u}, amber between`;
}

/** A value rounded for showing: at most two decimals, no trailing zeros. */
export function formatValue(value: number | null, unit = ''): string {
  if (value === null) return '—';
  const text = String(Math.round(value * 100) / 100);
  // "1 incident", not "1 incidents": a plural unit loses its s for exactly one.
  const word = value === 1 && /[a-z]s$/.test(unit) ? unit.slice(0, -1) : unit;
  return unit === '%' ? `${text}%` : unit ? `${text} ${word}` : text;
}
