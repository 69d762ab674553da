import { useEffect, type ReactNode } from 'react';
import { Center, Checkbox, Group, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import { RefBadge } from '../RefBadge/RefBadge';

export interface RegisterColumn<T> {
  key: string;
  label: string;
  sortable?: boolean;
  width?: number | string;
  /** The narrowest this column may become (defaults to `width`), so a long text beside it cannot squeeze it to a sliver. */
  minWidth?: number;
  render: (row: T) => ReactNode;
}

export interface SortState {
  sort: string;
  dir: 'asc' | 'desc';
}

interface RegisterTableProps<T extends { id: string }> {
  caption: string;
  columns: RegisterColumn<T>[];
  rows: T[];
  total: number;
  sort: SortState;
  onSort: (next: SortState) => void;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  empty: ReactNode;
  actions?: (row: T) => ReactNode;
  onRowOpen?: (row: T) => void;
  /** Rows picked for a bulk change: a checkbox per row and one for the page. */
  selection?: RowSelection<T>;
}

export interface RowSelection<T> {
  selected: string[];
  onChange: (ids: string[]) => void;
  /** What the row's checkbox is called for a screen reader ("Select CTX-004 Cloud outage"). */
  rowLabel: (row: T) => string;
}

/** Names for the pager's arrows, which show only an icon. */
const CONTROL_NAMES: Record<'first' | 'previous' | 'last' | 'next', string> = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' };

/** The Id column every register starts with; sorted by number in the main process. */
export function refColumn<T extends { ref: string }>(): RegisterColumn<T> {
  return { key: 'ref', label: 'Id', sortable: true, width: 90, render: (row) => <RefBadge value={row.ref} /> };
}

/** A register page: the main process sorts and pages; this draws one page and the controls. */
export function RegisterTable<T extends { id: string }>(props: RegisterTableProps<T>) {
  const { columns, rows, sort, onSort } = props;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  // After a delete empties the last page, step back to the new last page instead of showing nothing.
  const { page, onPage } = props;
  useEffect(() => {
    if (page > pages) onPage(pages);
  }, [page, pages, onPage]);
  const toggle = (key: string) => onSort({ sort: key, dir: sort.sort === key && sort.dir === 'asc' ? 'desc' : 'asc' });
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={props.caption}>
          <Table.Thead>
            <Table.Tr>
              {props.selection && (
                <Table.Th style={SELECT_CELL}>
                  <PageCheckbox ids={rows.map((r) => r.id)} selection={props.selection} />
                </Table.Th>
              )}
              {columns.map((c) => {
                const active = sort.sort === c.key;
                return (
                  <Table.Th key={c.key} style={{ width: c.width }} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {/* A block with a min-width is what table layout honours; min-width on the cell is not. */}
                    <div style={{ minWidth: c.minWidth ?? c.width }}>
                      {c.sortable ? (
                        <UnstyledButton onClick={() => toggle(c.key)} aria-label={`Sort by ${c.label}`}>
                          <Group gap={4} wrap="nowrap">
                            <Text fw={600} size="sm">
                              {c.label}
                            </Text>
                            <Text size="xs" c={active ? 'indigo' : 'gray.4'} aria-hidden>
                              {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                            </Text>
                          </Group>
                        </UnstyledButton>
                      ) : (
                        <Text fw={600} size="sm">
                          {c.label}
                        </Text>
                      )}
                    </div>
                  </Table.Th>
                );
              })}
              {props.actions && (
                <Table.Th data-actions>
                  <Text fw={600} size="sm">
                    Actions
                  </Text>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} onDoubleClick={() => props.onRowOpen?.(row)} data-selected={props.selection?.selected.includes(row.id) || undefined}>
                {props.selection && (
                  <Table.Td style={SELECT_CELL}>
                    <RowCheckbox id={row.id} label={props.selection.rowLabel(row)} selection={props.selection} />
                  </Table.Td>
                )}
                {columns.map((c) => (
                  <Table.Td key={c.key}>
                    <div style={{ minWidth: c.minWidth ?? c.width }}>{c.render(row)}</div>
                  </Table.Td>
                ))}
                {props.actions && <Table.Td>{props.actions(row)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && <Center py="xl">{props.empty}</Center>}
      {pages > 1 && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            {props.total} records
          </Text>
          <Pagination
            total={pages}
            value={props.page}
            onChange={props.onPage}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': CONTROL_NAMES[control] })}
          />
        </Group>
      )}
    </>
  );
}

/** The checkbox column stays as narrow as its box. */
const SELECT_CELL = { width: 44, minWidth: 44, maxWidth: 44, paddingRight: 0 } as const;

function RowCheckbox<T>({ id, label, selection }: { id: string; label: string; selection: RowSelection<T> }) {
  const on = selection.selected.includes(id);
  return <Checkbox aria-label={label} checked={on} onChange={() => selection.onChange(on ? selection.selected.filter((x) => x !== id) : [...selection.selected, id])} />;
}

function PageCheckbox<T>({ ids, selection }: { ids: string[]; selection: RowSelection<T> }) {
  const picked = ids.filter((id) => selection.selected.includes(id)).length;
  const all = ids.length > 0 && picked === ids.length;
  return (
    <Checkbox
      aria-label="Select every row on this page"
      checked={all}
      indeterminate={picked > 0 && !all}
      disabled={ids.length === 0}
      onChange={() => selection.onChange(all ? selection.selected.filter((id) => !ids.includes(id)) : [...new Set([...selection.selected, ...ids])])}
    />
  );
}
