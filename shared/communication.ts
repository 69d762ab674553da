import { addMonthsIso } from './suppliers';

/**
 * 7.4: when a planned communication is next due (issue 12). One pure function shared by the plan
 * screen, the due items and the readiness rules, so the overdue rows agree everywhere.
 */
export const FREQUENCIES = ['once', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABEL: Record<Frequency, string> = { once: 'Once', monthly: 'Monthly', quarterly: 'Quarterly', 'half-yearly': 'Half-yearly', yearly: 'Yearly' };
export const FREQUENCY_MONTHS: Record<Exclude<Frequency, 'once'>, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };

export interface PlanTiming {
  frequency: Frequency;
  /** Once: the day it is to happen. Recurring: the first time (left empty: from the day the row was planned). */
  startsOn: string | null;
  /** When the row was added (a stamp); a recurring row without a start date is first due that day. */
  createdAt: string;
}

/**
 * Once: due on its date until something is logged against it, then done (null). Recurring: one
 * interval after the latest log entry, or on its first date while nothing is logged yet.
 */
export function nextDueOn(plan: PlanTiming, lastCommunicatedOn: string | null): string | null {
  if (plan.frequency === 'once') return lastCommunicatedOn ? null : plan.startsOn;
  if (!lastCommunicatedOn) return plan.startsOn ?? plan.createdAt.slice(0, 10);
  const next = addMonthsIso(lastCommunicatedOn, FREQUENCY_MONTHS[plan.frequency]);
  // A start date set after the latest entry (a plan restarted) wins.
  return plan.startsOn && plan.startsOn > next ? plan.startsOn : next;
}

export const isOverdue = (nextDue: string | null, today: string) => nextDue !== null && nextDue < today;
