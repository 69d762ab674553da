import { useState } from 'react';
import { Button, Checkbox, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDraftForm } from '../../drafts/useDraftForm';
import { NewPassword, SECTORS, WorkspaceMeta } from '../../../../shared/contract/workspace';
import { api, inDesktopApp } from '../../api/client';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { notifyError } from '../../notify';

interface Values {
  organisation: string;
  sector: string;
  engagement: string;
  consultant: string;
}

/** The optional password: kept in component state only, never in the form's saved draft. */
function usePasswordFields() {
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const check = (): boolean => {
    if (!encrypt) return true;
    const parsed = NewPassword.safeParse(password);
    const next = !parsed.success ? { password: parsed.error.issues[0]?.message ?? 'Choose a password.' } : confirm !== password ? { confirm: 'The two passwords differ.' } : {};
    setErrors(next);
    return Object.keys(next).length === 0;
  };
  return { encrypt, setEncrypt, password, setPassword, confirm, setConfirm, errors, check };
}

/** New workspace: who it is for. The desktop app then asks where to save the file. */
export function CreateWorkspaceForm({ onCreated }: { onCreated?: () => void }) {
  const form = useDraftForm<Values>('workspace-new', 'New workspace', {
    initialValues: { organisation: '', sector: 'Other', engagement: '', consultant: '' },
    validate: zodValidate<Values>(WorkspaceMeta),
  });
  const pw = usePasswordFields();
  const submit = form.onSubmit(async (values) => {
    if (!pw.check()) return;
    try {
      const input = { ...values, ...(pw.encrypt ? { password: pw.password } : {}) } as Parameters<typeof api.workspace.create>[0];
      const result = await api.workspace.create(input);
      if (result.opened) {
        form.draft.clear();
        onCreated?.();
      }
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
          checked={pw.encrypt}
          onChange={(e) => pw.setEncrypt(e.currentTarget.checked)}
        />
        {pw.encrypt && (
          <>
            <PasswordInput label="Password" required autoComplete="new-password" value={pw.password} error={pw.errors.password} onChange={(e) => pw.setPassword(e.currentTarget.value)} />
            <PasswordInput label="Password again" required autoComplete="new-password" value={pw.confirm} error={pw.errors.confirm} onChange={(e) => pw.setConfirm(e.currentTarget.value)} />
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
