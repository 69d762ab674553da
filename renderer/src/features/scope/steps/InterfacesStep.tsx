import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Interface } from '../../../../../shared/contract/scope';
import { api } from '../../../api/client';
import { confirmDelete } from '../../../components/confirmDelete';
import { notifySaved } from '../../../notify';
import { DIRECTION_LABEL } from '../labels';
import { RowActions, rowName } from '../../../components/RowActions/RowActions';
import { RefBadge } from '../../../components/RefBadge/RefBadge';

/** Step 3: who the ISMS depends on or exchanges information with. */
export function InterfacesStep({ interfaces, onAdd, onEdit }: { interfaces: Interface[]; onAdd: () => void; onEdit: (i: Interface) => void }) {
  const remove = (i: Interface) => confirmDelete(`the interface with ${i.counterpart}`, () => api.scope.interfaceDelete({ id: i.id }), () => notifySaved('Removed.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={700}>
          Hosting and cloud providers, outsourced IT or payroll, a parent company, shared offices: anyone whose systems, people or data touch what is inside your scope.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
          Add interface
        </Button>
      </Group>
      {interfaces.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          No interfaces recorded yet.
        </Text>
      ) : (
        <Table verticalSpacing="xs" striped aria-label="Interfaces and dependencies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>What crosses the boundary</Table.Th>
              <Table.Th>Direction</Table.Th>
              <Table.Th w={1} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {interfaces.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <RefBadge value={i.ref} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {i.counterpart}
                  </Text>
                  {i.partyName && (
                    <Text size="xs" c="dimmed">
                      Party: {i.partyName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{i.crossing}</Table.Td>
                <Table.Td>{DIRECTION_LABEL[i.direction]}</Table.Td>
                <Table.Td>
                  <RowActions name={rowName('interface', i.counterpart, i.ref)} historyId={i.id} onEdit={() => onEdit(i)} onDelete={() => remove(i)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
