import { Stack, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../../../shared/contract/readiness';
import { CriteriaList } from '../../../components/CriteriaList/CriteriaList';
import { CLAUSE_EXPLANATION } from '../labels';

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
