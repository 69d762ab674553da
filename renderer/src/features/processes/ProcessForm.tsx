import { Button, Group, MultiSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { ProcessFields, type IsmsProcess } from '../../../../shared/contract/scope';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';

interface Values {
  name: string;
  description: string;
  ownerId: string | null;
  inputs: string;
  outputs: string;
  clauseRef: string;
  feeds: string[];
}

export function ProcessForm({ process, all, onDone }: { process?: IsmsProcess; all: IsmsProcess[]; onDone: () => void }) {
  const form = useDraftForm<Values>(`process:${process?.id ?? 'new'}`, 'ISMS process', {
    initialValues: process
      ? { name: process.name, description: process.description, ownerId: process.ownerId, inputs: process.inputs, outputs: process.outputs, clauseRef: process.clauseRef, feeds: process.feeds }
      : { name: '', description: '', ownerId: null, inputs: '', outputs: '', clauseRef: '', feeds: [] },
    validate: zodValidate<Values>(ProcessFields),
  });
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (process) await api.scope.processUpdate({ ...values, id: process.id });
        else await api.scope.processCreate(values);
      },
      { saved: process ? 'Process updated.' : 'Process added.', failed: 'The process was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={process ? 'Edit process' : 'New process'}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Process" required data-autofocus style={{ gridColumn: 'span 2' }} {...form.getInputProps('name')} />
          <TextInput label="Clause" placeholder="e.g. 9.2" {...form.getInputProps('clauseRef')} />
        </SimpleGrid>
        <Textarea label="Purpose" autosize minRows={2} {...form.getInputProps('description')} />
        <PersonSelect label="Owner" {...form.getInputProps('ownerId')} />
        <SimpleGrid cols={2}>
          <Textarea label="Inputs" autosize minRows={2} {...form.getInputProps('inputs')} />
          <Textarea label="Outputs" autosize minRows={2} {...form.getInputProps('outputs')} />
        </SimpleGrid>
        <MultiSelect
          label="Feeds"
          description="The processes that use this one's outputs"
          searchable
          data={all.filter((p) => p.id !== process?.id).map((p) => ({ value: p.id, label: p.name }))}
          {...form.getInputProps('feeds')}
        />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {process ? 'Save changes' : 'Add process'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
