import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RefBadge } from '../../components/RefBadge/RefBadge';
import { CA_STATUS_LABEL } from './labels';

/** Every corrective action across the nonconformities, by due date; overdue ones stand out. */
export function ActionsPanel({ onOpenNc }: { onOpenNc: (ncId: string) => void }) {
  const actions = useCall(() => api.improvement.actionList({}), []);
  const list = actions.data ?? [];
  const count = (s: string) => list.filter((a) => a.status === s).length;
  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="light">{list.length} actions</Badge>
        <Badge color="teal" variant="light">{count('done')} done</Badge>
        <Badge color="blue" variant="light">{count('in-progress')} in progress</Badge>
        <Badge color="gray" variant="light">{count('planned')} planned</Badge>
        <Badge color="red" variant="light">{list.filter((a) => a.overdue).length} overdue</Badge>
      </Group>
      {list.length === 0 ? (
        <Text c="dimmed">No corrective actions yet. They are planned inside each nonconformity, once its cause is analysed.</Text>
      ) : (
        <Table striped aria-label="All corrective actions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Id</Table.Th>
              <Table.Th w={240}>Nonconformity</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th w={140}>Owner</Table.Th>
              <Table.Th w={110}>Due</Table.Th>
              <Table.Th w={110}>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <RefBadge value={a.ref} />
                </Table.Td>
                <Table.Td>
                  <Anchor component="button" size="sm" onClick={() => onOpenNc(a.ncId)} aria-label={`Open nonconformity ${a.ncRef}`}>
                    {a.ncRef}
                  </Anchor>{' '}
                  <Text span size="sm">
                    {a.ncTitle}
                  </Text>
                </Table.Td>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{a.ownerName ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={a.overdue ? 'red' : undefined} fw={a.overdue ? 600 : undefined}>
                    {a.dueDate ?? '—'}
                    {a.overdue ? ' overdue' : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{CA_STATUS_LABEL[a.status]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
