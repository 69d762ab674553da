import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react';
import type { Dashboard, Metric } from '../../../../shared/contract/metrics';
import { periodLabel } from '../../../../shared/metrics/periods';
import { formatValue } from '../../../../shared/metrics/status';
import { RefBadge } from '../../components/RefBadge/RefBadge';
import { api } from '../../api/client';
import { navigate } from '../../router';
import { notifyError, notifySaved } from '../../notify';
import { RAG_COLOR } from './labels';
import { StatusBadge } from './MetricDetailView';

type Breach = Dashboard['breaches'][number];
const what = (b: Breach) => `${formatValue(b.value, b.unit)} in ${b.period} against the decision criteria: ${b.criteria}.`;

/** A breach becomes a 10.2 nonconformity (source: metric breach), opened on its record. */
async function raiseNc(b: Breach) {
  try {
    const nc = await api.improvement.ncCreate({ title: `${b.title}: decision criteria breached in ${b.period}`, source: 'metric-breach', sourceReference: `${b.ref} ${b.period}`, clauseId: '9.1', raisedOn: new Date().toISOString().slice(0, 10), description: what(b) });
    notifySaved(`${nc.ref} raised from ${b.ref}.`);
    navigate(`/clause/10.2?open=nc:${nc.id}`);
  } catch (err) {
    notifyError(err, 'The nonconformity was not raised');
  }
}

/** ...or a 10.1 opportunity for improvement (source: metric). */
async function raiseImprovement(b: Breach) {
  try {
    const o = await api.improvement.opportunityCreate({ title: `Improve: ${b.title}`, source: 'metric', sourceReference: `${b.ref} ${b.period}`, description: what(b) });
    notifySaved(`${o.ref} recorded from ${b.ref}.`);
    navigate(`/clause/10.1?open=opportunity:${o.id}`);
  } catch (err) {
    notifyError(err, 'The improvement was not recorded');
  }
}

function Trend({ m }: { m: Metric }) {
  if (!m.latest || m.previousValue === null) return null;
  const up = m.latest.value > m.previousValue;
  if (m.latest.value === m.previousValue) return <IconMinus size={16} aria-label="Level with the previous period" />;
  const better = up === (m.direction === 'higher');
  const Icon = up ? IconArrowUpRight : IconArrowDownRight;
  return <Icon size={18} color={better ? 'var(--mantine-color-teal-7)' : 'var(--mantine-color-red-7)'} aria-label={`${up ? 'Up' : 'Down'} on the previous period (${better ? 'better' : 'worse'})`} />;
}

/** One tile per metric: latest value and status, trend, and whether a collection is due or overdue. */
function Tile({ m, onOpen }: { m: Metric; onOpen: () => void }) {
  const status = m.latest?.status ?? 'none';
  return (
    <UnstyledButton onClick={onOpen} data-testid={`metric-tile-${m.ref}`}>
      <Card withBorder padding="sm" h="100%" style={{ borderLeft: `6px solid var(--mantine-color-${RAG_COLOR[status].split(".")[0]}-6)` }}>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <RefBadge value={m.ref} />
          <StatusBadge status={status} />
        </Group>
        <Text size="sm" fw={600} mt={4} lineClamp={2}>
          {m.title}
        </Text>
        <Group gap={6} mt={4}>
          <Text size="lg" fw={700}>
            {m.latest ? formatValue(m.latest.value, m.unit) : '—'}
          </Text>
          <Trend m={m} />
          <Text size="xs" c="dimmed">
            {m.latest ? periodLabel(m.latest.period, m.collectionFrequency) : 'not measured'}
            {m.target !== null ? ` · target ${formatValue(m.target, m.unit)}` : ''}
          </Text>
        </Group>
        {m.overduePeriods.length > 0 ? (
          <Badge mt={6} color="red" variant="light" size="sm">
            {m.overduePeriods.length} overdue
          </Badge>
        ) : m.dueNow ? (
          <Badge mt={6} color="yellow" variant="light" size="sm">
            Due by {m.dueNow.due}
          </Badge>
        ) : null}
      </Card>
    </UnstyledButton>
  );
}

/** The KPI dashboard (issue 13, item 4) and the breaches flagged for follow-up (item 5). */
export function MetricsDashboard({ data, onOpen, onCollectAll, onLibrary }: { data: Dashboard | undefined; onOpen: (m: Metric) => void; onCollectAll: () => void; onLibrary: () => void }) {
  if (!data) return null;
  const { counts } = data;
  if (!data.metrics.length)
    return (
      <Stack align="flex-start">
        <Text c="dimmed">No metrics yet.</Text>
        <Button onClick={onLibrary}>Choose metrics from the library</Button>
      </Stack>
    );
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs" aria-label="Status counts">
          <Badge color="teal" variant="light" size="lg">{counts.green} on target</Badge>
          <Badge color="yellow" variant="light" size="lg">{counts.amber} to watch</Badge>
          <Badge color="red" variant="light" size="lg">{counts.red} breached</Badge>
          <Badge color="gray" variant="outline" size="lg">{counts.none} no status</Badge>
          {counts.overdue > 0 && <Badge color="red" variant="light" size="lg">{counts.overdue} overdue</Badge>}
        </Group>
        {data.metrics.some((m) => m.autoSource) && (
          <Button variant="light" onClick={onCollectAll}>
            Compute the automatic metrics now
          </Button>
        )}
      </Group>
      {data.breaches.length > 0 && (
        <Alert color="red" title="Breaches flagged for follow-up">
          <Stack gap={4}>
            {data.breaches.map((b) => (
              <Group key={b.metricId} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">
                  <b>{b.ref}</b> {b.title}: {formatValue(b.value, b.unit)} in {b.period}. {b.criteria}.
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" color="red" variant="light" onClick={() => void raiseNc(b)} aria-label={`Raise a nonconformity: ${b.title}`}>
                    Raise a nonconformity
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => void raiseImprovement(b)} aria-label={`Record an improvement: ${b.title}`}>
                    Record an improvement
                  </Button>
                </Group>
              </Group>
            ))}
            <Text size="xs">Decide on each: correct the value, or raise a nonconformity (10.2) or an improvement (10.1) from it; the new record names the metric and period as its source.</Text>
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {data.metrics.map((m) => (
          <Tile key={m.id} m={m} onOpen={() => onOpen(m)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
