import { ActionIcon, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { Role } from '../../../../shared/contract/roles';
import { api } from '../../api/client';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { RefBadge } from '../../components/RefBadge/RefBadge';

/** The role catalogue as cards: what each role must do and may decide. */
export function RoleCatalogue({ roles, onEdit, onNew }: { roles: Role[]; onEdit: (r: Role) => void; onNew: () => void }) {
  const remove = (r: Role) => confirmDelete(`the role "${r.name}"`, (confirm) => api.roles.delete({ id: r.id, confirm }), () => notifySaved('Role deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Rename or rewrite the roles to match how your organisation talks. A role that is accountable for an activity cannot be deleted until another role takes over.
        </Text>
        <Button onClick={onNew}>Add role</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        {roles.map((r) => {
          const incomplete = !r.responsibilities.trim() || !r.authorities.trim();
          return (
            <Card key={r.id} data-testid={`role-${r.key ?? r.id}`}>
              <Group justify="space-between" wrap="nowrap" mb={4}>
                <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                  <RefBadge value={r.ref} />
                  <Text fw={600}>{r.name}</Text>
                </Group>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label="Edit">
                    <ActionIcon variant="subtle" onClick={() => onEdit(r)} aria-label={`Edit ${r.name}`}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Delete">
                    <ActionIcon variant="subtle" color="red" onClick={() => remove(r)} aria-label={`Delete ${r.name}`}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              {r.description && (
                <Text size="xs" c="dimmed" mb="xs">
                  {r.description}
                </Text>
              )}
              <Text size="sm">
                <b>Responsibilities:</b> {r.responsibilities || '—'}
              </Text>
              <Text size="sm" mt={4}>
                <b>Authorities:</b> {r.authorities || '—'}
              </Text>
              <Group gap={6} mt="sm">
                {incomplete && (
                  <Badge color="orange" variant="light">
                    needs responsibilities and authorities
                  </Badge>
                )}
                <Badge variant="light" color={r.assignments.length ? 'indigo' : 'gray'}>
                  {r.assignments.length} assigned
                </Badge>
                {r.accountableFor > 0 && (
                  <Badge variant="outline" color="gray">
                    accountable for {r.accountableFor}
                  </Badge>
                )}
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
