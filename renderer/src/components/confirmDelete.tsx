import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';

/** Every delete asks first, naming what goes. */
export function confirmDelete(what: string, onConfirm: () => void) {
  modals.openConfirmModal({
    title: `Delete ${what}?`,
    children: <Text size="sm">This cannot be undone. The record is removed from the workspace file.</Text>,
    labels: { confirm: 'Delete', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm,
  });
}
