import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { UserName } from '../../../../shared/contract/user';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';

interface Values {
  name: string;
}

const Schema = z.object({ name: UserName });

/** Says who is working; used by the first-use dialog and by the workspace details page. */
export function UserNameForm({ current, submitLabel, onSaved }: { current: string | null; submitLabel: string; onSaved: (name: string) => void }) {
  const form = useForm<Values>({ initialValues: { name: current ?? '' }, validate: zodValidate<Values>(Schema) });
  const submit = form.onSubmit((values) =>
    void saveForm(form, () => api.user.set({ name: values.name }).then((r) => onSaved(r.name ?? values.name)), { saved: 'Your name is saved on this computer.', failed: 'Your name was not saved' }),
  );
  return (
    <form onSubmit={submit} aria-label="Your name">
      <Stack gap="sm">
        <TextInput
          label="Your name"
          description="Printed as who created or changed each record and who prepared each document."
          placeholder="e.g. Sam Patel"
          data-autofocus
          autoComplete="name"
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end">
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
