import { useState } from 'react';
import { ActionIcon, Badge, Button, Card, Container, Group, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { api, ApiError, inDesktopApp } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError } from '../../notify';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { checkLockSoon } from './UnlockDialog';

/** An encrypted file answers WRONG_PASSWORD: the unlock dialog takes over instead of an error. */
const asksForPassword = (err: unknown) => err instanceof ApiError && err.code === 'WRONG_PASSWORD';

function OpenByPath() {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string>();
  const open = async () => {
    try {
      setError(undefined);
      await api.workspace.open({ path });
    } catch (err) {
      if (asksForPassword(err)) checkLockSoon();
      else setError((err as Error).message);
    }
  };
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label="Workspace file"
        placeholder="/path/to/client.isms"
        value={path}
        error={error}
        onChange={(e) => setPath(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && void open()}
      />
      <Button variant="default" onClick={open} disabled={!path.trim()}>
        Open
      </Button>
    </Group>
  );
}

/** No workspace open: create one, or pick up where you left off. */
export function WelcomePage() {
  const recent = useCall(() => api.workspace.recent({}), []);
  const openFailed = (err: unknown) => (asksForPassword(err) ? checkLockSoon() : notifyError(err, 'Could not open the workspace'));
  const openRecent = (path: string) => api.workspace.open({ path }).catch(openFailed);
  const forget = (path: string) => api.workspace.forget({ path }).then(recent.reload, notifyError);

  return (
    <Container size="lg" py={48}>
      <Stack gap={4} mb="xl">
        <Title order={1}>ISMS Workbench</Title>
        <Text c="dimmed" size="lg">
          Build and keep up an ISO/IEC 27001:2022 management system, clause by clause. Everything stays on this computer.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Card>
          <Title order={3} mb="md">
            Start a new workspace
          </Title>
          <CreateWorkspaceForm />
        </Card>
        <Stack>
          <Card>
            <Title order={3} mb="md">
              Recent workspaces
            </Title>
            {recent.data && recent.data.length === 0 && <Text c="dimmed">Workspaces you open appear here.</Text>}
            <Stack gap="xs">
              {recent.data?.map((r) => (
                <Group key={r.path} justify="space-between" wrap="nowrap" p="xs" style={{ borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)' }}>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={600}>{r.organisation}</Text>
                      {!r.exists && (
                        <Badge color="orange" variant="light" size="sm">
                          file missing
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" truncate>
                      {r.path}
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" disabled={!r.exists} onClick={() => openRecent(r.path)} aria-label={`Open ${r.organisation}`}>
                      Open
                    </Button>
                    <Tooltip label="Remove from this list (the file is kept)">
                      <ActionIcon variant="subtle" color="gray" onClick={() => forget(r.path)} aria-label={`Forget ${r.organisation}`}>
                        ×
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
              ))}
            </Stack>
          </Card>
          <Card>
            <Title order={3} mb="md">
              Open a workspace file
            </Title>
            {inDesktopApp() ? (
              <Button variant="default" onClick={() => api.workspace.open({}).catch(openFailed)}>
                Choose a file…
              </Button>
            ) : (
              <OpenByPath />
            )}
          </Card>
        </Stack>
      </SimpleGrid>
    </Container>
  );
}
