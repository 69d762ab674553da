import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { LibraryEntry } from '../../../../shared/contract/metrics';
import { FREQUENCY_LABEL } from '../../../../shared/metrics/periods';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../notify';

/** The shipped library: each definition added with one click, then the workspace's own to edit. */
export function LibraryPanel({ entries, onOpen }: { entries: LibraryEntry[] | undefined; onOpen: (id: string) => void }) {
  const add = (e: LibraryEntry) =>
    api.metrics.addFromLibrary({ key: e.key }).then(
      (m) => notifySaved(`${m.ref} ${m.title} added. Edit it to name its owner and collector.`),
      (err: unknown) => notifyError(err, 'The metric was not added'),
    );
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing={6} aria-label="Metric library">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>Area</Table.Th>
            <Table.Th>Metric</Table.Th>
            <Table.Th w={150}>Formula</Table.Th>
            <Table.Th w={100}>Collected</Table.Th>
            <Table.Th w={120} aria-label="Add" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(entries ?? []).map((e) => (
            <Table.Tr key={e.key}>
              <Table.Td>
                <Text size="xs">{e.category}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" fw={500}>
                    {e.definition.title}
                  </Text>
                  {e.definition.autoSource && (
                    <Badge size="xs" variant="light">
                      computed
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {e.definition.informationNeed}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {e.definition.formula}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{FREQUENCY_LABEL[e.definition.collectionFrequency]}</Text>
              </Table.Td>
              <Table.Td>
                {e.metricId ? (
                  <Button size="compact-sm" variant="subtle" onClick={() => onOpen(e.metricId!)} aria-label={`Added: open ${e.definition.title}`}>
                    Added: open
                  </Button>
                ) : (
                  <Button size="compact-sm" onClick={() => void add(e)} aria-label={`Add ${e.definition.title}`}>
                    Add
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
