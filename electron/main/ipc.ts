import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNEL, EVENT_CHANNEL } from '../../shared/channels';
import type { Envelope } from '../../shared/errors';
import type { AppEvent } from '../../shared/events';
import { dispatch, type InternalErrorLogger } from '../core/dispatcher';
import type { HandlerContext } from '../core/platform';
import { isAppUrl } from './security';

/** Only our own page, in the top frame, may call; anything else gets a refusal, not a handler. */
export function senderAllowed(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

export function registerIpc(ctx: HandlerContext, log: (line: string) => void, logInternal: InternalErrorLogger) {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!senderAllowed(event)) {
      log(`refused IPC from ${event.senderFrame?.url ?? 'unknown frame'}`);
      return { ok: false, error: { code: 'VALIDATION', message: 'Calls are only accepted from the app window.' } };
    }
    return dispatch(ctx, method, input, logInternal);
  });
}

export function sendEvent(contents: WebContents | undefined, event: AppEvent) {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
