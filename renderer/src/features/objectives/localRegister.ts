import { useState } from 'react';
import type { SortState } from '../../components/RegisterTable/RegisterTable';

export const PAGE_SIZE = 10;

/**
 * Sorting and paging for the 6.2, 6.3 and 7.1 registers, which the main process returns whole (an
 * organisation keeps tens of objectives, changes and resource lines, not thousands).
 */
export function useLocalRegister<T extends { ref: string }>(rows: T[], keys: Record<string, (row: T) => string | number | null>) {
  const [sort, setSort] = useState<SortState>({ sort: 'ref', dir: 'asc' });
  const [page, setPage] = useState(1);
  const key = keys[sort.sort] ?? ((r: T) => r.ref);
  const sorted = [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = x === null ? (y === null ? 0 : 1) : y === null ? -1 : typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
    return sort.dir === 'asc' ? c : -c;
  });
  return { sort, onSort: setSort, page, onPage: setPage, pageSize: PAGE_SIZE, total: rows.length, rows: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) };
}
