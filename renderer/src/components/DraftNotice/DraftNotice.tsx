import { Alert, Button, Group, Text } from '@mantine/core';
import { formatDateTime } from '../../../../shared/dates';

/** Says that unsaved work from an earlier visit was put back, with a way to throw it away. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  if (!restoredAt) return null;
  return (
    <Alert color="blue" variant="light" py={6} data-testid="draft-restored">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">Your unsaved changes from {formatDateTime(restoredAt)} were restored. They are not saved to the workspace yet.</Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={onDiscard} style={{ flexShrink: 0 }}>
          Discard them
        </Button>
      </Group>
    </Alert>
  );
}
