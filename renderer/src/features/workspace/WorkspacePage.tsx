import { useEffect } from 'react';
import { Button, Card, Container, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SECTORS, WorkspaceMeta } from '../../../../shared/contract/workspace';
import { api, inDesktopApp } from '../../api/client';
import { useCall } from '../../api/useCall';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { notifyError, notifySaved } from '../../notify';
import { UserNameForm } from '../user/UserNameForm';

interface Values {
  organisation: string;
  sector: string;
  engagement: string;
  consultant: string;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ wordBreak: 'break-all' }}>{value}</Text>
    </Stack>
  );
}

/** Workspace details: who it is for, where the file is, and a consistent copy. */
export function WorkspacePage() {
  const info = useCall(() => api.workspace.info({}), []);
  const user = useCall(() => api.user.get({}), []);
  const form = useForm<Values>({ initialValues: { organisation: '', sector: 'Other', engagement: '', consultant: '' }, validate: zodValidate<Values>(WorkspaceMeta) });
  useEffect(() => {
    if (info.data) {
      const { organisation, sector, engagement, consultant } = info.data;
      form.setValues({ organisation, sector, engagement, consultant });
      form.resetDirty({ organisation, sector, engagement, consultant });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [info.data?.updatedAt]);
  if (!info.data) return null;
  const save = form.onSubmit(async (values) => {
    try {
      await api.workspace.update(values as Parameters<typeof api.workspace.update>[0]);
      notifySaved('Workspace details saved.');
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err);
    }
  });
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
        <form onSubmit={save} noValidate>
          <Stack>
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
          <Fact label="Created" value={new Date(info.data.createdAt).toLocaleString()} />
          <Fact label="Schema version" value={`${info.data.schemaVersion}`} />
          <Fact label="Last changed" value={new Date(info.data.updatedAt).toLocaleString()} />
        </SimpleGrid>
        {inDesktopApp() && (
          <Group mt="lg">
            <Button variant="default" onClick={copy}>
              Save a copy…
            </Button>
          </Group>
        )}
      </Card>
    </Container>
  );
}
