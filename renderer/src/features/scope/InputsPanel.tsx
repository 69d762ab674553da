import { Badge, Card, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';

/** 4.1 issues and 4.2 requirements beside the scope form: what the boundaries must take into account. */
export function InputsPanel() {
  const issues = useCall(() => api.context.list({ limit: 200, sort: 'impact' }), []);
  const requirements = useCall(() => api.parties.requirementList({}), []);
  return (
    <Card p="md" aria-label="Inputs to consider">
      <Title order={6} mb={4}>
        Inputs to consider
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        From 4.1 and 4.2
      </Text>
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <ScrollArea.Autosize mah={560} viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': 'What 4.1 and 4.2 recorded' }}>
        <Stack gap={6}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Issues ({issues.data?.total ?? 0})
          </Text>
          {issues.data?.items.map((i) => (
            <Text key={i.id} size="xs">
              <Badge size="xs" variant="dot" color={i.impact === 'high' ? 'red' : i.impact === 'medium' ? 'yellow' : 'gray'} mr={4}>
                {i.kind}
              </Badge>
              {i.title}
            </Text>
          ))}
          {issues.data?.total === 0 && <Text size="xs" c="dimmed">None recorded under 4.1.</Text>}
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt="sm">
            Requirements ({requirements.data?.length ?? 0})
          </Text>
          {requirements.data?.map((r) => (
            <Text key={r.id} size="xs">
              <Text span fw={600} size="xs">
                {r.partyName}:
              </Text>{' '}
              {r.text}
            </Text>
          ))}
          {requirements.data?.length === 0 && <Text size="xs" c="dimmed">None recorded under 4.2.</Text>}
        </Stack>
      </ScrollArea.Autosize>
    </Card>
  );
}
