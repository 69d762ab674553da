import type { Workspace } from './db/open';
import type { HandlerContext, Session } from './platform';
import { pruneUpgradeBackups, takeSnapshot } from './services/backup';
import { readSettings } from './services/settings';

/**
 * When snapshots are taken (issue 10, item 8): once after a workspace is opened, then every
 * `backupEveryMinutes` while it has changed since the last one. State per workspace, held here so
 * the session stays small; a failed snapshot is logged and tried again at the next tick.
 */
const TICK_MS = 60_000;
const FIRST_AFTER_MS = 2_000;

interface State {
  /** Platform time (ms) and workspace revision of the last snapshot; null before the first. */
  last: { at: number; revision: number } | null;
  running: boolean;
}

const states = new WeakMap<Workspace, State>();
const timers = new WeakMap<Session, ReturnType<typeof setInterval>[]>();

function due(ws: Workspace, state: State, now: number, everyMinutes: number): boolean {
  if (state.running) return false;
  if (!state.last) return true;
  if (everyMinutes <= 0 || ws.revision === state.last.revision) return false;
  return now - state.last.at >= everyMinutes * 60_000;
}

/** Takes a snapshot of the open workspace when one is due; returns its name, or null. */
export async function backupTick(ctx: HandlerContext): Promise<string | null> {
  const ws = ctx.session.current;
  if (!ws) return null;
  const state = states.get(ws) ?? { last: null, running: false };
  states.set(ws, state);
  const settings = readSettings(ctx.platform.dataDir);
  const now = ctx.platform.now();
  if (!due(ws, state, now.getTime(), settings.backupEveryMinutes)) return null;
  state.running = true;
  const revision = ws.revision;
  try {
    const snapshot = await takeSnapshot(ws, now, settings.backupKeep);
    state.last = { at: now.getTime(), revision };
    if (ctx.session.current === ws) pruneUpgradeBackups(ws);
    return snapshot.name;
  } catch (err) {
    ctx.platform.log?.('taking a backup snapshot', err);
    return null;
  } finally {
    state.running = false;
  }
}

/** Records a snapshot taken on request, so the timer counts from it. */
export function noteSnapshot(ws: Workspace, at: Date) {
  states.set(ws, { last: { at: at.getTime(), revision: ws.revision }, running: false });
}

export function startBackups(ctx: HandlerContext) {
  stopBackups(ctx);
  const tick = () => void backupTick(ctx);
  const first = setTimeout(tick, FIRST_AFTER_MS);
  const every = setInterval(tick, TICK_MS);
  // The CLI and tests must be able to exit with a workspace open.
  first.unref?.();
  every.unref?.();
  timers.set(ctx.session, [first, every]);
}

export function stopBackups(ctx: HandlerContext) {
  for (const t of timers.get(ctx.session) ?? []) clearInterval(t);
  timers.delete(ctx.session);
}
