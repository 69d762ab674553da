import { useState } from 'react';
import { Button, Card, Grid, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { Person } from '../../../../shared/contract/people';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { ImportPeople } from './ImportPeople';
import { PersonForm } from './PersonForm';
import { UnitsPanel } from './UnitsPanel';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';

const PAGE_SIZE = 25;

/** The people register: every later area names owners, approvers and auditors from here. */
export function PeoplePage() {
  const [importing, setImporting] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [sort, setSort] = useState<SortState>({ sort: 'name', dir: 'asc' });
  const [page, setPage] = useState(1);
  const units = useCall(() => api.people.unitList({}), []);
  const list = useCall(
    () => api.people.list({ search: debounced, unitId: unitId ?? undefined, sort: sort.sort as 'name', dir: sort.dir, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [debounced, unitId, sort.sort, sort.dir, page],
  );
  const dialog = useRecordDialog<Person>('person', list.data?.items);
  const editing = dialog.editing;
  const remove = (p: Person) => confirmDelete(`${p.name}`, (confirm) => api.people.delete({ id: p.id, confirm }), () => notifySaved('Person deleted.'));

  return (
    <Stack gap="lg" maw={1280}>
      <Stack gap={2}>
        <Title order={2}>People and organisation units</Title>
        <Text c="dimmed">Everyone who owns, approves, audits or takes part in the ISMS.</Text>
      </Stack>
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <UnitsPanel units={units.data ?? []} selected={unitId} onSelect={(id) => (setUnitId(id), setPage(1))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Card>
            <Group justify="space-between" mb="md">
              <TextInput
                placeholder="Search people or ids (PER-002)"
                aria-label="Search people"
                leftSection={<IconSearch size={16} />}
                value={search}
                onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))}
                w={280}
              />
              <Group gap="xs">
                <Button variant="default" onClick={() => setImporting(true)}>
                  Import from file
                </Button>
                <Button onClick={() => dialog.openNew()} data-shortcut="new" aria-keyshortcuts="Alt+N">
                  Add person
                </Button>
              </Group>
            </Group>
            <RegisterTable
              caption="People"
              columns={[
                refColumn<Person>(),
                { key: 'name', label: 'Name', sortable: true, minWidth: 130, render: (p) => <Text size="sm" fw={500}>{p.name}</Text> },
                { key: 'jobTitle', label: 'Job title', sortable: true, render: (p) => p.jobTitle },
                { key: 'unitName', label: 'Unit', sortable: true, minWidth: 110, render: (p) => p.unitName ?? '' },
                { key: 'email', label: 'Email', sortable: true, render: (p) => p.email },
              ]}
              rows={list.data?.items ?? []}
              total={list.data?.total ?? 0}
              sort={sort}
              onSort={(s) => (setSort(s), setPage(1))}
              page={page}
              pageSize={PAGE_SIZE}
              onPage={setPage}
              onRowOpen={dialog.openEdit}
              empty={<Text c="dimmed">{debounced || unitId ? 'Nobody matches.' : 'No people yet. Add the people who will own and run the ISMS.'}</Text>}
              actions={(p) => <RowActions name={rowName('person', p.name, p.ref)} onEdit={() => dialog.openEdit(p)} onDelete={() => remove(p)} />}
            />
          </Card>
        </Grid.Col>
      </Grid>
      <Modal opened={importing} onClose={() => setImporting(false)} title="Import people and units" size="xl">
        {importing && <ImportPeople onDone={() => setImporting(false)} />}
      </Modal>
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.record ? titleWithRef('Edit person', editing.record.ref) : 'New person'}>
        {editing && <PersonForm person={editing.record} units={units.data ?? []} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
