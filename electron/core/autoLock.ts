import type { HandlerContext } from './platform';
import { readSettings } from './services/settings';

/**
 * Auto-lock (issue 10, item 6): an encrypted workspace left unused for the configured minutes is
 * closed, so its key leaves memory, and the app asks for the password again (workspace.unlock).
 * Plain workspaces are not locked: closing them would protect nothing.
 */
const CHECK_EVERY_MS = 15_000;

/** Closes the workspace now and remembers its path for workspace.unlock. */
export function lockNow(ctx: HandlerContext): boolean {
  const ws = ctx.session.current;
  if (!ws?.cipher) return false;
  ctx.session.replace(null);
  ctx.session.pendingUnlock = { path: ws.path };
  stopAutoLock(ctx);
  ctx.platform.onWorkspaceChanged?.(null);
  return true;
}

/** Locks when the open workspace is encrypted and unused for longer than the setting allows. */
export function lockIfIdle(ctx: HandlerContext): boolean {
  const ws = ctx.session.current;
  if (!ws?.cipher) return false;
  const minutes = readSettings(ctx.platform.dataDir).autoLockMinutes;
  if (minutes <= 0) return false;
  if (ctx.platform.now().getTime() - ctx.session.lastActivity < minutes * 60_000) return false;
  return lockNow(ctx);
}

export function startAutoLock(ctx: HandlerContext) {
  stopAutoLock(ctx);
  if (!ctx.session.current?.cipher) return;
  ctx.session.lastActivity = ctx.platform.now().getTime();
  const timer = setInterval(() => lockIfIdle(ctx), CHECK_EVERY_MS);
  // The CLI and tests must be able to exit with a workspace open.
  timer.unref?.();
  ctx.session.idleTimer = timer;
}

export function stopAutoLock(ctx: HandlerContext) {
  if (ctx.session.idleTimer) clearInterval(ctx.session.idleTimer);
  ctx.session.idleTimer = undefined;
}
