import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Commitment } from '../../../../../shared/contract/leadership';
import { CommitmentCard } from '../CommitmentCard';

/** Step 3: the checklist itself, one card per commitment. */
export function CommitmentsStep({ commitments, people, onAddEvidence }: { commitments: Commitment[]; people: { value: string; label: string }[]; onAddEvidence: (c: Commitment) => void }) {
  const done = commitments.filter((c) => c.status === 'done').length;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {done} of {commitments.length} in place. Give each item an owner, record evidence, then mark it in place. Changes save as you make them.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {commitments.map((c) => (
          <CommitmentCard key={c.id} commitment={c} people={people} onAddEvidence={onAddEvidence} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
