import { Stack, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { CriteriaList } from '../CriteriaList/CriteriaList';

/** Step 1 of a wizard: what the clause asks, in our words, and when it counts as done. */
export function ClauseAbout({ clause, explanation }: { clause: ClauseReadiness | undefined; explanation: string[] }) {
  return (
    <Stack gap="md" maw={820}>
      <Title order={4}>What this clause asks of you</Title>
      {explanation.map((p) => (
        <Text key={p} size="sm">
          {p}
        </Text>
      ))}
      <Title order={4} mt="sm">
        When {clause?.id} counts as done
      </Title>
      <CriteriaList clause={clause} />
    </Stack>
  );
}
