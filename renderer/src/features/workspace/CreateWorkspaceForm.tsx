import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDraftForm } from '../../drafts/useDraftForm';
import { SECTORS, WorkspaceMeta } from '../../../../shared/contract/workspace';
import { api, inDesktopApp } from '../../api/client';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { notifyError } from '../../notify';

interface Values {
  organisation: string;
  sector: string;
  engagement: string;
  consultant: string;
}

/** New workspace: who it is for. The desktop app then asks where to save the file. */
export function CreateWorkspaceForm({ onCreated }: { onCreated?: () => void }) {
  const form = useDraftForm<Values>('workspace-new', 'New workspace', {
    initialValues: { organisation: '', sector: 'Other', engagement: '', consultant: '' },
    validate: zodValidate<Values>(WorkspaceMeta),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const result = await api.workspace.create(values as Parameters<typeof api.workspace.create>[0]);
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
