import { Alert, Badge, Button, Card, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { RESOURCE_KIND_LABEL, RESOURCE_STATUS_LABEL, type ResourceLine } from '../../../../shared/contract/resources';
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
import { ResourceForm } from './ResourceForm';
import { useLocalRegister } from './localRegister';

const STEPS = ['About 7.1', 'Resources', 'Summary'] as const;
const EXPLANATION = [
  'The ISMS needs people, time, money, tools and outside help. Decide what is needed and make sure it is provided.',
  'Record each resource or budget line with its amount and unit, who owns it and when it is needed, and link it to the 6.2 objective or the 6.1.3 treatment action it serves, so an auditor can see that plans are funded.',
];
const STATUS_COLOR: Record<ResourceLine['status'], string> = { requested: 'blue', approved: 'teal', provided: 'green' };

/** Totals per unit ("12,000 EUR · 30 days"), never adding different units together. */
export function totalsByUnit(lines: ResourceLine[]): string {
  const sums = new Map<string, number>();
  for (const l of lines) if (l.amount !== null) sums.set(l.unit || 'no unit', (sums.get(l.unit || 'no unit') ?? 0) + l.amount);
  return [...sums].map(([unit, n]) => `${n.toLocaleString('en-GB')} ${unit}`).join(' · ') || 'no amounts yet';
}

function ResourceRegister({ lines, onEdit, onNew }: { lines: ResourceLine[]; onEdit: (l: ResourceLine) => void; onNew: () => void }) {
  const table = useLocalRegister(lines, { title: (l) => l.title.toLowerCase(), amount: (l) => l.amount, needed: (l) => l.neededBy, status: (l) => l.status });
  const remove = (l: ResourceLine) => confirmDelete(`the resource line "${l.title}"`, (confirm) => api.competence.resourceDelete({ id: l.id, confirm }), () => notifySaved('Resource line deleted.'));
  const columns: RegisterColumn<ResourceLine>[] = [
    refColumn(),
    {
      key: 'title',
      label: 'Resource',
      sortable: true,
      minWidth: 180,
      render: (l) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>{l.title}</Text>
          <Text size="xs" c="dimmed">{RESOURCE_KIND_LABEL[l.kind]}</Text>
        </Stack>
      ),
    },
    {
      key: 'amount',
      label: 'Amount',
      sortable: true,
      width: 110,
      render: (l) => (
        <Stack gap={2} align="flex-start">
          <Text size="sm">{l.amount === null ? '—' : `${l.amount.toLocaleString('en-GB')} ${l.unit}`}</Text>
          <Badge size="sm" variant="light" color={STATUS_COLOR[l.status]}>{RESOURCE_STATUS_LABEL[l.status]}</Badge>
        </Stack>
      ),
    },
    {
      key: 'serves',
      label: 'Serves',
      minWidth: 170,
      render: (l) => (
        <Stack gap={0}>
          {l.objective && <Text size="xs">Objective {l.objective.ref} {l.objective.title}</Text>}
          {l.treatmentAction && <Text size="xs">Action {l.treatmentAction.ref} {l.treatmentAction.title} ({l.treatmentAction.riskRef})</Text>}
          {!l.objective && !l.treatmentAction && <Text size="xs" fs="italic">not linked</Text>}
        </Stack>
      ),
    },
    {
      key: 'needed',
      label: 'Owner, needed by',
      sortable: true,
      width: 130,
      render: (l) => (
        <Stack gap={0}>
          <Text size="sm">{l.ownerName ?? 'no owner'}</Text>
          <Text size="xs" c="dimmed">{l.neededBy ?? 'no date'}</Text>
        </Stack>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">Total: {totalsByUnit(lines)}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>Add resource line</Button>
      </Group>
      <RegisterTable
        caption="Resources and budget"
        columns={columns}
        {...table}
        empty={<Text c="dimmed">No resource lines yet.</Text>}
        onRowOpen={onEdit}
        actions={(l) => <RowActions name={rowName('resource line', l.title, l.ref)} historyId={l.id} onEdit={() => onEdit(l)} onDelete={() => remove(l)} />}
      />
    </Stack>
  );
}

/** Clause 7.1: resource and budget lines, each serving an objective or a treatment action. */
export function ResourcesPage() {
  const [step, setStep] = useWizardStep(STEPS.length, 1);
  const list = useCall(() => api.competence.resourceList({}), []);
  const clause = useClauseReadiness('7.1', list.data);
  const lines = list.data ?? [];
  const dialog = useRecordDialog<ResourceLine>('resource', list.data);
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="7.1 Resources" intro="What the ISMS needs in people, time, money and tools, and that it is provided." clause={clause} />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="lg" aria-label="7.1 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${lines.length} lines`}>
            <ResourceRegister lines={lines} onEdit={dialog.openEdit} onNew={() => dialog.openNew()} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause} />
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={dialog.editing !== null} onClose={dialog.close} title={dialog.editing?.record ? titleWithRef('Edit resource line', dialog.editing.record.ref) : 'New resource line'} size="xl">
        {dialog.editing && <ResourceForm line={dialog.editing.record} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
