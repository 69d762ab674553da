/**
 * RACI: Responsible (does the work), Accountable (answers for it; exactly one), Consulted, Informed.
 * One rule, shared by the service that refuses a bad row and the matrix editor that marks it.
 */
export const RACI_VALUES = ['R', 'A', 'C', 'I'] as const;
export type RaciValue = (typeof RACI_VALUES)[number];

export const RACI_LABEL: Record<RaciValue, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

export interface RaciCell {
  roleId: string;
  value: RaciValue | null;
}

/** Why a row of the matrix is not acceptable, or null when it is. */
export function raciRowProblem(cells: readonly RaciCell[]): string | null {
  const seen = new Set<string>();
  for (const c of cells) {
    if (seen.has(c.roleId)) return 'Each role can appear only once in a row.';
    seen.add(c.roleId);
  }
  const accountable = cells.filter((c) => c.value === 'A').length;
  if (accountable === 1) return null;
  return accountable === 0
    ? 'Every activity needs exactly one accountable role (A); this one has none.'
    : `Every activity needs exactly one accountable role (A); this one has ${accountable}.`;
}
