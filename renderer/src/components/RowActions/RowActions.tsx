import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { RecordHistoryButton } from '../RecordHistory/RecordHistory';

interface RowActionsProps {
  /** What the row is called, for the buttons' accessible names: "Edit <name>", "Delete <name>". */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  size?: 'sm' | 'md';
  /** The record's id: adds a button showing its history from the trail. */
  historyId?: string;
}

/** The edit and delete buttons at the end of a register row. */
export function RowActions({ name, onEdit, onDelete, size = 'md', historyId }: RowActionsProps) {
  const icon = size === 'sm' ? 14 : 16;
  return (
    <Group gap={4} wrap="nowrap">
      {historyId && <RecordHistoryButton recordId={historyId} name={name} size={size} />}
      <Tooltip label="Edit" openDelay={300}>
        <ActionIcon variant="subtle" size={size} onClick={onEdit} aria-label={`Edit ${name}`}>
          <IconPencil size={icon} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Delete" openDelay={300}>
        <ActionIcon variant="subtle" color="red" size={size} onClick={onDelete} aria-label={`Delete ${name}`}>
          <IconTrash size={icon} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
