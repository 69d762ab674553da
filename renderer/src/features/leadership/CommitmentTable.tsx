import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { Commitment } from '../../../../shared/contract/leadership';
import { api } from '../../api/client';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { STATUS_COLOR, STATUS_LABEL } from './labels';
import { RefBadge } from '../../components/RefBadge/RefBadge';

/** The 5.1 checklist at a glance, with its wording editable and items of your own. */
export function CommitmentTable({ commitments, onEdit, onNew }: { commitments: Commitment[]; onEdit: (c: Commitment) => void; onNew: () => void }) {
  const remove = (c: Commitment) =>
    confirmDelete(`"${c.title}" and its evidence`, (confirm) => api.leadership.commitmentDelete({ id: c.id, confirm }), () => notifySaved('Commitment deleted.'));
  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={onNew}>Add a commitment</Button>
      </Group>
      <Table.ScrollContainer minWidth={800}>
        <Table striped verticalSpacing="sm" aria-label="Leadership commitments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Commitment</Table.Th>
              <Table.Th w={180}>Owner</Table.Th>
              <Table.Th w={120}>Status</Table.Th>
              <Table.Th w={100}>Evidence</Table.Th>
              <Table.Th w={80} aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {commitments.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <RefBadge value={c.ref} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.title}
                  </Text>
                </Table.Td>
                <Table.Td>{c.ownerName ?? <Text c="dimmed" size="sm">—</Text>}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[c.status]}>
                    {STATUS_LABEL[c.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={c.evidence.length ? undefined : 'orange'}>
                    {c.evidence.length} item{c.evidence.length === 1 ? '' : 's'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="Edit wording">
                      <ActionIcon variant="subtle" onClick={() => onEdit(c)} aria-label={`Edit ${c.title}`}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Delete">
                      <ActionIcon variant="subtle" color="red" onClick={() => remove(c)} aria-label={`Delete ${c.title}`}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
