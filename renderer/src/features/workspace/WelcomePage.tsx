import { ActionIcon, Badge, Button, Card, Code, Container, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { api, inDesktopApp } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError } from '../../notify';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { openWorkspace } from './openWorkspace';

/**
 * Enough of a path to tell two files apart: the end (folder and file name) is what differs, so a
 * long path loses its beginning, never its file name (issue 9). The full path is the tooltip.
 */
export function shortPath(path: string, max = 64): string {
  if (path.length <= max) return path;
  const parts = path.split(/[\\/]/);
  let tail = parts.pop() ?? path;
  while (parts.length && tail.length + parts[parts.length - 1].length + 1 <= max - 2) tail = `${parts.pop()}/${tail}`;
  return `…/${tail}`;
}

/** No workspace open: create one, or pick up where you left off. */
export function WelcomePage() {
  const recent = useCall(() => api.workspace.recent({}), []);
  const openRecent = (path: string) => void openWorkspace({ recent: path });
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
                    <Text size="xs" c="dimmed" title={r.path} data-testid="recent-path" style={{ overflowWrap: 'anywhere' }}>
                      {shortPath(r.path)}
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
              <Button variant="default" onClick={() => void openWorkspace({})}>
                Choose a file…
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                In browser mode the page cannot pick files on this computer. Workspaces created here are listed under Recent workspaces; to open
                another file, start browser mode with it: <Code>npm run serve -- --workspace FILE</Code>.
              </Text>
            )}
          </Card>
        </Stack>
      </SimpleGrid>
    </Container>
  );
}
