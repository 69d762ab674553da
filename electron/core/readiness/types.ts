import type { DueItem } from '../../../shared/contract/readiness';
import type { Workspace } from '../db/open';

export interface Criterion {
  label: string;
  met: boolean;
  detail?: string;
}

/**
 * What one area contributes to readiness: criteria per clause it covers, and what it has coming due.
 * `today` and `horizon` are calendar days (YYYY-MM-DD); horizon is the last day that counts as due soon.
 */
export interface ReadinessArea {
  criteria: Record<string, (ws: Workspace, today: string) => Criterion[]>;
  due?: (ws: Workspace, today: string, horizon: string) => DueItem[];
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
