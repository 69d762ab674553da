import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { PARTY_TYPE_LABEL, type Party } from '../../../../../shared/contract/parties';
import { api } from '../../../api/client';
import { confirmDelete } from '../../../components/confirmDelete';
import { notifySaved } from '../../../notify';
import { RowActions, rowName } from '../../../components/RowActions/RowActions';
import { RefBadge } from '../../../components/RefBadge/RefBadge';

/** Step 2: who has a stake in your information security. */
export function IdentifyStep({ parties, onAdd, onEdit }: { parties: Party[]; onAdd: () => void; onEdit: (p: Party) => void }) {
  const remove = (p: Party) =>
    confirmDelete(`"${p.name}" and its ${p.requirementCount} requirement(s)`, (confirm) => api.parties.delete({ id: p.id, confirm }), () => notifySaved('Party deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={760}>
          Think of regulators and authorities, customers, suppliers and cloud providers, your own staff, owners and investors, partners, and the public. A workshop with a few managers usually finds ten to twenty.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
          Add party
        </Button>
      </Group>
      {parties.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          No interested parties yet.
        </Text>
      ) : (
        <Table verticalSpacing="xs" striped aria-label="Interested parties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Party</Table.Th>
              <Table.Th w={190}>Kind</Table.Th>
              <Table.Th w={200}>Contact</Table.Th>
              <Table.Th w={130} ta="right">Requirements</Table.Th>
              <Table.Th data-actions>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <RefBadge value={p.ref} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {PARTY_TYPE_LABEL[p.type]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {p.contact ? (
                    <Text size="sm">{p.contact}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{p.requirementCount}</Table.Td>
                <Table.Td>
                  <RowActions name={rowName('party', p.name, p.ref)} historyId={p.id} onEdit={() => onEdit(p)} onDelete={() => remove(p)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
