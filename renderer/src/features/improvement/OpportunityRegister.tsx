import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { IMPROVEMENT_STATUSES, type Opportunity } from '../../../../shared/contract/improvement';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { OPPORTUNITY_SOURCE_LABEL, OPPORTUNITY_STATUS_LABEL } from './labels';

const PAGE_SIZE = 25;
const statusColor = { proposed: 'gray', evaluated: 'yellow', approved: 'blue', rejected: 'dark', implemented: 'teal' } as const;

const columns: RegisterColumn<Opportunity>[] = [
  refColumn<Opportunity>(),
  {
    key: 'title',
    label: 'Opportunity',
    sortable: true,
    minWidth: 220,
    render: (o) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {o.title}
        </Text>
        <Text size="xs" c="dimmed">
          {OPPORTUNITY_SOURCE_LABEL[o.source]}
          {o.ncRef ? ` · from ${o.ncRef}` : ''}
          {o.issues.length + o.requirements.length ? ` · ${[...o.issues, ...o.requirements].map((x) => x.ref).join(', ')}` : ''}
        </Text>
      </Stack>
    ),
  },
  { key: 'priority', label: 'Priority', sortable: true, width: 120, render: (o) => (o.priority === null ? <Text size="sm" c="dimmed">not scored</Text> : <Stack gap={0}><Text size="sm">{o.priority}</Text><Text size="xs" c="dimmed" title="Priority is the benefit (1-5) times how light the effort is (6 minus the effort, 1-5)">benefit {o.benefit}, effort {o.effort}</Text></Stack>) },
  { key: 'status', label: 'Status', sortable: true, width: 110, render: (o) => <Badge color={statusColor[o.status]} variant="light">{OPPORTUNITY_STATUS_LABEL[o.status]}</Badge> },
  { key: 'dueDate', label: 'Due', sortable: true, width: 100, render: (o) => (o.dueDate ? <Text size="sm" c={o.overdue ? 'red' : undefined} fw={o.overdue ? 600 : undefined}>{o.dueDate}</Text> : '—') },
  { key: 'owner', label: 'Owner', width: 120, render: (o) => o.ownerName ?? '—' },
];

/** The 10.1 improvement register; with `source`, only the opportunities of that origin (6.1.1 planning in the 6.1 wizard). */
export function OpportunityRegister({ onEdit, onNew, source }: { onEdit: (o: Opportunity) => void; onNew: () => void; source?: Opportunity['source'] }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [status, setStatus] = useState<string | null>('all');
  const [sort, setSort] = useState<SortState>({ sort: 'priority', dir: 'desc' });
  const [page, setPage] = useState(1);
  const list = useCall(
    () => api.improvement.opportunityList({ search: debounced, source, status: status === 'all' ? undefined : (status as Opportunity['status']), sort: sort.sort as 'ref', dir: sort.dir, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [debounced, source, status, sort.sort, sort.dir, page],
  );
  const remove = (o: Opportunity) => confirmDelete(`improvement ${o.ref}`, (confirm) => api.improvement.opportunityDelete({ id: o.id, confirm }), () => notifySaved('Improvement deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <TextInput placeholder="Search improvements (IMP-002)" leftSection={<IconSearch size={16} />} aria-label="Search improvements" value={search} onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))} w={300} />
          <Select aria-label="Improvement status filter" w={170} allowDeselect={false} value={status} onChange={(v) => (setStatus(v), setPage(1))} data={[{ value: 'all', label: 'All' }, ...IMPROVEMENT_STATUSES.map((s) => ({ value: s, label: OPPORTUNITY_STATUS_LABEL[s] }))]} />
        </Group>
        <Button onClick={onNew}>{source === 'planning' ? 'Record opportunity' : 'Record improvement'}</Button>
      </Group>
      <RegisterTable
        caption={source === 'planning' ? 'Opportunities (6.1.1)' : 'Improvement register'}
        columns={columns}
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        sort={sort}
        onSort={(s) => (setSort(s), setPage(1))}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        onRowOpen={onEdit}
        empty={<Text c="dimmed">{debounced || status !== 'all' ? 'No improvements match.' : source === 'planning' ? 'No opportunities yet. Look at the strengths and opportunities among the 4.1 issues and at what interested parties ask for: what could go well for the ISMS?' : 'No opportunities recorded yet: from audits (OFIs), management reviews, metrics or suggestions.'}</Text>}
        actions={(o) => <RowActions name={rowName('improvement', o.title, o.ref)} onEdit={() => onEdit(o)} onDelete={() => remove(o)} historyId={o.id} />}
      />
    </Stack>
  );
}
