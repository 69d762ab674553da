import { useState } from 'react';
import { Badge, Button, Card, Checkbox, Group, Stack, Stepper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { IsmsProcess } from '../../../../shared/contract/scope';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { confirmDelete } from '../../components/confirmDelete';
import { useClauseReadiness } from '../../hooks';
import { notifySaved } from '../../notify';
import { ProcessForm } from './ProcessForm';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RefBadge, titleWithRef } from '../../components/RefBadge/RefBadge';
import { BulkBar } from '../../components/BulkBar/BulkBar';

const STEPS = ['About 4.4', 'Processes', 'Summary'] as const;

const EXPLANATION = [
  'An ISMS is a set of processes that work together: understanding the context, assessing and treating risks, running controls, measuring, auditing, reviewing and improving.',
  'The workbench starts you with its own areas as processes, each with typical inputs and outputs and the processes it feeds. Change them to match how your organisation really works, and give every process an owner.',
  'Auditors use this map to follow the thread from your context to your improvements.',
];

function ProcessTable({ processes, onEdit, selected, onSelect }: { processes: IsmsProcess[]; onEdit: (p: IsmsProcess) => void; selected: string[]; onSelect: (ids: string[]) => void }) {
  const all = processes.length > 0 && processes.every((p) => selected.includes(p.id));
  const name = (id: string) => processes.find((p) => p.id === id)?.name ?? '';
  const remove = (p: IsmsProcess) => confirmDelete(`the process "${p.name}"`, (confirm) => api.scope.processDelete({ id: p.id, confirm }), () => notifySaved('Process deleted.'));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped aria-label="ISMS processes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox aria-label="Select every process" checked={all} indeterminate={selected.length > 0 && !all} onChange={() => onSelect(all ? [] : processes.map((p) => p.id))} />
            </Table.Th>
            <Table.Th w={90}>Id</Table.Th>
            <Table.Th miw={180}>Process</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Inputs</Table.Th>
            <Table.Th>Outputs</Table.Th>
            <Table.Th>Feeds</Table.Th>
            <Table.Th data-actions>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {processes.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Checkbox aria-label={`Select ${p.ref} ${p.name}`} checked={selected.includes(p.id)} onChange={() => onSelect(selected.includes(p.id) ? selected.filter((x) => x !== p.id) : [...selected, p.id])} />
              </Table.Td>
              <Table.Td>
                <RefBadge value={p.ref} />
              </Table.Td>
              <Table.Td>
                <Stack gap={2} miw={160}>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                  {p.clauseRef && (
                    <Badge size="xs" variant="outline" aria-label={`Clause ${p.clauseRef}`}>
                      {p.clauseRef}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={p.ownerName ? undefined : 'orange'} miw={90}>
                  {p.ownerName ?? 'no owner'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{p.inputs}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{p.outputs}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{p.feeds.map(name).join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                <RowActions name={rowName('process', p.name, p.ref)} historyId={p.id} onEdit={() => onEdit(p)} onDelete={() => remove(p)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Clause 4.4: the processes of the ISMS, their owners and how they feed each other. */
export function ProcessesPage() {
  const [step, setStep] = useWizardStep(STEPS.length, 1);
  const clause = useClauseReadiness('4.4');
  const list = useCall(() => api.scope.processList({}), []);
  const processes = list.data ?? [];
  const dialog = useRecordDialog<IsmsProcess>('process', list.data);
  const editing = dialog.editing;
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="4.4 ISMS and its processes" intro="The processes that make up the management system, who owns them and how they connect." clause={clause} />
      <DocumentControlPanel documentKey="isms-processes" />
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="xl" aria-label="4.4 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${processes.length} processes`}>
            <Group justify="flex-end" mb="sm">
              <Button leftSection={<IconPlus size={16} />} onClick={() => dialog.openNew()}>
                Add process
              </Button>
            </Group>
            <Stack gap="sm">
              <BulkBar noun="process" selected={selected.filter((id) => processes.some((p) => p.id === id))} onClear={() => setSelected([])} fields={{ owner: true }} apply={(ids, { ownerId }) => api.scope.processUpdateMany({ ids, ownerId: ownerId ?? null })} />
              <ProcessTable processes={processes} onEdit={dialog.openEdit} selected={selected} onSelect={setSelected} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause} />
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.record ? titleWithRef('Edit process', editing.record.ref) : 'New process'} size="xl">
        {editing && <ProcessForm process={editing.record} all={processes} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
