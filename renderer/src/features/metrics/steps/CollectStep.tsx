import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { Metric } from '../../../../../shared/contract/metrics';
import { periodLabel } from '../../../../../shared/metrics/periods';
import { RefBadge } from '../../../components/RefBadge/RefBadge';

interface Props {
  metrics: Metric[];
  onRecord: (m: Metric) => void;
  onImport: (m: Metric) => void;
  onCollect: (m: Metric) => void;
}

/** Step 4: what is due or overdue now, with the way to collect each. */
export function CollectStep({ metrics, onRecord, onImport, onCollect }: Props) {
  if (!metrics.length) return <Text c="dimmed">Add metrics first.</Text>;
  const order = (m: Metric) => (m.overduePeriods.length ? 0 : m.dueNow ? 1 : 2);
  return (
    <Table.ScrollContainer minWidth={700} mah={420}>
      <Table aria-label="Collections" verticalSpacing={6}>
        <Table.Tbody>
          {[...metrics].sort((a, b) => order(a) - order(b)).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td w={90}>
                <RefBadge value={m.ref} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {m.title}
                </Text>
              </Table.Td>
              <Table.Td w={260}>
                {m.overduePeriods.length ? (
                  <Badge color="red" variant="light">Overdue: {m.overduePeriods.slice(0, 2).map((p) => periodLabel(p, m.collectionFrequency)).join(', ')}{m.overduePeriods.length > 2 ? '…' : ''}</Badge>
                ) : m.dueNow ? (
                  <Badge color="yellow" variant="light">Due by {m.dueNow.due}</Badge>
                ) : (
                  <Badge color="teal" variant="light">Up to date</Badge>
                )}
              </Table.Td>
              <Table.Td w={250}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {m.autoSource ? (
                    <Button size="compact-sm" onClick={() => onCollect(m)} aria-label={`Compute now: ${m.title}`}>
                      Compute now
                    </Button>
                  ) : (
                    <Button size="compact-sm" onClick={() => onRecord(m)} aria-label={`Record: ${m.title}`}>
                      Record
                    </Button>
                  )}
                  <Button size="compact-sm" variant="default" onClick={() => onImport(m)} aria-label={`Import: ${m.title}`}>
                    Import
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
