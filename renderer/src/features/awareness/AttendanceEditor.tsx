import { Badge, Button, Checkbox, Group, NumberInput, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CampaignDetail } from '../../../../shared/contract/awareness';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { DraftNotice } from '../../components/DraftNotice/DraftNotice';
import { useDraftState } from '../../drafts/useDraftState';
import { notifyError, notifySaved } from '../../notify';

type Rows = Record<string, number | null>;

/** Who a campaign reached, ticked from the people register, with quiz scores; saved as one list. */
export function AttendanceEditor({ campaign }: { campaign: CampaignDetail }) {
  const people = useCall(() => api.people.list({ limit: 500, sort: 'name' }), []);
  const saved: Rows = Object.fromEntries(campaign.attendance.map((a) => [a.personId, a.quizScore]));
  const draft = useDraftState<Rows>(`attendance:${campaign.id}`, 'Attendance', saved);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const audience = new Set([...campaign.attendance.map((a) => a.personId), ...campaign.missing.map((m) => m.personId)]);
  const list = (people.data?.items ?? []).filter((p) => p.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const toggle = (id: string, on: boolean) =>
    draft.set((prev) => {
      const next = { ...prev };
      if (on) next[id] = null;
      else delete next[id];
      return next;
    });
  const save = async () => {
    setBusy(true);
    try {
      await api.awareness.attendanceSave({ campaignId: campaign.id, rows: Object.entries(draft.value).map(([personId, quizScore]) => ({ personId, quizScore })) });
      draft.clear();
      notifySaved('Attendance saved.');
    } catch (err) {
      notifyError(err, 'The attendance was not saved');
    } finally {
      setBusy(false);
    }
  };
  const ticked = Object.keys(draft.value).length;
  return (
    <Stack gap="xs">
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <Group justify="space-between">
        <TextInput aria-label="Filter people" placeholder="Filter people" w={260} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
        <Group gap="xs">
          <Text size="sm">{ticked} reached</Text>
          <Button variant="default" size="xs" onClick={() => draft.set(Object.fromEntries([...audience].map((id) => [id, draft.value[id] ?? null])))}>
            Tick the whole audience
          </Button>
          <Button size="xs" disabled={!draft.dirty} loading={busy} onClick={() => void save()}>
            Save attendance
          </Button>
        </Group>
      </Group>
      <ScrollArea.Autosize mah={330}>
        <Table striped aria-label="Attendance">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Reached</Table.Th>
              <Table.Th>Person</Table.Th>
              <Table.Th w={170}>Quiz score (0-100)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((p) => {
              const on = p.id in draft.value;
              return (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Checkbox aria-label={`${p.name} reached`} checked={on} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{p.name}</Text>
                      {audience.has(p.id) && campaign.audience === 'chosen' && (
                        <Badge size="xs" variant="light">
                          audience
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput aria-label={`Quiz score of ${p.name}`} size="xs" min={0} max={100} allowDecimal={false} clampBehavior="strict" disabled={!on} value={draft.value[p.id] ?? ''} onChange={(n) => draft.set((prev) => ({ ...prev, [p.id]: typeof n === 'number' ? n : null }))} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
