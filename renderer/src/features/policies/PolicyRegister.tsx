import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { PolicySummary } from '../../../../shared/contract/policies';
import { navigate } from '../../router';
import { STATUS_COLOR, STATUS_TEXT } from './labels';
import { RefBadge } from '../../components/RefBadge/RefBadge';

/** Every policy, the version in force, what is being worked on, review dates and acknowledgements. */
export function PolicyRegister({ policies, onNew }: { policies: PolicySummary[]; onNew: () => void }) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={onNew}>New blank policy</Button>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label="Policies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Policy</Table.Th>
              <Table.Th w={150}>Newest version</Table.Th>
              <Table.Th w={190}>In force</Table.Th>
              <Table.Th w={130}>Next review</Table.Th>
              <Table.Th w={140}>Acknowledged</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policies.map((p) => (
              <Table.Tr key={p.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/clause/5.2/policy/${p.id}`)}>
                <Table.Td>
                  <RefBadge value={p.ref} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.kind === 'information-security' ? 'Information security policy' : 'Topic-specific'}
                    {p.ownerName ? ` · owner ${p.ownerName}` : ''}
                  </Text>
                  {p.drift?.changed && (
                    <Text size="xs" c="orange">
                      {STATUS_TEXT[p.drift.workingStatus]} {p.drift.working} differs from {p.drift.baseStatus} {p.drift.base}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[p.current.status]}>
                    {p.current.version} {STATUS_TEXT[p.current.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.published ? `${p.published.version} since ${p.published.publishedOn}` : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={p.reviewDate && p.reviewDate < today ? 'red' : p.reviewDate ? undefined : 'dimmed'} fw={p.reviewDate && p.reviewDate < today ? 600 : undefined}>
                    {p.reviewDate ?? 'not set'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.published ? `${p.acknowledged} of ${p.recipients}` : '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {policies.length === 0 && <Text c="dimmed" ta="center" py="xl">No policies yet. Start with the information security policy in the guided wizard.</Text>}
    </Stack>
  );
}
