import type { Cell, Column } from '../model';

/**
 * The human-readable id of a register row (CTX-001, IP-003), printed as the first column once the
 * rows carry one. Rows without it get no id column at all rather than a position that shifts.
 */
type WithRef = { ref?: string | null };
export function refColumn(rows: object[]): Column[];
export function refColumn(rows: object[], row: object): Cell[];
export function refColumn(rows: object[], row?: object): Column[] | Cell[] {
  const has = rows.some((r) => typeof (r as WithRef).ref === 'string');
  if (!has) return [];
  return row ? [(row as WithRef).ref ?? ''] : [{ header: 'Id', weight: 0, kind: 'code' }];
}
