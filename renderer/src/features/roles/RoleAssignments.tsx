import { useState } from 'react';
import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import type { Assignment, Role } from '../../../../shared/contract/roles';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../notify';

function AssignmentRow({ a }: { a: Assignment }) {
  const setAccepted = (acceptedOn: string | null) =>
    api.roles.assignmentUpdate({ id: a.id, acceptedOn, note: a.note }).then(() => notifySaved(acceptedOn ? 'Acceptance recorded.' : 'Acceptance cleared.'), notifyError);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {a.personName}
        </Text>
      </Table.Td>
      <Table.Td w={210}>
        <DateInput size="xs" placeholder="Not accepted yet" valueFormat="YYYY-MM-DD" clearable value={a.acceptedOn} onChange={(v) => void setAccepted(v)} aria-label={`${a.personName} accepted on`} />
      </Table.Td>
      <Table.Td w={40}>
        <ActionIcon variant="subtle" color="red" onClick={() => api.roles.unassign({ id: a.id }).then(() => notifySaved('Unassigned.'), notifyError)} aria-label={`Unassign ${a.personName}`}>
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

function RoleHolders({ role, people }: { role: Role; people: { value: string; label: string }[] }) {
  const [personId, setPersonId] = useState<string | null>(null);
  const held = new Set(role.assignments.map((a) => a.personId));
  const assign = () =>
    personId &&
    api.roles.assign({ roleId: role.id, personId }).then(() => {
      setPersonId(null);
      notifySaved(`Assigned to ${role.name}.`);
    }, notifyError);
  return (
    <Card data-testid={`holders-${role.key ?? role.id}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{role.name}</Text>
        <Badge variant="light" color={role.assignments.length ? 'indigo' : 'orange'}>
          {role.assignments.length ? `${role.assignments.filter((a) => a.acceptedOn).length} of ${role.assignments.length} accepted` : 'nobody yet'}
        </Badge>
      </Group>
      {role.assignments.length > 0 && (
        <Table verticalSpacing={4} mb="xs" aria-label={`Holders of ${role.name}`}>
          <Table.Tbody>
            {role.assignments.map((a) => (
              <AssignmentRow key={a.id} a={a} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs" align="flex-end">
        <Select size="xs" placeholder="Choose a person" searchable w={260} data={people.filter((p) => !held.has(p.value))} value={personId} onChange={setPersonId} aria-label={`Person for ${role.name}`} />
        <Button size="xs" variant="light" onClick={assign} disabled={!personId}>
          Assign
        </Button>
      </Group>
    </Card>
  );
}

/** Who holds each role, and when they accepted it (acceptance is how you show the role was communicated). */
export function RoleAssignments({ roles, people }: { roles: Role[]; people: { value: string; label: string }[] }) {
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Assign at least one person to every role. Record the date each person accepted the role, for example when they signed their role description.
      </Text>
      {roles.map((r) => (
        <RoleHolders key={r.id} role={r} people={people} />
      ))}
    </Stack>
  );
}
