import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { Campaign } from '../../../../shared/contract/awareness';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';

const columns: RegisterColumn<Campaign>[] = [
  refColumn<Campaign>(),
  { key: 'heldOn', label: 'Held', width: 105, render: (c) => c.heldOn },
  {
    key: 'topic',
    label: 'Campaign',
    minWidth: 200,
    render: (c) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {c.topic}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {c.audience === 'everyone' ? 'Everyone' : 'Chosen roles and people'}
          {c.materialFile ? ` · ${c.materialFile.name}` : c.materialLink ? ' · linked material' : ''}
        </Text>
      </Stack>
    ),
  },
  { key: 'reached', label: 'Reached', width: 90, render: (c) => `${c.attended} of ${c.audienceSize}` },
  { key: 'score', label: 'Quiz average', width: 100, render: (c) => c.averageScore ?? '—' },
  { key: 'effectiveness', label: 'Rating', width: 90, render: (c) => (c.effectiveness ? <Badge variant="light">{c.effectiveness} of 5</Badge> : <Text size="sm" fs="italic">not rated</Text>) },
];

/** Every awareness campaign, newest first. */
export function CampaignsPanel({ onOpen, onEdit, onNew }: { onOpen: (c: Campaign) => void; onEdit: (c: Campaign) => void; onNew: () => void }) {
  const list = useCall(() => api.awareness.campaignList({}), []);
  const rows = list.data ?? [];
  const none = () => undefined;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Open a campaign to tick who it reached and enter quiz scores.
        </Text>
        <Button onClick={onNew}>Record campaign</Button>
      </Group>
      <RegisterTable
        caption="Awareness campaigns"
        columns={columns}
        rows={rows}
        total={rows.length}
        sort={{ sort: 'heldOn', dir: 'desc' }}
        onSort={none}
        page={1}
        pageSize={Math.max(rows.length, 1)}
        onPage={none}
        onRowOpen={onOpen}
        empty={<Text c="dimmed">No awareness campaigns recorded yet.</Text>}
        actions={(c) => <RowActions name={rowName('campaign', c.topic, c.ref)} onEdit={() => onEdit(c)} onDelete={() => confirmDelete(`campaign ${c.ref}`, (confirm) => api.awareness.campaignDelete({ id: c.id, confirm }), () => notifySaved('Campaign deleted.'))} historyId={c.id} />}
      />
    </Stack>
  );
}
