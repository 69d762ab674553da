import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Plan, Training } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { downloadAttachment } from '../attachments/files';
import { PLAN_STATUS_LABEL } from './labels';

const planColumns: RegisterColumn<Plan>[] = [
  refColumn<Plan>(),
  {
    key: 'skill',
    label: 'Person and skill',
    minWidth: 240,
    render: (p) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {p.skillName}
        </Text>
        <Text size="xs" c="dimmed">
          {p.personName}
          {p.note ? ` · ${p.note}` : ''}
        </Text>
      </Stack>
    ),
  },
  { key: 'level', label: 'Level now → target', width: 150, render: (p) => `${p.currentLevel} → ${p.targetLevel}` },
  { key: 'dueDate', label: 'Due', width: 105, render: (p) => <Text size="sm" c={p.overdue ? 'red.9' : undefined} fw={p.overdue ? 600 : undefined}>{p.dueDate}{p.overdue ? ' (overdue)' : ''}</Text> },
  { key: 'status', label: 'Status', width: 100, render: (p) => <Badge variant="light" color={p.status === 'done' ? 'teal' : p.status === 'cancelled' ? 'gray' : 'blue'}>{PLAN_STATUS_LABEL[p.status]}</Badge> },
];

const trainingColumns: RegisterColumn<Training>[] = [
  refColumn<Training>(),
  { key: 'completedOn', label: 'Completed', width: 105, render: (t) => t.completedOn },
  {
    key: 'title',
    label: 'Training',
    minWidth: 220,
    render: (t) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t.title}
        </Text>
        <Text size="xs" c="dimmed">
          {t.personName}
          {t.provider ? ` · ${t.provider}` : ''}
          {t.planRef ? ` · plan ${t.planRef}` : ''}
        </Text>
      </Stack>
    ),
  },
  { key: 'skillReached', label: 'Level reached', width: 170, render: (t) => (t.skillName ? `${t.skillName}${t.levelReached ? `: ${t.levelReached}` : ''}` : '—') },
  {
    key: 'evidence',
    label: 'Evidence',
    width: 190,
    render: (t) =>
      t.evidence.length ? (
        <Stack gap={0}>
          {t.evidence.map((e) => (
            <Anchor key={e.id} component="button" type="button" size="sm" ta="left" onClick={() => void downloadAttachment(e.attachment.id)} lineClamp={1}>
              {e.attachment.name}
            </Anchor>
          ))}
        </Stack>
      ) : (
        <Text size="sm" fs="italic">
          no file
        </Text>
      ),
  },
];

/** 7.2 c) and d): training plans and the training records that carry them out. */
export function TrainingPanel({ onPlan, onEditPlan, onRecord, onEditTraining }: { onPlan: () => void; onEditPlan: (p: Plan) => void; onRecord: () => void; onEditTraining: (t: Training) => void }) {
  const plans = useCall(() => api.competence.planList({}), []);
  const records = useCall(() => api.competence.trainingList({}), []);
  const p = plans.data ?? [];
  const t = records.data ?? [];
  const none = () => undefined;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>Training plans</Title>
        <Button onClick={onPlan}>Plan training</Button>
      </Group>
      <RegisterTable
        caption="Training plans"
        columns={planColumns}
        rows={p}
        total={p.length}
        sort={{ sort: 'dueDate', dir: 'asc' }}
        onSort={none}
        page={1}
        pageSize={Math.max(p.length, 1)}
        onPage={none}
        onRowOpen={onEditPlan}
        empty={<Text c="dimmed">No training planned. Plan training for the gaps the audits and the gap view show.</Text>}
        actions={(x) => <RowActions name={rowName('training plan', `${x.personName} ${x.skillName}`, x.ref)} onEdit={() => onEditPlan(x)} onDelete={() => confirmDelete(`training plan ${x.ref}`, (confirm) => api.competence.planDelete({ id: x.id, confirm }), () => notifySaved('Training plan deleted.'))} historyId={x.id} />}
      />
      <Group justify="space-between" mt="md">
        <Title order={4}>Training records</Title>
        <Button onClick={onRecord}>Record training</Button>
      </Group>
      <RegisterTable
        caption="Training records"
        columns={trainingColumns}
        rows={t}
        total={t.length}
        sort={{ sort: 'completedOn', dir: 'desc' }}
        onSort={none}
        page={1}
        pageSize={Math.max(t.length, 1)}
        onPage={none}
        empty={<Text c="dimmed">No training recorded yet.</Text>}
        actions={(x) => <RowActions name={rowName('training record', x.title, x.ref)} onEdit={() => onEditTraining(x)} onDelete={() => confirmDelete(`training record ${x.ref}`, () => api.competence.trainingDelete({ id: x.id }), () => notifySaved('Training record deleted.'))} historyId={x.id} />}
      />
    </Stack>
  );
}
