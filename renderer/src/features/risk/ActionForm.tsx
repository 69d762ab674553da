import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { ActionPatch, type TreatmentAction } from '../../../../shared/contract/risk';
import { api } from '../../api/client';
import { usePeopleOptions } from '../../hooks';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { ACTION_STATUS_LABEL, options } from './labels';

type Values = Pick<TreatmentAction, 'title' | 'notes' | 'ownerId' | 'dueDate' | 'status' | 'cost' | 'controlId'>;

const valuesOf = (a: TreatmentAction): Values => ({ title: a.title, notes: a.notes, ownerId: a.ownerId, dueDate: a.dueDate, status: a.status, cost: a.cost, controlId: a.controlId });

/**
 * One treatment plan action, every field editable (its title too); kept as a draft on this computer
 * until saved. The control is one of those chosen for the risk.
 */
export function ActionForm({ action, controls, onDone }: { action: TreatmentAction; controls: Array<{ id: string; label: string }>; onDone: () => void }) {
  const form = useDraftForm<Values>(`action:${action.id}`, `Action ${action.ref}`, {
    initialValues: valuesOf(action),
    validate: zodValidate<Values>(ActionPatch.omit({ id: true })),
  });
  const people = usePeopleOptions();
  const controlOptions = [...controls.map((c) => ({ value: c.id, label: c.label })), ...(action.controlId && !controls.some((c) => c.id === action.controlId) ? [{ value: action.controlId, label: action.controlLabel ?? action.controlId }] : [])];
  const submit = form.onSubmit((v) => saveForm(form, () => api.risk.actionUpdate({ id: action.id, ...v }), { saved: 'Action updated.', failed: 'The action was not saved' }, onDone));
  const cancel = () => (form.draft.discard(), onDone());
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={`Edit action ${action.ref}`}>
        <Stack gap="xs">
          <Title order={6}>Edit action {action.ref}</Title>
          <TextInput label="Action" required data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={4}>
            <Select label="Owner" searchable clearable data={people.options} {...form.getInputProps('ownerId')} />
            <DateInput label="Due" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('dueDate')} />
            <Select label="Status" allowDeselect={false} data={options(ACTION_STATUS_LABEL)} {...form.getInputProps('status')} />
            <NumberInput label="Cost" min={0} {...form.getInputProps('cost')} value={form.values.cost ?? ''} onChange={(v) => form.setFieldValue('cost', v === '' ? null : Number(v))} />
          </SimpleGrid>
          <Select label="Control it puts in place" clearable data={controlOptions} placeholder={controlOptions.length ? 'Choose a control of this risk' : 'Choose controls for the risk first'} {...form.getInputProps('controlId')} />
          <Textarea label="Notes" autosize minRows={1} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button type="submit">Save action</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
