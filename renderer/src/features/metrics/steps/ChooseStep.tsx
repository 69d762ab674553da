import { Button, Group, Stack, Text } from '@mantine/core';
import type { LibraryEntry } from '../../../../../shared/contract/metrics';
import { LibraryPanel } from '../LibraryPanel';

/** Step 2: adopt metrics from the library with one click, or define your own. */
export function ChooseStep({ entries, onOpen, onNew }: { entries: LibraryEntry[] | undefined; onOpen: (id: string) => void; onNew: () => void }) {
  const added = (entries ?? []).filter((e) => e.metricId).length;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">
          Pick the metrics that answer questions your management actually asks. {added ? `${added} added so far.` : 'None added yet.'}
        </Text>
        <Button variant="default" onClick={onNew}>
          Define your own metric
        </Button>
      </Group>
      <LibraryPanel entries={entries} onOpen={onOpen} />
    </Stack>
  );
}
