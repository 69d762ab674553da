import { AppError } from '../../../shared/errors';

/** A refused date, reported on its field like the contract's own messages. */
export const dateFieldError = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

/** Calendar days as YYYY-MM-DD, in UTC like every stamp the core writes. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export const todayOf = (ws: { env: { now: () => Date } }) => isoDay(ws.env.now());

/** The same day `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return isoDay(first);
}
