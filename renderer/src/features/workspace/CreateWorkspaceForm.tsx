import { Button, Checkbox, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { NewPassword, SECTORS, WorkspaceMeta } from '../../../../shared/contract/workspace';
import { api, inDesktopApp } from '../../api/client';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { notifyError } from '../../notify';

interface Values {
  organisation: string;
  sector: string;
  engagement: string;
  consultant: string;
  encrypt: boolean;
  password: string;
  confirm: string;
}

/** The password fields count only when "Protect with a password" is ticked. */
function passwordErrors(values: Values): Record<string, string> {
  if (!values.encrypt) return {};
  const parsed = NewPassword.safeParse(values.password);
  if (!parsed.success) return { password: parsed.error.issues[0]?.message ?? 'Choose a password.' };
  return values.confirm === values.password ? {} : { confirm: 'The two passwords differ.' };
}

/** New workspace: who it is for. The desktop app then asks where to save the file. */
export function CreateWorkspaceForm({ onCreated }: { onCreated?: () => void }) {
  const form = useForm<Values>({
    initialValues: { organisation: '', sector: 'Other', engagement: '', consultant: '', encrypt: false, password: '', confirm: '' },
    validate: (values) => ({ ...zodValidate<Values>(WorkspaceMeta)(values), ...passwordErrors(values) }),
  });
  const submit = form.onSubmit(async ({ encrypt, password, confirm: _confirm, ...meta }) => {
    try {
      const input = { ...meta, ...(encrypt ? { password } : {}) } as Parameters<typeof api.workspace.create>[0];
      const result = await api.workspace.create(input);
      if (result.opened) onCreated?.();
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err, 'The workspace was not created');
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Organisation" description="The client or organisation this ISMS is for" required data-autofocus {...form.getInputProps('organisation')} />
        <Select label="Sector" data={[...SECTORS]} allowDeselect={false} {...form.getInputProps('sector')} />
        <TextInput label="Engagement" description="For example: ISO 27001 certification 2027" {...form.getInputProps('engagement')} />
        <TextInput label="Consultant or lead" {...form.getInputProps('consultant')} />
        <Checkbox
          label="Protect with a password"
          description="The whole file is encrypted. Without the password nobody can read it, and neither can you: there is no way to recover it."
          {...form.getInputProps('encrypt', { type: 'checkbox' })}
        />
        {form.values.encrypt && (
          <>
            <PasswordInput label="Password" required autoComplete="new-password" {...form.getInputProps('password')} />
            <PasswordInput label="Password again" required autoComplete="new-password" {...form.getInputProps('confirm')} />
          </>
        )}
        <Text size="xs" c="dimmed">
          {inDesktopApp()
            ? 'Next you choose where to save the workspace file (.isms). All data of this organisation lives in that one file.'
            : 'In browser mode the workspace file is saved in the app data folder; its path is shown under Workspace details.'}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Create workspace
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
