import { List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import type { ClauseReadiness } from '../../../../../shared/contract/readiness';
import { CLAUSE_EXPLANATION } from '../labels';

export function CriteriaList({ clause }: { clause: ClauseReadiness | undefined }) {
  return (
    <List spacing="xs" aria-label="Done criteria">
      {clause?.criteria.map((c) => (
        <List.Item
          key={c.label}
          icon={
            <ThemeIcon color={c.met ? 'teal' : 'gray'} variant={c.met ? 'filled' : 'light'} size={22} radius="xl">
              {c.met ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
            </ThemeIcon>
          }
        >
          <Text size="sm" c={c.met ? undefined : 'dimmed'} data-met={c.met}>
            {c.label}
            {c.detail ? ` (${c.detail})` : ''}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Step 1: what the clause asks, in our words, and when it counts as done. */
export function AboutStep({ clause }: { clause: ClauseReadiness | undefined }) {
  return (
    <Stack gap="md" maw={820}>
      <Title order={4}>What this clause asks of you</Title>
      {CLAUSE_EXPLANATION.map((p) => (
        <Text key={p} size="sm">
          {p}
        </Text>
      ))}
      <Title order={4} mt="sm">
        When 4.1 counts as done
      </Title>
      <CriteriaList clause={clause} />
    </Stack>
  );
}
