import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RefBadge } from '../../components/RefBadge/RefBadge';
import { notifyError, notifySaved } from '../../notify';
import { ACTION_STATUS_LABEL, options } from './labels';

/** 8.3: every action of the treatment plan, with its status kept up to date here. */
export function TreatmentPlanPanel() {
  const actions = useCall(() => api.risk.actionList({}), []);
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
        <Text c="dimmed">No actions yet. Open a risk and add actions under "Actions and decisions".</Text>
      ) : (
        <Table striped aria-label="Treatment plan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Risk</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Control</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <RefBadge value={a.ref} />
                </Table.Td>
                <Table.Td>
                  <RefBadge value={a.riskRef} /> {a.riskTitle}
                </Table.Td>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{a.ownerName ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {a.dueDate ?? '—'}
                  {a.overdue && (
                    <Text size="xs" c="red" fw={600}>
                      overdue
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={90}>{a.controlLabel ?? '—'}</Table.Td>
                <Table.Td w={150}>
                  <Select size="xs" aria-label={`Status of ${a.title}`} allowDeselect={false} data={options(ACTION_STATUS_LABEL)} value={a.status} onChange={(v) => v && api.risk.actionUpdate({ id: a.id, status: v as typeof a.status }).then(() => notifySaved('Action updated.'), notifyError)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
