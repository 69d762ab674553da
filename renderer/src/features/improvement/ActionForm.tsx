import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { ActionFields, type CorrectiveAction } from '../../../../shared/contract/improvement';
import { api } from '../../api/client';
import { usePeopleOptions } from '../../hooks';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { CA_STATUS_LABEL, options } from './labels';

interface ActionValues {
  ncId: string;
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: string | null;
  status: string;
  notes: string;
}

/** One corrective action (10.2 c): what, who, by when. */
export function ActionForm({ ncId, action, onDone }: { ncId: string; action?: CorrectiveAction; onDone: () => void }) {
  const form = useDraftForm<ActionValues>(`ca:${action?.id ?? `new:${ncId}`}`, 'Corrective action', {
    initialValues: action
      ? { ncId, title: action.title, description: action.description, ownerId: action.ownerId, dueDate: action.dueDate, status: action.status, notes: action.notes }
      : { ncId, title: '', description: '', ownerId: null, dueDate: null, status: 'planned', notes: '' },
    validate: zodValidate<ActionValues>(ActionFields),
  });
  const people = usePeopleOptions();
  const submit = form.onSubmit(async (values) => {
    const { ncId: _n, ...fields } = values;
    await saveForm(
      form,
      () => (action ? api.improvement.actionUpdate({ id: action.id, ...(fields as object) } as Parameters<typeof api.improvement.actionUpdate>[0]) : api.improvement.actionCreate(values as never)),
      { saved: action ? 'Action updated.' : 'Action added.', failed: 'The action was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={action ? 'Edit corrective action' : 'New corrective action'}>
      <Stack gap="sm">
        <TextInput label="Action" placeholder="What will be done to remove the cause" required data-autofocus {...form.getInputProps('title')} />
        <Textarea label="Description" autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
        <SimpleGrid cols={3}>
          <Select label="Owner" searchable clearable data={people.options} {...form.getInputProps('ownerId')} />
          <DateInput label="Due date" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('dueDate')} />
          <Select label="Status" allowDeselect={false} data={options(CA_STATUS_LABEL)} {...form.getInputProps('status')} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={1} maxRows={4} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {action ? 'Save changes' : 'Add action'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
