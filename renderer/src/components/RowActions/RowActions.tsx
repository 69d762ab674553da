import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { RecordHistoryButton } from '../RecordHistory/RecordHistory';

/**
 * A row's name for its buttons: the kind of record, its human-readable id when it has one, and its
 * title cut to 80 characters ("requirement REQ-003 / Report losses within 72 hours").
 */
export function rowName(kind: string, title: string, ref?: string | null): string {
  const short = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return `${kind} ${ref ? `${ref} / ` : ''}${short}`;
}

interface RowActionsProps {
  /**
   * What the row is called, for the buttons' accessible names: "Edit <name>", "Delete <name>".
   * Name the kind and the record ("requirement REQ-003 / Report losses"), so every button differs.
   */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  size?: 'sm' | 'md';
  /** The record's id: adds a button showing its history from the trail. */
  historyId?: string;
}

/**
 * The edit and delete buttons at the end of a register row. `data-row-actions` pins the table cell
 * holding them to the right edge (layout.css), so they stay in view however wide the table is.
 */
export function RowActions({ name, onEdit, onDelete, size = 'md', historyId }: RowActionsProps) {
  const icon = size === 'sm' ? 14 : 16;
  return (
    <Group gap={4} wrap="nowrap" data-row-actions>
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
