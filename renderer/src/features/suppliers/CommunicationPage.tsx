import { Alert, Anchor, Badge, Button, Card, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { FREQUENCY_LABEL } from '../../../../shared/communication';
import type { LogEntry, PlanRow } from '../../../../shared/contract/communication';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { RegisterTable, refColumn, type RegisterColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { confirmDelete } from '../../components/confirmDelete';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { notifyError, notifySaved } from '../../notify';
import { downloadAttachment } from '../attachments/files';
import { PAGE_SIZE, useLocalRegister } from '../objectives/localRegister';
import { LogForm } from './LogForm';
import { PlanForm } from './PlanForm';

const STEPS = ['About 7.4', 'Plan', 'Log', 'Summary'] as const;
const EXPLANATION = [
  'Decide what the organisation communicates about information security, inside and outside: to staff, customers, suppliers, authorities. For each communication say what it is about, who it is for, when or how often, through which channel, and who does it.',
  'Then log what was actually communicated. Each plan row shows when it is next due, counted from its frequency and the latest communication logged against it; rows past that date show as overdue here and on the home page.',
];

const when = (p: PlanRow) => (p.frequency === 'once' ? `Once, ${p.startsOn ?? 'no date'}` : FREQUENCY_LABEL[p.frequency]);

function PlanRegister({ plan, onEdit, onNew, onLog }: { plan: PlanRow[]; onEdit: (p: PlanRow) => void; onNew: () => void; onLog: (p: PlanRow) => void }) {
  const table = useLocalRegister(plan, { topic: (p) => p.topic.toLowerCase(), due: (p) => p.nextDueOn, responsible: (p) => p.responsibleName });
  const remove = (p: PlanRow) => confirmDelete(`the planned communication "${p.topic}"`, (confirm) => api.communication.planDelete({ id: p.id, confirm }), () => notifySaved('Planned communication deleted.'));
  const columns: RegisterColumn<PlanRow>[] = [
    refColumn(),
    {
      key: 'topic',
      label: 'Topic and audience',
      sortable: true,
      minWidth: 220,
      render: (p) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>{p.topic}</Text>
          <Text size="xs" c="dimmed">To {p.audience}</Text>
        </Stack>
      ),
    },
    {
      key: 'when',
      label: 'When and how',
      width: 150,
      render: (p) => (
        <Stack gap={0}>
          <Text size="sm">{when(p)}</Text>
          <Text size="xs" c="dimmed">{p.channel}</Text>
        </Stack>
      ),
    },
    { key: 'responsible', label: 'Responsible', sortable: true, width: 130, render: (p) => <Text size="sm">{p.responsibleName ?? 'not assigned'}</Text> },
    {
      key: 'due',
      label: 'Next due',
      sortable: true,
      width: 130,
      render: (p) => (
        <Stack gap={2} align="flex-start">
          {p.nextDueOn ? <Text size="sm">{p.nextDueOn}</Text> : <Text size="sm" c="dimmed">{p.frequency === 'once' && p.logEntries ? 'Done' : 'no date'}</Text>}
          {p.overdue && <Badge size="sm" color="red" variant="light">Overdue</Badge>}
          <Text size="xs" c="dimmed">{p.lastCommunicatedOn ? `last ${p.lastCommunicatedOn}` : 'never logged'}</Text>
          <Button size="compact-xs" variant="light" onClick={() => onLog(p)} aria-label={`Log it for ${p.ref}`}>
            Log it
          </Button>
        </Stack>
      ),
    },
  ];
  const overdue = plan.filter((p) => p.overdue).length;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">{plan.length === 1 ? '1 planned communication' : `${plan.length} planned communications`}{overdue ? `, ${overdue} overdue` : ''}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>Plan a communication</Button>
      </Group>
      <RegisterTable
        caption="Communication plan"
        columns={columns}
        {...table}
        empty={<Text c="dimmed">Nothing planned yet.</Text>}
        onRowOpen={onEdit}
        actions={(p) => <RowActions name={rowName('planned communication', p.topic, p.ref)} historyId={p.id} onEdit={() => onEdit(p)} onDelete={() => remove(p)} />}
      />
    </Stack>
  );
}

