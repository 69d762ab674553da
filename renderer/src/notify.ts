import { notifications } from '@mantine/notifications';
import { ApiError } from './api/client';

export function notifyError(err: unknown, title = 'That did not work') {
  const message = err instanceof ApiError || err instanceof Error ? err.message : String(err);
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifySaved(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
