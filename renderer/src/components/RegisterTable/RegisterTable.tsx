import { useEffect, type ReactNode } from 'react';
import { Center, Group, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
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
}

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
              <Table.Tr key={row.id} onDoubleClick={() => props.onRowOpen?.(row)}>
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
          <Pagination total={pages} value={props.page} onChange={props.onPage} size="sm" />
        </Group>
      )}
    </>
  );
}
