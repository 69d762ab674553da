/**
 * Collection periods of a metric, as keys people read: 2026-03 (monthly), 2026-Q1 (quarterly),
 * 2026-H1 (half-yearly), 2026 (yearly). All calendar days are YYYY-MM-DD in UTC.
 */
export const FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABEL: Record<Frequency, string> = { monthly: 'Monthly', quarterly: 'Quarterly', 'half-yearly': 'Every six months', yearly: 'Yearly' };

const MONTHS_PER: Record<Frequency, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };

const PATTERN: Record<Frequency, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  'half-yearly': /^(\d{4})-H([12])$/,
  yearly: /^(\d{4})$/,
};

export const PERIOD_EXAMPLE: Record<Frequency, string> = { monthly: '2026-03', quarterly: '2026-Q1', 'half-yearly': '2026-H1', yearly: '2026' };

/** The index of a period counted in months from year 0 (its first month), or null when the key is not of this frequency. */
function startMonth(key: string, f: Frequency): number | null {
  const m = PATTERN[f].exec(key.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return null;
  const n = m[2] === undefined ? 1 : Number(m[2]);
  return year * 12 + (n - 1) * MONTHS_PER[f];
}

function keyOf(month: number, f: Frequency): string {
  const year = Math.floor(month / 12);
  const m = month % 12;
  if (f === 'monthly') return `${year}-${String(m + 1).padStart(2, '0')}`;
  if (f === 'quarterly') return `${year}-Q${Math.floor(m / 3) + 1}`;
  if (f === 'half-yearly') return `${year}-H${Math.floor(m / 6) + 1}`;
  return String(year);
}

const monthOfDay = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const dayOfMonth = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;

/** The period a calendar day falls in. */
export function periodOf(day: string, f: Frequency): string {
  return keyOf(monthOfDay(day), f);
}

/** The period key in its canonical spelling (2026-q1 -> 2026-Q1), or null when it is not one of this frequency. */
export function normalisePeriod(key: string, f: Frequency): string | null {
  const m = startMonth(key, f);
  return m === null ? null : keyOf(m, f);
}

export function periodStart(key: string, f: Frequency): string {
  const m = startMonth(key, f);
  if (m === null) throw new Error(`Not a ${f} period: ${key}`);
  return dayOfMonth(m);
}

/** The last day of the period. */
export function periodEnd(key: string, f: Frequency): string {
  const next = dayOfMonth(startMonth(key, f)! + MONTHS_PER[f]);
  const d = new Date(`${next}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function nextPeriod(key: string, f: Frequency): string {
  return keyOf(startMonth(key, f)! + MONTHS_PER[f], f);
}

export function comparePeriods(a: string, b: string, f: Frequency): number {
  return (startMonth(a, f) ?? 0) - (startMonth(b, f) ?? 0);
}

/** Every period from the one holding `from` up to and including the one holding `to` (at most `limit`, the newest kept). */
export function periodsBetween(from: string, to: string, f: Frequency, limit = 600): string[] {
  const out: string[] = [];
  if (to < from) return out;
  const last = monthOfDay(to);
  for (let m = startMonth(periodOf(from, f), f)!; m <= last; m += MONTHS_PER[f]) out.push(keyOf(m, f));
  return out.slice(-limit);
}

/** A period label for people: "March 2026", "Q1 2026", "H1 2026", "2026". */
export function periodLabel(key: string, f: Frequency): string {
  const m = startMonth(key, f);
  if (m === null) return key;
  const year = Math.floor(m / 12);
  if (f === 'monthly') return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m % 12]} ${year}`;
  if (f === 'quarterly') return `Q${Math.floor((m % 12) / 3) + 1} ${year}`;
  if (f === 'half-yearly') return `H${Math.floor((m % 12) / 6) + 1} ${year}`;
  return String(year);
}

/**
 * Collection status on `today`: the periods that have ended since `collectFrom` without a value
 * (overdue, oldest first), and the current period with its last day when it has no value yet (due).
 */
export function collectionState(input: { frequency: Frequency; collectFrom: string; recorded: ReadonlySet<string>; today: string }) {
  const { frequency: f, collectFrom, recorded, today } = input;
  const current = periodOf(today, f);
  const periods = collectFrom <= today ? periodsBetween(collectFrom, today, f) : [];
  const missing = periods.filter((p) => p !== current && !recorded.has(p));
  const currentDue = collectFrom <= today && !recorded.has(current) ? { period: current, due: periodEnd(current, f) } : null;
  return { overdue: missing.map((p) => ({ period: p, due: periodEnd(p, f) })), current: currentDue };
}
