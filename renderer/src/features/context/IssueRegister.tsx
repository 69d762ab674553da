import { useState } from 'react';
import { Badge, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { Issue } from '../../../../shared/contract/context';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { BulkBar } from '../../components/BulkBar/BulkBar';
import { notifySaved } from '../../notify';
import { CATEGORY_GUIDE, IMPACT_LABEL, KIND_LABEL, SWOT_LABEL } from './labels';

const PAGE_SIZE = 25;
const swotColor = { strength: 'teal', weakness: 'orange', opportunity: 'blue', threat: 'red' } as const;
const impactColor = { low: 'gray', medium: 'yellow', high: 'red' } as const;

const columns = (today: string): RegisterColumn<Issue>[] => [
  refColumn<Issue>(),
  {
    key: 'title',
    label: 'Issue',
    sortable: true,
    minWidth: 200,
    render: (i) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {i.title}
        </Text>
        {i.effect && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {i.effect}
          </Text>
        )}
      </Stack>
    ),
  },
  // Kind and category share a column so the register fits 1280 px; the filter above picks the kind.
  {
    key: 'category',
    label: 'Category',
    sortable: true,
    width: 110,
    render: (i) => (
      <Stack gap={0}>
        <Text size="sm">{CATEGORY_GUIDE[i.category].label}</Text>
        <Text size="xs" c="dimmed">
          {KIND_LABEL[i.kind]}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'swot',
    label: 'SWOT',
    sortable: true,
    width: 105,
    render: (i) => (
      <Badge variant="light" color={swotColor[i.swot]}>
        {SWOT_LABEL[i.swot]}
      </Badge>
    ),
  },
  {
    key: 'impact',
    label: 'Impact',
    sortable: true,
    width: 75,
    render: (i) => (
      <Badge variant="dot" color={impactColor[i.impact]}>
        {IMPACT_LABEL[i.impact]}
      </Badge>
    ),
  },
  { key: 'owner', label: 'Owner', width: 110, render: (i) => i.ownerName ?? <Text c="dimmed" size="sm">—</Text> },
  {
    key: 'reviewDate',
    label: 'Review by',
    sortable: true,
    width: 90,
    render: (i) =>
      i.reviewDate ? (
        <Text size="sm" c={i.reviewDate < today ? 'red' : undefined} fw={i.reviewDate < today ? 600 : undefined}>
          {i.reviewDate}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          not set
        </Text>
      ),
  },
];

/** The 4.1 register: search, filter, sort and page in the main process; edit and delete here. */
export function IssueRegister({ onEdit, onNew }: { onEdit: (issue: Issue) => void; onNew: () => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [kind, setKind] = useState<'all' | 'external' | 'internal'>('all');
  const [sort, setSort] = useState<SortState>({ sort: 'title', dir: 'asc' });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useCall(
    () =>
      api.context.list({
        search: debounced,
        kind: kind === 'all' ? undefined : kind,
        sort: sort.sort as 'title',
        dir: sort.dir,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [debounced, kind, sort.sort, sort.dir, page],
  );
  const today = new Date().toISOString().slice(0, 10);
  const remove = (issue: Issue) =>
    confirmDelete(`"${issue.title}"`, () => api.context.delete({ id: issue.id }), () => notifySaved('Issue deleted.'));

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <TextInput
            placeholder="Search issues or ids (CTX-004)"
            leftSection={<IconSearch size={16} />}
            aria-label="Search issues"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            w={280}
          />
          <SegmentedControl
            aria-label="Show"
            value={kind}
            onChange={(v) => {
              setKind(v as typeof kind);
              setPage(1);
            }}
            data={[
              { value: 'all', label: 'All' },
              { value: 'external', label: 'External' },
              { value: 'internal', label: 'Internal' },
            ]}
          />
        </Group>
        <Button onClick={onNew} data-shortcut="new" aria-keyshortcuts="Alt+N">
          New issue
        </Button>
      </Group>
      <BulkBar
        noun="issue"
        selected={selected}
        onClear={() => setSelected([])}
        fields={{ owner: true, reviewDate: true }}
        apply={(ids, change) => api.context.updateMany({ ids, ...change })}
      />
      <RegisterTable
        caption="Internal and external issues"
        columns={columns(today)}
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        sort={sort}
        onSort={(s) => {
          setSort(s);
          setPage(1);
        }}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        onRowOpen={onEdit}
        selection={{ selected, onChange: setSelected, rowLabel: (issue) => `Select ${issue.ref} ${issue.title}` }}
        empty={<Text c="dimmed">{debounced || kind !== 'all' ? 'No issues match.' : 'No issues recorded yet. Start with the guided wizard or add one here.'}</Text>}
        actions={(issue) => <RowActions name={rowName('issue', issue.title, issue.ref)} onEdit={() => onEdit(issue)} onDelete={() => remove(issue)} />}
      />
    </Stack>
  );
}
