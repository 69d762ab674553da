import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { PersonFields, type Person, type Unit } from '../../../../shared/contract/people';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  name: string;
  email: string;
  jobTitle: string;
  unitId: string | null;
}

export function PersonForm({ person, units, onDone }: { person?: Person; units: Unit[]; onDone: () => void }) {
  const form = useDraftForm<Values>(`person:${person?.id ?? 'new'}`, 'Person', {
    initialValues: { name: person?.name ?? '', email: person?.email ?? '', jobTitle: person?.jobTitle ?? '', unitId: person?.unitId ?? null },
    validate: zodValidate<Values>(PersonFields),
  });
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (person) await api.people.update({ ...values, id: person.id });
        else await api.people.create(values);
      },
      { saved: person ? 'Person updated.' : 'Person added.', failed: 'The person was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={person ? 'Edit person' : 'New person'}>
      <Stack>
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Email" type="email" {...form.getInputProps('email')} />
        <TextInput label="Job title" {...form.getInputProps('jobTitle')} />
        <Select
          label="Organisation unit"
          placeholder={units.length ? 'Choose a unit' : 'No units yet'}
          clearable
          searchable
          data={units.map((u) => ({ value: u.id, label: u.name }))}
          {...form.getInputProps('unitId')}
        />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {person ? 'Save changes' : 'Add person'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
