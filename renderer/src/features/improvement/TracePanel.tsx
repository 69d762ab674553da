import { Anchor, Badge, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { TRACE_LEVELS, type TraceKind, type TraceNode } from '../../../../shared/contract/improvement';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';

const LEVEL_TITLE: Record<(typeof TRACE_LEVELS)[number], string> = {
  source: 'Found through',
  nonconformity: 'Nonconformity',
  action: 'Corrective action',
  change: 'Changed control, policy or risk',
  metric: 'Metric',
};
const KIND_LABEL: Record<TraceNode['kind'], string> = { finding: 'Audit finding', source: 'Source', nonconformity: 'Nonconformity', action: 'Corrective action', control: 'Control', policy: 'Policy', risk: 'Risk', metric: 'Metric', improvement: 'Improvement' };

/** One record's chain, both ways: finding -> nonconformity -> action -> changed control/policy/risk -> metric. Every card opens its own trace. */
export function TracePanel({ kind, id, onTrace, onOpenNc }: { kind: TraceKind | null; id: string | null; onTrace: (kind: TraceKind, id: string) => void; onOpenNc: (id: string) => void }) {
  const ncs = useCall(() => api.improvement.ncList({ limit: 500, sort: 'ref', dir: 'desc' }), []);
  const trace = useCall(() => (kind && id ? api.improvement.trace({ kind, id }) : Promise.resolve(null)), [kind, id]);
  const t = trace.data;
  const from = (key: string) => t?.edges.filter((e) => e.to === key).map((e) => t.nodes.find((n) => n.key === e.from)?.ref ?? '') ?? [];
  return (
    <Stack>
      <Select
        label="Trace a nonconformity"
        placeholder="Choose a nonconformity"
        searchable
        w={480}
        data={(ncs.data?.items ?? []).map((n) => ({ value: n.id, label: `${n.ref} ${n.title}` }))}
        value={kind === 'nonconformity' ? id : null}
        onChange={(v) => v && onTrace('nonconformity', v)}
      />
      {trace.error && <Text c="red">{trace.error.message}</Text>}
      {!t && !trace.error && <Text c="dimmed">Choose a nonconformity, or open the trace from a record, to see where it came from and what it changed.</Text>}
      {t && (
        <>
          <Title order={4}>
            Trace of {t.focus.ref} {t.focus.title}
          </Title>
          <SimpleGrid cols={5} spacing="xs" aria-label="Trace">
            {TRACE_LEVELS.map((level, i) => (
              <Stack key={level} gap="xs" component="section" aria-label={LEVEL_TITLE[level]}>
                <Group gap={4} wrap="nowrap">
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    {LEVEL_TITLE[level]}
                  </Text>
                  {i < TRACE_LEVELS.length - 1 && <IconArrowRight size={14} aria-hidden />}
                </Group>
                {t.nodes.filter((n) => n.level === level).length === 0 && (
                  <Text size="xs" c="dimmed">
                    {level === 'metric' ? 'No metric linked (metrics arrive with 9.1).' : 'None'}
                  </Text>
                )}
                {t.nodes
                  .filter((n) => n.level === level)
                  .map((n) => {
                    const focus = n.id === t.focus.id;
                    return (
                      <Card key={n.key} withBorder padding="xs" bg={focus ? 'blue.0' : undefined} aria-current={focus ? 'true' : undefined}>
                        <Stack gap={2} align="flex-start">
                          <Badge size="xs" variant="light">
                            {KIND_LABEL[n.kind]}
                          </Badge>
                          {n.traceable && n.id && !focus ? (
                            <Anchor component="button" size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} onClick={() => onTrace(n.kind as TraceKind, n.id!)} aria-label={`Trace ${KIND_LABEL[n.kind].toLowerCase()} ${n.ref}`}>
                              {n.ref}
                            </Anchor>
                          ) : (
                            <Text size="sm" fw={600}>
                              {n.ref}
                            </Text>
                          )}
                        </Stack>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {n.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {n.detail}
                          {from(n.key).length > 0 && level !== 'nonconformity' ? ` · from ${from(n.key).join(', ')}` : ''}
                        </Text>
                        {n.kind === 'nonconformity' && n.id && (
                          <Anchor component="button" size="xs" onClick={() => onOpenNc(n.id!)} aria-label={`Open nonconformity ${n.ref}`}>
                            Open the record
                          </Anchor>
                        )}
                      </Card>
                    );
                  })}
              </Stack>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
