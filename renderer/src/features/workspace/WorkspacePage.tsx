import { Button, Card, Container, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { SECTORS, WorkspaceMeta, type WorkspaceInfo } from '../../../../shared/contract/workspace';
import { formatDateTime } from '../../../../shared/dates';
import { useDraftForm } from '../../drafts/useDraftForm';
import { DraftNotice } from '../../components/DraftNotice/DraftNotice';
import { api, inDesktopApp } from '../../api/client';
import { useCall } from '../../api/useCall';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { notifyError, notifySaved } from '../../notify';
import { UserNameForm } from '../user/UserNameForm';
import { PasswordCard } from './PasswordCard';
import { BackupsCard } from './BackupsCard';

interface Values {
  organisation: string;
  sector: string;
  engagement: string;
  consultant: string;
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ wordBreak: 'break-all' }}>{value}</Text>
    </Stack>
  );
}

/** The organisation's details; unsaved edits are kept as a draft like every other form. */
function DetailsForm({ info }: { info: WorkspaceInfo }) {
  const { organisation, sector, engagement, consultant } = info;
  const form = useDraftForm<Values>('workspace-details', 'Workspace details', { initialValues: { organisation, sector, engagement, consultant }, validate: zodValidate<Values>(WorkspaceMeta) });
  const save = form.onSubmit(async (values) => {
    try {
      await api.workspace.update(values as Parameters<typeof api.workspace.update>[0]);
      form.draft.clear();
      notifySaved('Workspace details saved.');
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err);
    }
  });
  return (
    <form onSubmit={save} noValidate aria-label="Workspace details">
      <Stack>
        <DraftNotice restoredAt={form.draft.restoredAt} onDiscard={form.draft.discard} />
        <TextInput label="Organisation" required {...form.getInputProps('organisation')} />
        <Select label="Sector" data={[...SECTORS]} allowDeselect={false} {...form.getInputProps('sector')} />
        <TextInput label="Engagement" {...form.getInputProps('engagement')} />
        <TextInput label="Consultant or lead" {...form.getInputProps('consultant')} />
        <Group justify="flex-end">
          <Button type="submit" disabled={!form.isDirty()}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Workspace details: who it is for, where the file is, and a consistent copy. */
export function WorkspacePage() {
  const info = useCall(() => api.workspace.info({}), []);
  const user = useCall(() => api.user.get({}), []);
  if (!info.data) return null;
  const copy = async () => {
    try {
      const r = await api.workspace.saveCopy({});
      if (r.saved) notifySaved(`Copy saved to ${r.path}`);
    } catch (err) {
      notifyError(err, 'The copy was not saved');
    }
  };
  return (
    <Container size="md">
      <Title order={2} mb="lg">
        Workspace details
      </Title>
      <Card mb="lg">
        <DetailsForm key={info.data.updatedAt} info={info.data} />
      </Card>
      <Card mb="lg">
        <Title order={4}>Who is working</Title>
        <Text size="sm" c="dimmed" mb="sm">
          Kept on this computer for every workspace you open. Records you add or change from now on carry this name; earlier records keep theirs.
        </Text>
        {user.data && <UserNameForm key={user.data.name ?? ''} current={user.data.name} submitLabel="Save name" onSaved={user.reload} />}
      </Card>
      <Card>
        <SimpleGrid cols={2} spacing="md">
          <Fact label="File" value={info.data.path} />
          <Fact label="Created" value={formatDateTime(info.data.createdAt)} />
          <Fact label="Schema version" value={`${info.data.schemaVersion}`} />
          <Fact label="Last changed" value={formatDateTime(info.data.lastChangedAt)} testId="workspace-last-changed" />
        </SimpleGrid>
        {inDesktopApp() && (
          <Group mt="lg">
            <Button variant="default" onClick={copy}>
              Save a copy…
            </Button>
          </Group>
        )}
      </Card>
      <PasswordCard info={info.data} onChanged={info.reload} />
      <BackupsCard />
    </Container>
  );
}
