import type { ReactNode } from 'react';
import { Badge, Button, Group, Paper, Text } from '@mantine/core';

interface SaveBarProps {
  /** Where saving goes, in words ("Saving changes draft 1.1"). */
  target: ReactNode;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard?: () => void;
  saveLabel: string;
  /** Why saving is not possible right now, shown instead of the button's effect. */
  blocked?: string;
  children?: ReactNode;
}

/**
 * The save state where the user looks (issue 9): a bar that stays at the top of the screen while
 * the editor scrolls, saying plainly whether the work is saved, with the Save button beside it.
 */
export function SaveBar({ target, dirty, saving, onSave, onDiscard, saveLabel, blocked, children }: SaveBarProps) {
  const state = saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved';
  return (
    <Paper withBorder shadow={dirty ? 'sm' : undefined} p="xs" pos="sticky" top={56} style={{ zIndex: 5 }} role="region" aria-label="Save state">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Badge color={saving ? 'blue' : dirty ? 'orange' : 'teal'} variant="light" data-testid="save-state" style={{ flexShrink: 0 }}>
            {state}
          </Badge>
          <Text size="sm" c="dimmed" style={{ minWidth: 0 }}>
            {blocked ?? target}
            {dirty && !saving && ' A draft is kept on this computer until you save.'}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {children}
          {onDiscard && dirty && (
            <Button variant="default" size="xs" onClick={onDiscard}>
              Discard changes
            </Button>
          )}
          <Button size="xs" onClick={onSave} loading={saving} disabled={!dirty || Boolean(blocked)}>
            {saveLabel}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