function LogTable({ log, onEdit, onNew }: { log: LogEntry[]; onEdit: (e: LogEntry) => void; onNew: () => void }) {
  const [page, setPage] = useState(1);
  const sort: SortState = { sort: 'date', dir: 'desc' };
  const remove = (e: LogEntry) => confirmDelete(`the log entry "${e.topic}" of ${e.communicatedOn}`, () => api.communication.logDelete({ id: e.id }), () => notifySaved('Log entry deleted.'));
  const columns: RegisterColumn<LogEntry>[] = [
    { key: 'date', label: 'Date', width: 110, render: (e) => <Text size="sm">{e.communicatedOn}</Text> },
    {
      key: 'topic',
      label: 'What, to whom',
      minWidth: 220,
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>{e.topic}{e.planRef ? ` (${e.planRef})` : ''}</Text>
          <Text size="xs" c="dimmed">To {e.audience} · {e.channel}</Text>
        </Stack>
      ),
    },
    { key: 'by', label: 'By', width: 140, render: (e) => <Text size="sm">{e.byName ?? '—'}</Text> },
    {
      key: 'note',
      label: 'Note and file',
      minWidth: 180,
      render: (e) => (
        <Stack gap={0}>
          <Text size="xs" lineClamp={2}>{e.note || '—'}</Text>
          {e.attachment && (
            <Anchor size="xs" onClick={() => downloadAttachment(e.attachment!.id).catch(notifyError)}>
              {e.attachment.name}
            </Anchor>
          )}
        </Stack>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">{log.length} communications logged</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>Log a communication</Button>
      </Group>
      <RegisterTable
        caption="Communication log"
        columns={columns}
        rows={log.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        total={log.length}
        sort={sort}
        onSort={() => undefined}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={<Text c="dimmed">Nothing logged yet.</Text>}
        onRowOpen={onEdit}
        actions={(e) => <RowActions name={rowName('log entry', `${e.communicatedOn} ${e.topic}`)} historyId={e.id} onEdit={() => onEdit(e)} onDelete={() => remove(e)} />}
      />
    </Stack>
  );
}

/** Clause 7.4: the communication plan with next due dates, and the log of what was communicated. */
export function CommunicationPage() {
  const [step, setStep] = useWizardStep(STEPS.length, 1);
  const plan = useCall(() => api.communication.planList({}), []);
  const log = useCall(() => api.communication.logList({}), []);
  const clause = useClauseReadiness('7.4', log.data);
  const rows = plan.data ?? [];
  const entries = log.data ?? [];
  const planDialog = useRecordDialog<PlanRow>('plan', plan.data);
  const logDialog = useRecordDialog<LogEntry>('log', log.data);
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="7.4 Communication" intro="What is communicated about information security, to whom, when, how and by whom, and a record that it happened." clause={clause} />
      <DocumentControlPanel documentKey="communication-plan" />
      {(plan.error ?? log.error) && <Alert color="red">{(plan.error ?? log.error)!.message}</Alert>}
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="lg" aria-label="7.4 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${rows.length} planned`}>
            <PlanRegister plan={rows} onEdit={planDialog.openEdit} onNew={() => planDialog.openNew()} onLog={(p) => logDialog.openNew(p.id)} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${entries.length} logged`}>
            <LogTable log={entries} onEdit={logDialog.openEdit} onNew={() => logDialog.openNew()} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[3]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause} />
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={planDialog.editing !== null} onClose={planDialog.close} title={planDialog.editing?.record ? titleWithRef('Edit planned communication', planDialog.editing.record.ref) : 'Plan a communication'} size="xl">
        {planDialog.editing && <PlanForm row={planDialog.editing.record} onDone={planDialog.close} />}
      </FormDialog>
      <FormDialog opened={logDialog.editing !== null} onClose={logDialog.close} title={logDialog.editing?.record ? 'Edit log entry' : 'Log a communication'} size="xl">
        {logDialog.editing && <LogForm entry={logDialog.editing.record} plan={rows} planId={logDialog.editing.extra[0]} onDone={logDialog.close} />}
      </FormDialog>
    </Stack>
  );
}
