import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Measurement, MetricDetail } from '../../../../shared/contract/metrics';
import { comparePeriods, FREQUENCY_LABEL, periodLabel } from '../../../../shared/metrics/periods';
import { criteriaText, DIRECTION_LABEL, formatValue, RAG_LABEL } from '../../../../shared/metrics/status';
import { AUTO_SOURCES } from '../../../../shared/metrics/auto';
import { RefBadge } from '../../components/RefBadge/RefBadge';
import { RAG_COLOR, SOURCE_LABEL, SUBJECT_NOUN } from './labels';
import { TrendChart } from './TrendChart';

interface Props {
  metric: MetricDetail;
  onEdit: () => void;
  onRecord: () => void;
  onImport: () => void;
  onCollect: () => void;
  onCorrect: (m: Measurement) => void;
}

export function StatusBadge({ status }: { status: Measurement['status'] }) {
  return (
    <Badge color={RAG_COLOR[status]} variant={status === 'none' ? 'outline' : 'filled'} autoContrast aria-label={`Status: ${RAG_LABEL[status]}`}>
      {RAG_LABEL[status]}
    </Badge>
  );
}

/** One metric: its latest status, trend chart, every recorded entry (corrections kept) and its definition. */
export function MetricDetailView({ metric: m, onEdit, onRecord, onImport, onCollect, onCorrect }: Props) {
  const entries = [...m.measurements].sort((a, b) => comparePeriods(b.period, a.period, m.collectionFrequency) || b.recordedAt.localeCompare(a.recordedAt));
  const f = m.collectionFrequency;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor href="#/clause/9.1?tab=register" size="sm">
            ← All metrics
          </Anchor>
          <Group gap="xs">
            <RefBadge value={m.ref} />
            <Title order={2}>{m.title}</Title>
            {m.autoSource && <Badge variant="light">Computed by the workbench</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {m.informationNeed}
          </Text>
        </Stack>
        <Group gap="xs">
          {m.autoSource && <Button onClick={onCollect}>Compute now</Button>}
          <Button variant={m.autoSource ? 'default' : 'filled'} onClick={onRecord}>
            Record value
          </Button>
          <Button variant="default" onClick={onImport}>
            Import values
          </Button>
          <Button variant="default" onClick={onEdit}>
            Edit definition
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card style={{ gridColumn: 'span 2' }}>
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Text fw={600}>Latest</Text>
              <Text fw={700} size="lg" data-testid="latest-value">
                {m.latest ? `${formatValue(m.latest.value, m.unit)} for ${periodLabel(m.latest.period, f)}` : 'Not measured yet'}
              </Text>
              <StatusBadge status={m.latest?.status ?? 'none'} />
            </Group>
            {m.overduePeriods.length > 0 ? (
              <Badge color="red" variant="light">
                Overdue: {m.overduePeriods.map((p) => periodLabel(p, f)).join(', ')}
              </Badge>
            ) : m.dueNow ? (
              <Badge color="yellow" variant="light">
                Due by {m.dueNow.due}
              </Badge>
            ) : null}
          </Group>
          <TrendChart metric={m} />
        </Card>
        <Card>
          <Stack gap={6}>
            <Text fw={600}>Definition</Text>
            {[
              ['Measures', `${SUBJECT_NOUN[m.subjectKind]}: ${[m.subjectLabel, m.subject].filter(Boolean).join(', ') || '—'}`],
              ['Formula', `${m.formula}${m.unit ? ` (${m.unit})` : ''}`],
              ['Base measures', m.baseMeasures.map((b) => `${b.key}: ${b.label}`).join('; ')],
              ['Target', formatValue(m.target, m.unit)],
              ['Criteria', `${DIRECTION_LABEL[m.direction]}. ${criteriaText(m, m.unit)}`],
              ['Collected', `${FREQUENCY_LABEL[f]} from ${m.collectFrom}; reported ${FREQUENCY_LABEL[m.reportingFrequency].toLowerCase()}`],
              ['Data source', m.autoSource ? AUTO_SOURCES[m.autoSource].label : m.dataSource || '—'],
              ['People', `Owner ${m.ownerName ?? '—'}; collects ${m.autoSource ? 'the workbench' : (m.collectorName ?? '—')}; reported to ${m.customerName ?? '—'}`],
            ].map(([k, v]) => (
              <Text key={k} size="xs">
                <Text span fw={600} size="xs">
                  {k}:
                </Text>{' '}
                {v}
              </Text>
            ))}
          </Stack>
        </Card>
      </SimpleGrid>
      <Card>
        <Text fw={600} mb="xs">
          Recorded values
        </Text>
        <Table.ScrollContainer minWidth={700} mah={260}>
          <Table aria-label="Recorded values" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Period</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Recorded</Table.Th>
                <Table.Th>How</Table.Th>
                <Table.Th>Comment</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id} style={e.supersededById ? { opacity: 0.55 } : undefined}>
                  <Table.Td>{periodLabel(e.period, f)}</Table.Td>
                  <Table.Td>{formatValue(e.value, m.unit)}</Table.Td>
                  <Table.Td>{e.supersededById ? <Badge variant="outline" color="gray">Superseded</Badge> : <StatusBadge status={e.status} />}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {e.recordedAt.slice(0, 16).replace('T', ' ')} by {e.recordedBy}
                    </Text>
                  </Table.Td>
                  <Table.Td>{SOURCE_LABEL[e.source]}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {e.comment}
                      {e.supersedesId ? ' (a correction)' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {!e.supersededById && (
                      <Button size="compact-xs" variant="subtle" onClick={() => onCorrect(e)} aria-label={`Correct the value for ${periodLabel(e.period, f)}`}>
                        Correct
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
              {entries.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed" size="sm">
                      Nothing recorded yet.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
