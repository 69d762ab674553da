import type { RaciMatrix } from '../../../../shared/contract/roles';
import { raciRowProblem, type RaciCell, type RaciValue } from '../../../../shared/raci';

/** The editor's working copy: activity id -> role id -> letter (or null for an empty cell). */
export type RaciDraft = Record<string, Record<string, RaciValue | null>>;

export function draftOf(matrix: RaciMatrix): RaciDraft {
  return Object.fromEntries(
    matrix.activities.map((a) => [a.id, Object.fromEntries(matrix.roles.map((r) => [r.id, a.cells.find((c) => c.roleId === r.id)?.value ?? null]))]),
  );
}

export const cellsOf = (row: Record<string, RaciValue | null>): RaciCell[] => Object.entries(row).map(([roleId, value]) => ({ roleId, value }));

/** Rows that differ from what is saved. */
export function changedRows(matrix: RaciMatrix, draft: RaciDraft): { activityId: string; cells: RaciCell[] }[] {
  const saved = draftOf(matrix);
  return Object.entries(draft)
    .filter(([id, row]) => JSON.stringify(row) !== JSON.stringify(saved[id]))
    .map(([activityId, row]) => ({ activityId, cells: cellsOf(row) }));
}

export function problemsOf(draft: RaciDraft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, row] of Object.entries(draft)) {
    const problem = raciRowProblem(cellsOf(row));
    if (problem) out[id] = problem;
  }
  return out;
}
