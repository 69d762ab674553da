import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { Nc } from '../../../../shared/contract/improvement';
import { NC_STATUS_LABEL, NC_STATUSES } from '../../../../shared/ncStates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { SEVERITY_LABEL, SOURCE_LABEL, STATUS_COLOR } from './labels';

const PAGE_SIZE = 25;

const columns: RegisterColumn<Nc>[] = [
  refColumn<Nc>(),
  {
    key: 'title',
    label: 'Nonconformity',
    sortable: true,
    minWidth: 220,
    render: (n) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {n.title}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {[n.clauseId ? `Clause ${n.clauseId}` : '', n.controlLabel ?? ''].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
    ),
  },
  { key: 'source', label: 'Source', sortable: true, width: 130, render: (n) => <Text size="sm">{SOURCE_LABEL[n.source]}</Text> },
  { key: 'severity', label: 'Severity', sortable: true, width: 80, render: (n) => <Badge variant={n.severity === 'major' ? 'filled' : 'light'} color={n.severity === 'major' ? 'red' : 'yellow'}>{SEVERITY_LABEL[n.severity]}</Badge> },
  { key: 'raisedOn', label: 'Raised', sortable: true, width: 95, render: (n) => n.raisedOn },
  {
    key: 'status',
    label: 'Status',
    sortable: true,
    width: 150,
    render: (n) => (
      <Stack gap={2}>
        <Badge color={STATUS_COLOR[n.status]} variant="light">
          {NC_STATUS_LABEL[n.status]}
        </Badge>
        {n.overdueActions > 0 && (
          <Text size="xs" c="red" fw={600}>
            {n.overdueActions} action{n.overdueActions === 1 ? '' : 's'} overdue
          </Text>
        )}
      </Stack>
    ),
  },
  { key: 'owner', label: 'Owner', width: 120, render: (n) => n.ownerName ?? <Text c="dimmed" size="sm">—</Text> },
];

/** The 10.2 register: search, filter and sort in the main process; a row opens the record. */
export function NcRegister({ onOpen, onNew }: { onOpen: (nc: Nc) => void; onNew: () => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [status, setStatus] = useState<string | null>('not-closed');
  const [sort, setSort] = useState<SortState>({ sort: 'ref', dir: 'desc' });
  const [page, setPage] = useState(1);
  const list = useCall(
    () =>
      api.improvement.ncList({
        search: debounced,
        open: status === 'not-closed' ? true : undefined,
        status: status && status !== 'not-closed' && status !== 'all' ? (status as Nc['status']) : undefined,
        sort: sort.sort as 'ref',
        dir: sort.dir,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [debounced, status, sort.sort, sort.dir, page],
  );
  const remove = (nc: Nc) => confirmDelete(`nonconformity ${nc.ref}`, (confirm) => api.improvement.ncDelete({ id: nc.id, confirm }), () => notifySaved('Nonconformity deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <TextInput placeholder="Search nonconformities or ids (NC-004)" leftSection={<IconSearch size={16} />} aria-label="Search nonconformities" value={search} onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))} w={300} />
          <Select
            aria-label="Status filter"
            w={200}
            allowDeselect={false}
            value={status}
            onChange={(v) => (setStatus(v), setPage(1))}
            data={[{ value: 'not-closed', label: 'Not closed' }, { value: 'all', label: 'All' }, ...NC_STATUSES.map((s) => ({ value: s, label: NC_STATUS_LABEL[s] }))]}
          />
        </Group>
        <Button onClick={onNew} data-shortcut="new" aria-keyshortcuts="Alt+N">
          Record nonconformity
        </Button>
      </Group>
      <RegisterTable
        caption="Nonconformities"
        columns={columns}
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        sort={sort}
        onSort={(s) => (setSort(s), setPage(1))}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        onRowOpen={onOpen}
        empty={<Text c="dimmed">{debounced || status !== 'not-closed' ? 'No nonconformities match.' : 'No open nonconformities. Record one when an audit, incident, metric or anyone finds a requirement not met.'}</Text>}
        actions={(nc) => <RowActions name={rowName('nonconformity', nc.title, nc.ref)} onEdit={() => onOpen(nc)} onDelete={() => remove(nc)} historyId={nc.id} />}
      />
    </Stack>
  );
}
