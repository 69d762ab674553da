import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { AppShell, Badge, Burger, Button, Group, Menu, NavLink, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconKeyboard, IconSearch } from '@tabler/icons-react';
import { CLAUSE_GROUPS, CLAUSES } from '../../../../shared/clauses';
import type { WorkspaceInfo } from '../../../../shared/contract/workspace';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { navigate } from '../../router';
import { notifyError } from '../../notify';
import { GlobalSearch } from '../GlobalSearch/GlobalSearch';
import { ShortcutHelp } from '../Shortcuts/ShortcutHelp';
import { newRecord, save, step } from '../Shortcuts/shortcuts';

interface ShellProps {
  workspace: WorkspaceInfo;
  route: string;
  children: ReactNode;
  onNewWorkspace: () => void;
}

/** The frame of every screen: header with the workspace, navigation in ISO clause order. */
export function Shell({ workspace, route, children, onNewWorkspace }: ShellProps) {
  const [opened, { toggle }] = useDisclosure();
  const [searching, search] = useDisclosure();
  const [helping, help] = useDisclosure();
  // Work in text fields too: these are chords no field uses for typing.
  useHotkeys(
    [
      ['mod+K', search.open],
      ['mod+S', () => void save()],
      ['alt+ArrowRight', () => void step('next')],
      ['alt+ArrowLeft', () => void step('prev')],
    ],
    [],
  );
  // Not while typing: "?" is a character and Alt+N types "ñ" or similar on some layouts.
  useHotkeys([
    ['shift+?', help.open],
    ['alt+N', () => void newRecord()],
  ]);
  const readiness = useCall(() => api.readiness.summary({}), []);
  const percentOf = (id: string) => readiness.data?.clauses.find((c) => c.id === id)?.percent;

  const close = () =>
    api.workspace
      .close({})
      .then((r) => r.warning && notifications.show({ color: 'orange', title: 'Workspace closed', message: r.warning, autoClose: 10000 }))
      .catch(notifyError);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 290, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={4} c="indigo.8">
              ISMS Workbench
            </Title>
            <Text c="dimmed" visibleFrom="md">
              /
            </Text>
            <Text fw={600} truncate maw={360} data-testid="workspace-organisation">
              {workspace.organisation}
            </Text>
            {workspace.engagement && (
              <Badge variant="light" color="gray" visibleFrom="md">
                {workspace.engagement}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" size="xs" leftSection={<IconSearch size={14} />} onClick={search.open} aria-keyshortcuts="Control+K">
              Search <Text span size="xs" c="dimmed" ml={6} visibleFrom="md">Ctrl+K</Text>
            </Button>
            <Tooltip label="Keyboard shortcuts (?)" openDelay={300}>
              <Button variant="subtle" size="xs" px={6} onClick={help.open} aria-label="Keyboard shortcuts" aria-keyshortcuts="Shift+?">
                <IconKeyboard size={16} />
              </Button>
            </Tooltip>
            <Button variant="default" size="xs" onClick={() => navigate('/exports')}>
              Export
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="subtle" size="xs">
                  Workspace
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{workspace.path}</Menu.Label>
                <Menu.Item onClick={() => navigate('/workspace')}>Workspace details</Menu.Item>
                <Menu.Item onClick={onNewWorkspace}>New workspace…</Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" onClick={close}>
                  Close workspace
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Clauses">
        <AppShell.Section grow component={ScrollArea}>
          <NavLink component="a" href="#/" label="Home" description="Readiness and what is due" active={route === '/'} />
          {CLAUSE_GROUPS.map((group) => (
            <NavLink component="button" key={group.id} label={`${group.id} ${group.title}`} defaultOpened childrenOffset={12} fw={600}>
              {CLAUSES.filter((c) => c.group === group.id).map((clause) => {
                const percent = percentOf(clause.id);
                const built = Boolean(clause.route);
                return (
                  <Tooltip key={clause.id} label="Guided wizard not built yet" disabled={built} position="right" openDelay={400}>
                    {/* Built clauses are real links (Tab reaches them, they open in place); the rest are marked unavailable. */}
                    <NavLink
                      component="a"
                      href={built ? `#${clause.route}` : undefined}
                      aria-disabled={!built || undefined}
                      label={`${clause.id} ${clause.title}`}
                      active={built && route.startsWith(clause.route!)}
                      disabled={!built}
                      rightSection={
                        built && percent !== undefined ? (
                          <Badge size="xs" variant="light" color={percent === 100 ? 'teal' : percent > 0 ? 'indigo' : 'gray'}>
                            {percent}%
                          </Badge>
                        ) : !built ? (
                          <Badge size="xs" variant="outline" color="gray">
                            soon
                          </Badge>
                        ) : null
                      }
                    />
                  </Tooltip>
                );
              })}
            </NavLink>
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={0} pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <NavLink component="a" href="#/people" label="People and units" active={route === '/people'} />
            <NavLink component="a" href="#/exports" label="Export documents" active={route === '/exports'} />
            <NavLink component="a" href="#/trail" label="History and integrity" active={route.startsWith('/trail')} />
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <GlobalSearch opened={searching} onClose={search.close} />
      <ShortcutHelp opened={helping} onClose={help.close} />
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  );
}
