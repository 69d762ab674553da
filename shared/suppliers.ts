/**
 * 8.1 supplier rules (issue 12) shared by the register, its readiness rules, the due items and the
 * supplier register document, so a certificate is "expiring" in the same way everywhere.
 */

/** A certificate that ends within this many days shows as expiring (and in due items). */
export const CERTIFICATE_WARNING_DAYS = 60;

export type CertificateState = 'current' | 'expiring' | 'expired' | 'no-date';
export const CERTIFICATE_STATE_LABEL: Record<CertificateState, string> = { current: 'Current', expiring: 'Expires soon', expired: 'Expired', 'no-date': 'No expiry date' };

export function addDaysIso(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` later; the 31st of a shorter month becomes its last day. */
export function addMonthsIso(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Valid up to and including `validUntil`; expired the day after. */
export function certificateState(validUntil: string | null, today: string): CertificateState {
  if (!validUntil) return 'no-date';
  if (validUntil < today) return 'expired';
  return validUntil <= addDaysIso(today, CERTIFICATE_WARNING_DAYS) ? 'expiring' : 'current';
}

const CERT_ORDER = ['expired', 'expiring', 'no-date', 'current'] as const;

/** How many certificates are in each state, worst first: one expired and one current read "1 expired", "1 current", never "2 expired". */
export function certificateCounts(certificates: Array<{ validUntil: string | null }>, today: string): Array<{ state: CertificateState; count: number }> {
  const states = certificates.map((c) => certificateState(c.validUntil, today));
  return CERT_ORDER.map((state) => ({ state, count: states.filter((x) => x === state).length })).filter((c) => c.count > 0);
}

export type Criticality = 'low' | 'medium' | 'high' | 'critical';

/**
 * How often a supplier is reassessed, by criticality: critical and high suppliers every year, medium
 * ones every two years, low ones only when something changes (null).
 */
export const REASSESS_MONTHS: Record<Criticality, number | null> = { critical: 12, high: 12, medium: 24, low: null };

/**
 * When the next assessment is due: the last one plus the interval of its criticality; a critical or
 * high supplier never assessed is due now (returned as 'now'); low suppliers have no cycle.
 */
export function assessmentDueOn(s: { criticality: Criticality; lastAssessedOn: string | null; assessmentResult: string }): string | 'now' | null {
  const months = REASSESS_MONTHS[s.criticality];
  if (months === null) return null;
  if (!s.lastAssessedOn || s.assessmentResult === 'not-assessed') return s.criticality === 'critical' || s.criticality === 'high' ? 'now' : null;
  return addMonthsIso(s.lastAssessedOn, months);
}

export const isKeySupplier = (s: { criticality: Criticality }) => s.criticality === 'critical' || s.criticality === 'high';
