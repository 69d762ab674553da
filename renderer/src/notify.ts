import { notifications } from '@mantine/notifications';
import { ApiError } from './api/client';

/**
 * One notification shows at a time (main.tsx). A confirmation still on screen gives way to the next
 * message at once, so what the user reads is about what they just did, not a queue of old news.
 */
let lastSaved: string | undefined;
function dropLastSaved() {
  if (lastSaved) notifications.hide(lastSaved);
  lastSaved = undefined;
}

export function notifyError(err: unknown, title = 'That did not work') {
  const message = err instanceof ApiError || err instanceof Error ? err.message : String(err);
  dropLastSaved();
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifySaved(message: string) {
  dropLastSaved();
  lastSaved = notifications.show({ color: 'teal', message, autoClose: 3000 });
}
