/**
 * Date rules shared by the services (with the workspace clock) and the forms (with the browser's),
 * so both refuse the same dates with the same words (issue 9). Days are YYYY-MM-DD in UTC, like
 * every stamp the core writes; a stamp (ISO date-time) counts by its day.
 */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const todayIso = (now: Date = new Date()): string => isoDay(now);
const dayOf = (dateOrStamp: string) => dateOrStamp.slice(0, 10);

/** ISO dates everywhere: `2026-12-01 14:05` (local time of the machine showing it), with `:07` seconds when asked. */
export function formatDateTime(stamp: string, opts: { seconds?: boolean } = {}): string {
  const d = new Date(stamp);
  if (Number.isNaN(d.getTime())) return stamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}${opts.seconds ? `:${pad(d.getSeconds())}` : ''}`;
}

/** An approval happened on a real day: not after today, not before the record it approves existed. */
export function approvalDateProblem(approvedOn: string, ctx: { today: string; createdAt?: string | null }): string | null {
  if (approvedOn > ctx.today) return 'An approval cannot be dated in the future.';
  if (ctx.createdAt && approvedOn < dayOf(ctx.createdAt)) return `This version was written on ${dayOf(ctx.createdAt)}; it cannot have been approved before that.`;
  return null;
}

/** Evidence shows something that already happened. */
export function evidenceDateProblem(evidenceDate: string | null | undefined, today: string): string | null {
  return evidenceDate && evidenceDate > today ? 'Evidence cannot be dated in the future.' : null;
}

/** A review date in the past is allowed (it records an overdue review) but deserves a word. */
export function reviewDateWarning(reviewDate: string | null | undefined, today: string): string | null {
  return reviewDate && reviewDate < today ? 'This date has passed: the review will show as overdue.' : null;
}
