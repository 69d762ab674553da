import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';

/** The top of a clause page: its number and title, what it is about, and how far along it is. */
export function ClauseHeader({ title, intro, clause }: { title: string; intro: string; clause: ClauseReadiness | undefined }) {
  return (
    <Stack gap={2}>
      <Group gap="sm">
        <Title order={2}>{title}</Title>
        {clause && (
          <Badge size="lg" variant="light" color={clause.percent === 100 ? 'teal' : 'indigo'} data-testid="clause-percent">
            {clause.percent}% done
          </Badge>
        )}
      </Group>
      <Text c="dimmed">{intro}</Text>
    </Stack>
  );
}
