import { useState } from 'react';
import { Badge, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { Metric } from '../../../../shared/contract/metrics';
import { FREQUENCY_LABEL, periodLabel } from '../../../../shared/metrics/periods';
import { formatValue } from '../../../../shared/metrics/status';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { StatusBadge } from './MetricDetailView';

const PAGE_SIZE = 25;
type Filter = 'all' | 'red' | 'amber' | 'green' | 'overdue';

const columns: RegisterColumn<Metric>[] = [
  refColumn<Metric>(),
  {
    key: 'title',
    label: 'Metric',
    sortable: true,
    minWidth: 220,
    render: (m) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {m.title}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {m.subjectLabel ?? m.subject}
        </Text>
      </Stack>
    ),
  },
  { key: 'latest', label: 'Latest', width: 130, render: (m) => (m.latest ? `${formatValue(m.latest.value, m.unit)} (${periodLabel(m.latest.period, m.collectionFrequency)})` : <Text size="sm" c="dimmed">not measured</Text>) },
  { key: 'status', label: 'Status', sortable: true, width: 105, render: (m) => <StatusBadge status={m.latest?.status ?? 'none'} /> },
  // How often and whether it is due share a column so the register fits 1280 px.
  {
    key: 'collectionFrequency',
    label: 'Collection',
    sortable: true,
    width: 115,
    render: (m) => (
      <Stack gap={0}>
        <Text size="sm">{FREQUENCY_LABEL[m.collectionFrequency]}</Text>
        {m.overduePeriods.length ? (
          <Badge color="red" variant="light" size="sm">{m.overduePeriods.length} overdue</Badge>
        ) : (
          <Text size="xs" c="dimmed">{m.dueNow ? `due ${m.dueNow.due}` : 'up to date'}</Text>
        )}
      </Stack>
    ),
  },
];

/** The 9.1 register: search (MET-004 however typed), filter by status, sort and page in the main process. */
export function MetricRegister({ onOpen, onEdit, onNew }: { onOpen: (m: Metric) => void; onEdit: (m: Metric) => void; onNew: () => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<SortState>({ sort: 'title', dir: 'asc' });
  const [page, setPage] = useState(1);
  const list = useCall(
    () => api.metrics.list({ search: debounced, status: filter === 'all' ? undefined : filter, sort: sort.sort as 'title', dir: sort.dir, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [debounced, filter, sort.sort, sort.dir, page],
  );
  const remove = (m: Metric) => confirmDelete(`"${m.title}"`, (confirm) => api.metrics.delete({ id: m.id, confirm }), () => notifySaved('Metric deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <TextInput placeholder="Search metrics or ids (MET-004)" leftSection={<IconSearch size={16} />} aria-label="Search metrics" value={search} onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))} w={280} />
          <SegmentedControl
            aria-label="Show"
            value={filter}
            onChange={(v) => (setFilter(v as Filter), setPage(1))}
            data={[
              { value: 'all', label: 'All' },
              { value: 'red', label: 'Breached' },
              { value: 'amber', label: 'Watch' },
              { value: 'green', label: 'On target' },
              { value: 'overdue', label: 'Overdue' },
            ]}
          />
        </Group>
        <Button onClick={onNew} data-shortcut="new" aria-keyshortcuts="Alt+N">
          New metric
        </Button>
      </Group>
      <RegisterTable
        caption="Metrics"
        columns={columns}
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        sort={sort}
        onSort={(s) => (setSort(s), setPage(1))}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        onRowOpen={onOpen}
        empty={<Text c="dimmed">{debounced || filter !== 'all' ? 'No metrics match.' : 'No metrics yet. Add them from the library or define your own.'}</Text>}
        actions={(m) => <RowActions name={rowName('metric', m.title, m.ref)} onEdit={() => onEdit(m)} onDelete={() => remove(m)} historyId={m.id} />}
      />
    </Stack>
  );
}
