import { ActionIcon, Badge, Button, Group, Select, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useRouteParam } from '../../router';
import { notifyError, notifySaved } from '../../notify';
import { levelText } from './labels';

/** 7.2 a): the competence each 5.3 role needs, one role at a time (the role is kept in the address). */
export function RequirementsPanel({ onAdd }: { onAdd: (roleId: string) => void }) {
  const roles = useCall(() => api.roles.list({}), []);
  const [roleParam, setRole] = useRouteParam('role');
  const roleId = roleParam ?? roles.data?.[0]?.id ?? null;
  const all = useCall(() => api.competence.requirementList({}), []);
  const counts = new Map<string, number>();
  for (const r of all.data ?? []) counts.set(r.roleId, (counts.get(r.roleId) ?? 0) + 1);
  const requirements = (all.data ?? []).filter((r) => r.roleId === roleId);
  const role = roles.data?.find((r) => r.id === roleId);
  const remove = (id: string, skill: string) =>
    api.competence.requirementRemove({ id }).then(
      () => notifySaved(`${role?.name ?? 'The role'} no longer needs ${skill}.`),
      (err) => notifyError(err, 'The requirement was not removed'),
    );
  return (
    <Stack maw={900}>
      <Group align="flex-end" justify="space-between">
        <Select
          label="Role (from 5.3)"
          w={380}
          allowDeselect={false}
          value={roleId}
          onChange={setRole}
          data={(roles.data ?? []).map((r) => ({ value: r.id, label: `${r.name} (${counts.get(r.id) ?? 0} skills)` }))}
        />
        {role && <Button onClick={() => onAdd(role.id)}>Add a required skill</Button>}
      </Group>
      {role && (
        <Text size="sm" c="dimmed">
          Held by {role.assignments.length ? role.assignments.map((a) => a.personName).join(', ') : 'nobody yet'}.
        </Text>
      )}
      {requirements.length === 0 ? (
        <Text size="sm" c="dimmed">
          This role has no competence requirements yet. Say which skills it needs and at what level, so candidates and holders can be audited against them.
        </Text>
      ) : (
        <Table striped aria-label={`Skills needed by ${role?.name ?? 'the role'}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Skill</Table.Th>
              <Table.Th w={200}>Level needed</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requirements.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.skillName}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{levelText(r.requiredLevel)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Remove" openDelay={300}>
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove ${r.skillName} from ${r.roleName}`} onClick={() => void remove(r.id, r.skillName)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
