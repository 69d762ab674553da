import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { RESOURCE_KINDS, RESOURCE_KIND_LABEL, RESOURCE_STATUSES, RESOURCE_STATUS_LABEL, ResourceFields, type ResourceLine } from '../../../../shared/contract/resources';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';

interface Values {
  title: string;
  kind: ResourceLine['kind'];
  amount: number | null;
  unit: string;
  status: ResourceLine['status'];
  ownerId: string | null;
  neededBy: string | null;
  objectiveId: string | null;
  treatmentActionId: string | null;
  notes: string;
}

const blank: Values = { title: '', kind: 'budget', amount: null, unit: '', status: 'requested', ownerId: null, neededBy: null, objectiveId: null, treatmentActionId: null, notes: '' };

/** 7.1: one resource or budget line and what it serves. */
export function ResourceForm({ line, objectiveId, onDone }: { line?: ResourceLine; objectiveId?: string; onDone: () => void }) {
  const objectives = useCall(() => api.objectives.list({}), []);
  const actions = useCall(() => api.risk.actionList({}), []);
  const form = useDraftForm<Values>(`resource:${line?.id ?? 'new'}`, 'Resource line', {
    initialValues: line ? (Object.fromEntries(Object.keys(blank).map((k) => [k, line[k as keyof Values]])) as unknown as Values) : { ...blank, objectiveId: objectiveId ?? null },
    validate: zodValidate<Values>(ResourceFields),
  });
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (line) await api.competence.resourceUpdate({ ...values, id: line.id });
        else await api.competence.resourceCreate(values);
      },
      { saved: line ? 'Resource line updated.' : 'Resource line added.', failed: 'The resource line was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={line ? 'Edit resource line' : 'New resource line'}>
      <Stack gap="sm">
        <TextInput label="Resource" required data-autofocus placeholder="e.g. Licences for the backup tool" {...form.getInputProps('title')} />
        <Group grow align="flex-start">
          <Select label="Kind" allowDeselect={false} data={RESOURCE_KINDS.map((k) => ({ value: k, label: RESOURCE_KIND_LABEL[k] }))} {...form.getInputProps('kind')} />
          <NumberInput label="Amount" min={0} {...form.getInputProps('amount')} value={v.amount ?? ''} onChange={(n) => form.setFieldValue('amount', typeof n === 'number' ? n : null)} />
          <TextInput label="Unit" placeholder="EUR, days, people" {...form.getInputProps('unit')} />
          <Select label="Status" allowDeselect={false} data={RESOURCE_STATUSES.map((s) => ({ value: s, label: RESOURCE_STATUS_LABEL[s] }))} {...form.getInputProps('status')} />
        </Group>
        <Group grow align="flex-start">
          <Select label="For the objective" clearable searchable data={(objectives.data ?? []).map((o) => ({ value: o.id, label: `${o.ref} ${o.title}` }))} {...form.getInputProps('objectiveId')} />
          <Select label="For the treatment action" clearable searchable data={(actions.data ?? []).map((a) => ({ value: a.id, label: `${a.ref} ${a.title} (${a.riskRef})` }))} {...form.getInputProps('treatmentActionId')} />
        </Group>
        <Group grow align="flex-start">
          <PersonSelect label="Owner" {...form.getInputProps('ownerId')} />
          <DateInput label="Needed by" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('neededBy')} onChange={(d) => form.setFieldValue('neededBy', d ? String(d).slice(0, 10) : null)} />
        </Group>
        <Textarea label="Notes" autosize minRows={1} maxRows={3} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {line ? 'Save changes' : 'Add resource line'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
