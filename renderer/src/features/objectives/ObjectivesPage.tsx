import { Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { OBJECTIVE_STATUS_LABEL, type Objective } from '../../../../shared/contract/objectives';
import { isSmart } from '../../../../shared/objectives';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { titleWithRef, RefBadge } from '../../components/RefBadge/RefBadge';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { ObjectiveForm } from './ObjectiveForm';
import { ObjectiveRegister } from './ObjectiveRegister';
import { ProgressForm } from './ProgressForm';
import { SmartList } from './SmartCheck';

const STEPS = ['About 6.2', 'Objectives', 'SMART check', 'Progress', 'Summary'] as const;

const EXPLANATION = [
  'Objectives turn the information security policy into results you can check: fewer incidents, faster patching, everyone trained. Each one needs a plan: what will be done, what it needs, who is responsible, by when, and how you will tell whether it worked.',
  'The SMART check reads each objective and says, letter by letter, what is still missing. Link each objective to the policy it supports and to the risks it addresses, and give it a target value with its unit (a 9.1 metric can take over once metrics are recorded).',
  'Record progress regularly; every entry is kept, so the status history shows how the objective was monitored.',
];

function SmartStep({ objectives, onEdit }: { objectives: Objective[]; onEdit: (o: Objective) => void }) {
  if (!objectives.length) return <Text c="dimmed">Add objectives first.</Text>;
  const passing = objectives.filter((o) => isSmart(o.smart)).length;
  return (
    <Stack gap="sm">
      <Text size="sm">{passing} of {objectives.length} objectives pass every letter.</Text>
      <SimpleGrid cols={3} spacing="sm">
        {objectives.map((o) => (
          <Paper key={o.id} withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" mb="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                <RefBadge value={o.ref} />
                <Text size="sm" fw={600} lineClamp={2}>{o.title}</Text>
              </Group>
              <Button size="compact-xs" variant="light" onClick={() => onEdit(o)} aria-label={`Edit ${o.ref}`} style={{ flexShrink: 0 }}>
                Edit
              </Button>
            </Group>
            <SmartList smart={o.smart} />
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ProgressStep({ objectives, onProgress }: { objectives: Objective[]; onProgress: (o: Objective) => void }) {
  if (!objectives.length) return <Text c="dimmed">Add objectives first.</Text>;
  return (
    <Stack gap="md">
      {objectives.map((o) => (
        <Paper key={o.id} withBorder p="sm">
          <Group justify="space-between" mb={o.history.length ? 'xs' : 0}>
            <Group gap="xs">
              <RefBadge value={o.ref} />
              <Text size="sm" fw={600}>{o.title}</Text>
              <Badge variant="light" color={o.status === 'at-risk' ? 'orange' : 'teal'}>{OBJECTIVE_STATUS_LABEL[o.status]} · {o.progress} %</Badge>
            </Group>
            <Button size="compact-sm" variant="light" onClick={() => onProgress(o)} aria-label={`Record progress for ${o.ref}`}>
              Record progress
            </Button>
          </Group>
          {o.history.length ? (
            <Table withRowBorders={false} verticalSpacing={2} aria-label={`Status history of ${o.ref}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>Recorded on</Table.Th>
                  <Table.Th w={120}>Status</Table.Th>
                  <Table.Th w={90}>Progress</Table.Th>
                  <Table.Th w={110}>Measured</Table.Th>
                  <Table.Th>Note</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...o.history].reverse().map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{h.recordedOn}</Table.Td>
                    <Table.Td>{OBJECTIVE_STATUS_LABEL[h.status]}</Table.Td>
                    <Table.Td>{h.progress} %</Table.Td>
                    <Table.Td>{h.currentValue === null ? '—' : `${h.currentValue} ${o.targetUnit}`}</Table.Td>
                    <Table.Td>{h.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="xs" c="dimmed">No progress recorded yet.</Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** Clause 6.2: objectives with their plans, the SMART check, and progress over time. */
export function ObjectivesPage() {
  const [step, setStep] = useWizardStep(STEPS.length, 1);
  const list = useCall(() => api.objectives.list({}), []);
  const clause = useClauseReadiness('6.2', list.data);
  const objectives = list.data ?? [];
  const dialog = useRecordDialog<Objective>('objective', list.data);
  const progress = useRecordDialog<Objective>('progress', list.data);
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="6.2 Information security objectives" intro="What the organisation wants to achieve for information security, and how it will get there." clause={clause} />
      <DocumentControlPanel documentKey="objectives-plan" />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="lg" aria-label="6.2 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${objectives.length} objectives`}>
            <ObjectiveRegister objectives={objectives} onEdit={dialog.openEdit} onNew={() => dialog.openNew()} onProgress={progress.openEdit} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${objectives.filter((o) => isSmart(o.smart)).length} of ${objectives.length} SMART`}>
            <Title order={2} size="h4" mb="sm">SMART check</Title>
            <SmartStep objectives={objectives} onEdit={dialog.openEdit} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[3]} description="Status history">
            <ProgressStep objectives={objectives} onProgress={progress.openEdit} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[4]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause} />
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={dialog.editing !== null} onClose={dialog.close} title={dialog.editing?.record ? titleWithRef('Edit objective', dialog.editing.record.ref) : 'New objective'} size="80rem">
        {dialog.editing && <ObjectiveForm objective={dialog.editing.record} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={progress.editing?.record !== undefined} onClose={progress.close} title={progress.editing?.record ? `Progress of ${progress.editing.record.ref}: ${progress.editing.record.title}` : ''} size="lg">
        {progress.editing?.record && <ProgressForm objective={progress.editing.record} onDone={progress.close} />}
      </FormDialog>
    </Stack>
  );
}
