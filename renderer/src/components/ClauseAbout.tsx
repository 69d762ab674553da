import { Stack, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../shared/contract/readiness';
import { CriteriaList } from './CriteriaList';

/** First wizard step of every clause: what it asks, in our words, and when it counts as done. */
export function ClauseAbout({ paragraphs, clause }: { paragraphs: string[]; clause: ClauseReadiness | undefined }) {
  return (
    <Stack gap="md" maw={820}>
      <Title order={4}>What this clause asks of you</Title>
      {paragraphs.map((p) => (
        <Text key={p} size="sm">
          {p}
        </Text>
      ))}
      <Title order={4} mt="sm">
        When {clause?.id ?? 'it'} counts as done
      </Title>
      <CriteriaList clause={clause} />
    </Stack>
  );
}
