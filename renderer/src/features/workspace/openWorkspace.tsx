import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api, ApiError } from '../../api/client';
import { notifyError } from '../../notify';
import { notifications } from '@mantine/notifications';
import { checkLockSoon } from './UnlockDialog';

/**
 * Opens a workspace (from the recent list, or through the app's own file dialog) and handles the
 * one refusal the user can overrule: a lock left by another computer, or by a crash there
 * (issue 10, item 1). The page never names a file the user did not pick from the app's list.
 */
export async function openWorkspace(input: { recent?: string; takeOver?: boolean }): Promise<void> {
  try {
    const result = await api.workspace.open(input);
    if (result.warning) notifications.show({ color: 'orange', title: 'The previous workspace', message: result.warning, autoClose: 10000 });
  } catch (err) {
    // An encrypted file: the unlock dialog asks for its password instead of an error.
    if (err instanceof ApiError && err.code === 'WRONG_PASSWORD') return checkLockSoon();
    const canTakeOver = err instanceof ApiError && (err.details as { canTakeOver?: unknown } | undefined)?.canTakeOver === true;
    if (!canTakeOver) return notifyError(err, 'Could not open the workspace');
    modals.openConfirmModal({
      title: 'Opened on another computer',
      children: <Text size="sm">{(err as ApiError).message}</Text>,
      labels: { confirm: 'Open anyway', cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      onConfirm: () => void openWorkspace({ ...(input.recent ? { recent: input.recent } : {}), takeOver: true }),
    });
  }
}
