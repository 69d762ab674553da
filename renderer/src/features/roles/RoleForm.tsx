import { Button, Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { RoleFields, type Role } from '../../../../shared/contract/roles';
import { api } from '../../api/client';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { notifyError, notifySaved } from '../../notify';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  name: string;
  description: string;
  responsibilities: string;
  authorities: string;
  mayApprove: boolean;
}

export function RoleForm({ role, onDone }: { role?: Role; onDone: () => void }) {
  const form = useDraftForm<Values>(`role:${role?.id ?? 'new'}`, 'Role', {
    initialValues: { name: role?.name ?? '', description: role?.description ?? '', responsibilities: role?.responsibilities ?? '', authorities: role?.authorities ?? '', mayApprove: role?.mayApprove ?? false },
    validate: zodValidate<Values>(RoleFields),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      if (role) await api.roles.update({ ...values, id: role.id });
      else await api.roles.create(values);
      form.draft.clear();
      notifySaved(role ? 'Role updated.' : 'Role added.');
      onDone();
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err, 'The role was not saved');
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={role ? 'Edit role' : 'New role'}>
      <Stack>
        <TextInput label="Role name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Description" placeholder="One line on what the role is" {...form.getInputProps('description')} />
        <Textarea label="Responsibilities" description="What the role must do" autosize minRows={3} {...form.getInputProps('responsibilities')} />
        <Textarea label="Authorities" description="What the role may decide or require" autosize minRows={2} {...form.getInputProps('authorities')} />
        <Checkbox
          label="May approve documents"
          description="Holders may approve registers, the scope statement and policies (top management always may)."
          {...form.getInputProps('mayApprove', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {role ? 'Save changes' : 'Add role'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
