import { Alert, Badge, Button, Card, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { CHANGE_STATUS_LABEL, type IsmsChange } from '../../../../shared/contract/objectives';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { confirmDelete } from '../../components/confirmDelete';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { notifySaved } from '../../notify';
import { ChangeForm } from './ChangeForm';
import { DecideForm } from './DecideForm';
import { useLocalRegister } from './localRegister';

const STEPS = ['About 6.3', 'Change log', 'Summary'] as const;
const EXPLANATION = [
  'When the ISMS itself changes (a new location, a new cloud service, a reorganisation, a new process), the change should be planned rather than just happen.',
  'Record each change: what changes, why, what it affects (scope, risks, controls, people, documents), what it needs, who owns it and when it is planned. The person who may approve decides on it, and the log keeps who decided and when. Once carried out, record the date.',
];
const STATUS_COLOR: Record<IsmsChange['status'], string> = { proposed: 'blue', approved: 'teal', rejected: 'gray', done: 'green' };

function ChangeLog({ changes, onEdit, onNew, onDecide }: { changes: IsmsChange[]; onEdit: (c: IsmsChange) => void; onNew: () => void; onDecide: (c: IsmsChange) => void }) {
  const table = useLocalRegister(changes, { title: (c) => c.title.toLowerCase(), planned: (c) => c.plannedOn, status: (c) => c.status });
  const remove = (c: IsmsChange) => confirmDelete(`the change "${c.title}"`, (confirm) => api.objectives.changeDelete({ id: c.id, confirm }), () => notifySaved('Change deleted.'));
  const columns: RegisterColumn<IsmsChange>[] = [
    refColumn(),
    {
      key: 'title',
      label: 'What changes',
      sortable: true,
      minWidth: 190,
      render: (c) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>{c.title}</Text>
          {c.rationale && <Text size="xs" c="dimmed" lineClamp={1}>Why: {c.rationale}</Text>}
        </Stack>
      ),
    },
    { key: 'impact', label: 'Impact', minWidth: 140, render: (c) => <Text size="xs" lineClamp={3}>{c.impact || '—'}</Text> },
    {
      key: 'planned',
      label: 'Owner, planned',
      sortable: true,
      width: 130,
      render: (c) => (
        <Stack gap={0}>
          <Text size="sm">{c.ownerName ?? 'no owner'}</Text>
          <Text size="xs" c="dimmed">{c.plannedOn ?? 'no date'}</Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      label: 'Decision',
      sortable: true,
      width: 150,
      render: (c) => (
        <Stack gap={2} align="flex-start">
          <Badge variant="light" color={STATUS_COLOR[c.status]}>{CHANGE_STATUS_LABEL[c.status]}</Badge>
          {c.approverName && <Text size="xs" c="dimmed">{c.approverName}, {c.decidedOn}</Text>}
          {c.decision === 'proposed' && (
            <Button size="compact-xs" variant="light" onClick={() => onDecide(c)} aria-label={`Decide on ${c.ref}`}>Decide</Button>
          )}
        </Stack>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>Add change</Button>
      </Group>
      <RegisterTable
        caption="Planned changes to the ISMS"
        columns={columns}
        {...table}
        empty={<Text c="dimmed">No changes recorded yet.</Text>}
        onRowOpen={onEdit}
        actions={(c) => <RowActions name={rowName('change', c.title, c.ref)} historyId={c.id} onEdit={() => onEdit(c)} onDelete={() => remove(c)} />}
      />
    </Stack>
  );
}

/** Clause 6.3: the log of planned changes to the ISMS, each decided by someone who may approve. */
export function ChangesPage() {
  const [step, setStep] = useWizardStep(STEPS.length, 1);
  const list = useCall(() => api.objectives.changeList({}), []);
  const clause = useClauseReadiness('6.3', list.data);
  const changes = list.data ?? [];
  const dialog = useRecordDialog<IsmsChange>('change', list.data);
  const decide = useRecordDialog<IsmsChange>('decide', list.data);
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="6.3 Planning of changes" intro="Changes to the management system are planned, explained and approved." clause={clause} />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="lg" aria-label="6.3 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${changes.length} changes`}>
            <ChangeLog changes={changes} onEdit={dialog.openEdit} onNew={() => dialog.openNew()} onDecide={decide.openEdit} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause} />
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={dialog.editing !== null} onClose={dialog.close} title={dialog.editing?.record ? titleWithRef('Edit change', dialog.editing.record.ref) : 'New planned change'} size="xl">
        {dialog.editing && <ChangeForm change={dialog.editing.record} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={decide.editing?.record !== undefined} onClose={decide.close} title={decide.editing?.record ? `Decide on ${decide.editing.record.ref}: ${decide.editing.record.title}` : ''} size="lg">
        {decide.editing?.record && <DecideForm change={decide.editing.record} onDone={decide.close} />}
      </FormDialog>
    </Stack>
  );
}
