/** Channel names of the Electron transport: one for calls, one for pushed events. */
export const INVOKE_CHANNEL = 'app:invoke';
export const EVENT_CHANNEL = 'app:event';
