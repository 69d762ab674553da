import { useState } from 'react';
import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { RunComparison } from '../../../../shared/contract/risk';
import { LEVEL_LABEL } from '../../../../shared/contract/riskMethod';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useRouteParam } from '../../router';
import { RefBadge } from '../../components/RefBadge/RefBadge';
import { notifyError, notifySaved } from '../../notify';

function ChangeList({ title, items }: { title: string; items: RunComparison['added'] }) {
  return (
    <Card withBorder>
      <Text fw={600}>
        {title} ({items.length})
      </Text>
      {items.map((c) => (
        <Text size="sm" key={c.ref}>
          <RefBadge value={c.ref} /> {c.title}
          {c.from && c.to ? ` — ${LEVEL_LABEL[c.from.residualLevel ?? c.from.level]} → ${LEVEL_LABEL[c.to.residualLevel ?? c.to.level]}` : ''}
        </Text>
      ))}
    </Card>
  );
}

/** 8.2: dated assessment runs freeze every risk's scores; any two can be compared. */
export function RunsPanel() {
  const runs = useCall(() => api.risk.runList({}), []);
  const [name, setName] = useState('');
  const [date, setDate] = useState<string | null>(new Date().toISOString().slice(0, 10));
  const [reason, setReason] = useState<'planned' | 'change'>('planned');
  // The two runs compared are in the URL, so a reload keeps the comparison; by default the latest
  // run is compared with the one before it (the list comes newest first).
  const [fromParam, setFrom] = useRouteParam('run-from');
  const [toParam, setTo] = useRouteParam('run-to');
  const list = runs.data ?? [];
  const known = (id: string | null) => (id && list.some((r) => r.id === id) ? id : null);
  const from = known(fromParam) ?? list[1]?.id ?? null;
  const to = known(toParam) ?? list[0]?.id ?? null;
  const comparison = useCall(() => (from && to && from !== to ? api.risk.runCompare({ fromId: from, toId: to }) : Promise.resolve(null)), [from, to]);
  const cmp = comparison.data;
  const data = list.map((r) => ({ value: r.id, label: `${r.ref} ${r.name} (${r.runDate})` }));
  const create = () =>
    api.risk.runCreate({ name, runDate: date!, reason }).then((r) => (notifySaved(`${r.ref} recorded with ${r.riskCount} risks.`), setName('')), notifyError);
  return (
    <Stack>
      <Card withBorder>
        <Title order={5} mb="xs">
          Record an assessment run
        </Title>
        <Group align="flex-end">
          <TextInput label="Name" placeholder="Annual assessment 2026" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <DateInput label="Date" valueFormat="YYYY-MM-DD" value={date} onChange={(v) => setDate(v ? String(v).slice(0, 10) : null)} />
          <Select label="Why now" allowDeselect={false} data={[{ value: 'planned', label: 'Planned interval' }, { value: 'change', label: 'Significant change' }]} value={reason} onChange={(v) => setReason(v as 'planned' | 'change')} />
          <Button disabled={!name.trim() || !date} onClick={() => void create()}>
            Freeze the current scores
          </Button>
        </Group>
      </Card>
      {list.length === 0 ? (
        <Text c="dimmed">No assessment run yet. Record one to freeze today's scores; record another after the next review or a significant change, and the two can be compared here.</Text>
      ) : (
        <Table aria-label="Assessment runs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th w={120}>Date</Table.Th>
              <Table.Th w={180}>Why</Table.Th>
              <Table.Th w={110}>Risks frozen</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <RefBadge value={r.ref} />
                </Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.runDate}</Table.Td>
                <Table.Td>{r.reason === 'planned' ? 'Planned interval' : 'Significant change'}</Table.Td>
                <Table.Td>{r.riskCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.length === 1 && <Text size="sm" c="dimmed">Record a second run to compare it with {list[0].ref}.</Text>}
      {list.length > 1 && (
        <>
          <Title order={5}>Compare two runs</Title>
          <Group align="flex-end">
            <Select label="Earlier run" allowDeselect={false} data={data} value={from} onChange={setFrom} w={340} />
            <Select label="Later run" allowDeselect={false} data={data} value={to} onChange={setTo} w={340} />
          </Group>
          {from === to && <Text size="sm" c="orange.8">Choose two different runs.</Text>}
          {cmp && (
            <Text size="sm" data-testid="run-comparison-summary">
              {cmp.added.length} new, {cmp.closed.length} closed, {cmp.risen.length} risen, {cmp.fallen.length} fallen, {cmp.unchanged} unchanged. A risk has risen or fallen when the level that counts for it moved: its residual level, or its inherent level while no residual is estimated.
            </Text>
          )}
        </>
      )}
      {cmp && list.length > 1 && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <ChangeList title="New" items={cmp.added} />
          <ChangeList title="Closed" items={cmp.closed} />
          <ChangeList title="Risen" items={cmp.risen} />
          <ChangeList title="Fallen" items={cmp.fallen} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
