import { notifications } from '@mantine/notifications';
import { ApiError } from './api/client';

/** Mantine's close button has no accessible name of its own (axe: button-name). */
export const CLOSE_NOTIFICATION = { closeButtonProps: { 'aria-label': 'Close notification' } } as const;

export function notifyError(err: unknown, title = 'That did not work') {
  const message = err instanceof ApiError || err instanceof Error ? err.message : String(err);
  notifications.show({ color: 'red', title, message, autoClose: 8000, ...CLOSE_NOTIFICATION });
}

export function notifySaved(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 3000, ...CLOSE_NOTIFICATION });
}
