import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { TrailHistoryEntry } from '../../../../shared/contract/trail';
import { OP_COLORS, OP_LABELS, tableLabel } from './labels';
import { formatDateTime } from '../../../../shared/dates';

const MAX_SHOWN = 160;
const short = (v: string | null) => (v === null || v === '' ? '(empty)' : v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v);

function Changes({ entry }: { entry: TrailHistoryEntry }) {
  if (!entry.chained) return <Text size="sm" c="dimmed">Recorded before values were kept.</Text>;
  if (entry.changes.length === 0) return <Text size="sm" c="dimmed">No field changed.</Text>;
  return (
    <Stack gap={2}>
      {entry.changes.map((c) => (
        <Text key={c.field} size="sm" style={{ wordBreak: 'break-word' }}>
          <Text span fw={600}>
            {c.field.replace(/_/g, ' ')}
          </Text>
          {': '}
          {entry.op === 'update' ? (
            <>
              <Text span td="line-through" c="dimmed">
                {short(c.before)}
              </Text>
              {' → '}
              {short(c.after)}
            </>
          ) : (
            short(entry.op === 'delete' ? c.before : c.after)
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** Trail entries as a table: when, who, what happened to which record, and the values. */
export function TrailEntries({ entries, onRecord }: { entries: TrailHistoryEntry[]; onRecord?: (e: TrailHistoryEntry) => void }) {
  if (entries.length === 0) return <Text c="dimmed">Nothing recorded yet.</Text>;
  return (
    <Table verticalSpacing="xs" striped aria-label="History entries">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>No.</Table.Th>
          <Table.Th w={170}>When and who</Table.Th>
          <Table.Th w={260}>Record</Table.Th>
          <Table.Th>Values</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.seq}>
            <Table.Td>{e.seq}</Table.Td>
            <Table.Td>
              <Text size="sm">{formatDateTime(e.at, { seconds: true })}</Text>
              <Text size="xs" c="dimmed">
                {e.actor}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge size="sm" variant="light" color={OP_COLORS[e.op]}>
                  {OP_LABELS[e.op]}
                </Badge>
                <Stack gap={0}>
                  <Text size="sm">{tableLabel(e.table)}</Text>
                  {onRecord ? (
                    <Text size="xs" c="indigo" style={{ cursor: 'pointer' }} onClick={() => onRecord(e)} role="link" aria-label={`History of ${e.label ?? e.rowId}`}>
                      {e.label ?? e.rowId}
                    </Text>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {e.label ?? e.rowId}
                    </Text>
                  )}
                </Stack>
              </Group>
            </Table.Td>
            <Table.Td>
              <Changes entry={e} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
