import { useState } from 'react';
import { ActionIcon, Alert, Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { LeadershipOverview } from '../../../../../shared/contract/leadership';
import { api } from '../../../api/client';
import { navigate } from '../../../router';
import { notifyError, notifySaved } from '../../../notify';

/** Step 2: who top management is. They are the holders of the top management role of 5.3. */
export function TopManagementStep({ overview, people }: { overview: LeadershipOverview; people: { value: string; label: string }[] }) {
  const [personId, setPersonId] = useState<string | null>(null);
  const named = new Set(overview.topManagement.map((t) => t.personId));
  const add = async () => {
    if (!personId) return;
    try {
      await api.roles.assign({ roleId: overview.topManagementRoleId, personId });
      setPersonId(null);
      notifySaved('Added to top management.');
    } catch (err) {
      notifyError(err);
    }
  };
  const remove = (assignmentId: string) => api.roles.unassign({ id: assignmentId }).then(() => notifySaved('Removed from top management.'), notifyError);
  return (
    <Stack maw={820}>
      <Text size="sm" c="dimmed">
        Name the people who direct and control the organisation at the highest level. They also appear as holders of the top management role in 5.3.
      </Text>
      {overview.topManagement.length === 0 ? (
        <Alert color="gray">Nobody is named yet.</Alert>
      ) : (
        <Table verticalSpacing="xs" aria-label="Top management">
          <Table.Tbody>
            {overview.topManagement.map((t) => (
              <Table.Tr key={t.assignmentId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t.jobTitle}
                  </Text>
                </Table.Td>
                <Table.Td w={40}>
                  <ActionIcon variant="subtle" color="red" onClick={() => remove(t.assignmentId)} aria-label={`Remove ${t.name} from top management`}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <Select
          label="Add a member of top management"
          placeholder={people.length ? 'Choose a person' : 'Add people first'}
          searchable
          w={320}
          data={people.filter((p) => !named.has(p.value))}
          value={personId}
          onChange={setPersonId}
        />
        <Button onClick={add} disabled={!personId}>
          Add
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Someone missing? Add them under <Anchor size="xs" onClick={() => navigate('/people')}>People and units</Anchor> first.
      </Text>
    </Stack>
  );
}
