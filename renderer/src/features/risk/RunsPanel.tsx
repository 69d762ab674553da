import { useState } from 'react';
import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { RunComparison } from '../../../../shared/contract/risk';
import { LEVEL_LABEL } from '../../../../shared/contract/riskMethod';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
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
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [cmp, setCmp] = useState<RunComparison | null>(null);
  const data = (runs.data ?? []).map((r) => ({ value: r.id, label: `${r.ref} ${r.name} (${r.runDate})` }));
  const create = () =>
    api.risk.runCreate({ name, runDate: date!, reason }).then((r) => (notifySaved(`${r.ref} recorded with ${r.riskCount} risks.`), setName('')), notifyError);
  const compare = () => api.risk.runCompare({ fromId: from!, toId: to! }).then(setCmp, notifyError);
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
      <Table aria-label="Assessment runs">
        <Table.Tbody>
          {(runs.data ?? []).map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td w={90}>
                <RefBadge value={r.ref} />
              </Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.runDate}</Table.Td>
              <Table.Td>{r.reason === 'planned' ? 'Planned interval' : 'Significant change'}</Table.Td>
              <Table.Td>{r.riskCount} risks</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <Select label="Compare" data={data} value={from} onChange={setFrom} w={280} />
        <Select label="with" data={data} value={to} onChange={setTo} w={280} />
        <Button variant="light" disabled={!from || !to} onClick={() => void compare()}>
          Compare runs
        </Button>
      </Group>
      {cmp && (
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
