import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Metric } from '../../../../../shared/contract/metrics';
import { criteriaText } from '../../../../../shared/metrics/status';
import { RefBadge } from '../../../components/RefBadge/RefBadge';

/** Step 3: every metric needs decision criteria, an owner and a collector; what is missing is named. */
export function CompleteStep({ metrics, onEdit }: { metrics: Metric[]; onEdit: (m: Metric) => void }) {
  if (!metrics.length) return <Text c="dimmed">Add metrics in the previous step first.</Text>;
  return (
    <Table.ScrollContainer minWidth={700} mah={420}>
      <Table aria-label="Metrics to complete" verticalSpacing={6}>
        <Table.Tbody>
          {metrics.map((m) => {
            const missing = [m.greenAt === null || m.redAt === null ? 'decision criteria' : '', m.ownerId ? '' : 'owner', m.collectorId || m.autoSource ? '' : 'collector'].filter(Boolean);
            return (
              <Table.Tr key={m.id}>
                <Table.Td w={90}>
                  <RefBadge value={m.ref} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {m.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {criteriaText(m, m.unit)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td w={260}>{missing.length ? <Badge color="orange" variant="light">Needs {missing.join(', ')}</Badge> : <Badge color="teal" variant="light">Complete</Badge>}</Table.Td>
                <Table.Td w={90}>
                  <Group justify="flex-end">
                    <Button size="compact-sm" variant="default" onClick={() => onEdit(m)} aria-label={`Edit ${m.ref} ${m.title}`}>
                      Edit
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
