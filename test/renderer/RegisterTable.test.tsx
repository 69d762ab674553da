import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { RegisterTable, type RegisterColumn, type SortState } from '../../renderer/src/components/RegisterTable/RegisterTable';
import { renderUi } from './render';

interface Row {
  id: string;
  name: string;
  team: string;
  note: string;
}

const columns: RegisterColumn<Row>[] = [
  { key: 'name', label: 'Name', sortable: true, render: (r) => r.name },
  { key: 'team', label: 'Team', sortable: true, render: (r) => r.team },
  { key: 'note', label: 'Note', render: (r) => r.note },
];

const makeRows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Person ${i + 1}`, team: `Team ${i % 3}`, note: `note ${i}` }));

interface HarnessProps {
  rows: Row[];
  total?: number;
  pageSize?: number;
  initialSort?: SortState;
  onSort?: (s: SortState) => void;
  onPage?: (p: number) => void;
}

/** Holds sort and page state like the real registers do, and reports every change. */
function Harness({ rows, total = rows.length, pageSize = 25, initialSort = { sort: 'team', dir: 'asc' }, onSort, onPage }: HarnessProps) {
  const [sort, setSort] = useState<SortState>(initialSort);
  const [page, setPage] = useState(1);
  return (
    <RegisterTable
      caption="Test register"
      columns={columns}
      rows={rows}
      total={total}
      sort={sort}
      onSort={(s) => {
        onSort?.(s);
        setSort(s);
      }}
      page={page}
      pageSize={pageSize}
      onPage={(p) => {
        onPage?.(p);
        setPage(p);
      }}
      empty={<span>Nothing recorded yet</span>}
    />
  );
}

const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

describe('RegisterTable', () => {
  it('renders one row per record with every column, inside a labelled table', () => {
    renderUi(<Harness rows={makeRows(3)} />);
    const table = screen.getByRole('table', { name: 'Test register' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(3);
    expect(within(bodyRows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Person 1', 'Team 0', 'note 0']);
    expect(within(bodyRows[2]).getByText('Person 3')).toBeInTheDocument();
    expect(screen.queryByText('Nothing recorded yet')).not.toBeInTheDocument();
  });

  it('clicking a sortable header asks for asc, then desc, and marks the active column with aria-sort', async () => {
    const onSort = vi.fn();
    const { user } = renderUi(<Harness rows={makeRows(3)} onSort={onSort} />);

    // Initially sorted by team: only that header carries aria-sort.
    expect(header('Team')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Name')).not.toHaveAttribute('aria-sort');
    expect(header('Note')).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenLastCalledWith({ sort: 'name', dir: 'asc' });
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Team')).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenLastCalledWith({ sort: 'name', dir: 'desc' });
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenLastCalledWith({ sort: 'name', dir: 'asc' });
    expect(onSort).toHaveBeenCalledTimes(3);
  });

  it('switching to another column starts ascending even when the current one is descending', async () => {
    const onSort = vi.fn();
    const { user } = renderUi(<Harness rows={makeRows(2)} initialSort={{ sort: 'name', dir: 'desc' }} onSort={onSort} />);
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Sort by Team' }));
    expect(onSort).toHaveBeenCalledWith({ sort: 'team', dir: 'asc' });
  });

  it('non-sortable columns have no sort button', () => {
    renderUi(<Harness rows={makeRows(1)} />);
    expect(screen.queryByRole('button', { name: 'Sort by Note' })).not.toBeInTheDocument();
    expect(within(header('Note')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows pagination only when total is larger than the page size', () => {
    const { unmount } = renderUi(<Harness rows={makeRows(25)} total={25} pageSize={25} />);
    expect(screen.queryByText(/records$/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '2' })).not.toBeInTheDocument();
    unmount();

    renderUi(<Harness rows={makeRows(25)} total={26} pageSize={25} />);
    expect(screen.getByText('26 records')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '3' })).not.toBeInTheDocument();
  });

  it('clicking a page number calls onPage with that page', async () => {
    const onPage = vi.fn();
    const { user } = renderUi(<Harness rows={makeRows(10)} total={31} pageSize={10} onPage={onPage} />);
    expect(screen.getByText('31 records')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '4' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '3' }));
    expect(onPage).toHaveBeenCalledWith(3);
    expect(screen.getByRole('button', { name: '3' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the empty state when there are no rows, and no pagination', () => {
    renderUi(<Harness rows={[]} total={0} />);
    expect(screen.getByText('Nothing recorded yet')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Test register' });
    expect(within(table).getAllByRole('row')).toHaveLength(1); // header only
    expect(screen.queryByText(/records$/)).not.toBeInTheDocument();
  });
});
