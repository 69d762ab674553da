import { Button, Group, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { OBJECTIVE_STATUSES, OBJECTIVE_STATUS_LABEL, type Objective, type ObjectiveStatus } from '../../../../shared/contract/objectives';
import { api } from '../../api/client';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { today } from '../../components/DocumentControl/ApprovalFields';

interface Values {
  status: ObjectiveStatus;
  progress: number;
  currentValue: number | null;
  note: string;
  recordedOn: string | null;
}

/** 6.2 monitoring: one dated entry of status and progress, kept as the objective's history. */
export function ProgressForm({ objective, onDone }: { objective: Objective; onDone: () => void }) {
  const form = useDraftForm<Values>(`progress:${objective.id}`, 'Objective progress', {
    initialValues: { status: objective.status === 'not-started' ? 'on-track' : objective.status, progress: objective.progress, currentValue: objective.currentValue, note: '', recordedOn: today() },
    validate: { progress: (p) => (p < 0 || p > 100 ? 'Progress is 0 to 100.' : null) },
  });
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      () => api.objectives.progressRecord({ objectiveId: objective.id, ...values, recordedOn: values.recordedOn ?? undefined }),
      { saved: 'Progress recorded.', failed: 'The progress was not recorded' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Record progress">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select label="Status" allowDeselect={false} data={OBJECTIVE_STATUSES.map((s) => ({ value: s, label: OBJECTIVE_STATUS_LABEL[s] }))} {...form.getInputProps('status')} />
          <NumberInput label="Progress %" min={0} max={100} clampBehavior="none" {...form.getInputProps('progress')} onChange={(n) => form.setFieldValue('progress', typeof n === 'number' ? n : 0)} />
        </Group>
        <Group grow align="flex-start">
          <NumberInput label={`Measured value${objective.targetUnit ? ` (${objective.targetUnit})` : ''}`} {...form.getInputProps('currentValue')} value={v.currentValue ?? ''} onChange={(n) => form.setFieldValue('currentValue', typeof n === 'number' ? n : null)} />
          <DateInput label="Recorded on" valueFormat="YYYY-MM-DD" maxDate={today()} {...form.getInputProps('recordedOn')} onChange={(d) => form.setFieldValue('recordedOn', d ? String(d).slice(0, 10) : null)} />
        </Group>
        <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Record progress
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
