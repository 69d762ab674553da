import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { OBJECTIVE_STATUS_LABEL, type Objective } from '../../../../shared/contract/objectives';
import { RAG_LABEL } from '../../../../shared/metrics/status';
import { api } from '../../api/client';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { SmartBadges } from './SmartCheck';
import { useLocalRegister } from './localRegister';

const target = (o: Objective) => (o.targetValue === null ? '—' : `${o.targetValue} ${o.targetUnit}`.trim());

export function ObjectiveRegister({ objectives, onEdit, onNew, onProgress }: { objectives: Objective[]; onEdit: (o: Objective) => void; onNew: () => void; onProgress: (o: Objective) => void }) {
  const table = useLocalRegister(objectives, { title: (o) => o.title.toLowerCase(), owner: (o) => o.ownerName, progress: (o) => o.progress });
  const remove = (o: Objective) => confirmDelete(`the objective "${o.title}"`, (confirm) => api.objectives.delete({ id: o.id, confirm }), () => notifySaved('Objective deleted.'));
  const columns: RegisterColumn<Objective>[] = [
    refColumn(),
    {
      key: 'title',
      label: 'Objective',
      sortable: true,
      minWidth: 200,
      render: (o) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>{o.title}</Text>
          <Text size="xs" c="dimmed">Target: {target(o)} · due {o.dueDate ?? 'not set'}</Text>
          {o.metric && (
            <Text size="xs" c="dimmed">
              Measured by {o.metric.ref}: {o.metric.latest ? `${o.metric.latest.value} ${o.metric.unit}`.trim() + ` in ${o.metric.latest.period} (${RAG_LABEL[o.metric.latest.status].toLowerCase()})` : 'no value yet'}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'owner', label: 'Responsible', sortable: true, width: 120, render: (o) => <Text size="sm" fs={o.ownerName ? undefined : 'italic'}>{o.ownerName ?? 'nobody yet'}</Text> },
    { key: 'smart', label: 'SMART', width: 132, render: (o) => <SmartBadges smart={o.smart} /> },
    {
      key: 'progress',
      label: 'Status',
      sortable: true,
      width: 140,
      render: (o) => (
        <Stack gap={4}>
          <Text size="xs">{OBJECTIVE_STATUS_LABEL[o.status]} · {o.progress} %</Text>
          <Progress value={o.progress} size="sm" aria-label={`${o.ref} progress`} color={o.status === 'at-risk' ? 'orange' : 'teal'} />
          <Button size="compact-xs" variant="light" onClick={() => onProgress(o)} aria-label={`Record progress for ${o.ref}`} w="fit-content">
            Record progress
          </Button>
        </Stack>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
          Add objective
        </Button>
      </Group>
      <RegisterTable
        caption="Information security objectives"
        columns={columns}
        {...table}
        empty={<Text c="dimmed">No objectives yet. Add the first one: what the organisation wants to achieve for information security.</Text>}
        onRowOpen={onEdit}
        actions={(o) => <RowActions name={rowName('objective', o.title, o.ref)} historyId={o.id} onEdit={() => onEdit(o)} onDelete={() => remove(o)} />}
      />
    </Stack>
  );
}
