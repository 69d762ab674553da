import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { WORKSPACE_FILE, type HandlerContext } from '../platform';
import type { DbEnv } from '../db/open';
import { samePath, slug } from '../files';
import { forgetRecent, readSettings, rememberRecent, updateSettings } from '../services/settings';
import { lockNow, startAutoLock, stopAutoLock } from '../autoLock';
import { startBackups, stopBackups } from '../backupSchedule';
import * as workspace from '../services/workspace';
import type { AreaHandlers } from './types';

export const envOf = (ctx: HandlerContext): DbEnv => ({
  migrationsFolder: ctx.platform.migrationsFolder,
  // Read at each write, so a name given or changed while the workspace is open (user.set) is used at once.
  get actor() {
    return ctx.platform.actor;
  },
  now: ctx.platform.now,
  nativeBinding: ctx.platform.nativeBinding,
});

/** Installs the next workspace (or none); a previous one that did not close cleanly becomes a warning, never a failure. */
function switchTo(ctx: HandlerContext, ws: ReturnType<typeof workspace.openWorkspace> | null): string | undefined {
  stopAutoLock(ctx);
  stopBackups(ctx);
  const closeError = ctx.session.replace(ws);
  ctx.platform.onWorkspaceChanged?.(ws);
  if (closeError === null) return undefined;
  ctx.platform.log?.('closing the previous workspace', closeError);
  return 'The previous workspace did not close cleanly (its last changes are saved, but its temporary files may remain beside it). Check that its folder is writable and has free space.';
}

function activate(ctx: HandlerContext, ws: ReturnType<typeof workspace.openWorkspace>) {
  const warning = switchTo(ctx, ws);
  ctx.session.pendingUnlock = null;
  startAutoLock(ctx);
  startBackups(ctx);
  const info = workspace.workspaceInfo(ws);
  if (ctx.platform.recordRecent !== false) {
    try {
      rememberRecent(ctx.platform.dataDir, ws.path, info.organisation, ctx.platform.now());
    } catch (err) {
      // The recent list is a convenience; the workspace is open regardless.
      ctx.platform.log?.('updating the recent list', err);
    }
  }
  return warning ? { opened: true, info, warning } : { opened: true, info };
}

const recentList = (ctx: HandlerContext, recent = readSettings(ctx.platform.dataDir).recent) => recent.map((r) => ({ ...r, exists: existsSync(r.path) }));

/** Which file to open: a recent entry (only one the list holds), the file last refused for another computer's lock, or the dialog. */
async function chooseFile(ctx: HandlerContext, recent: string | undefined, takeOver: boolean): Promise<string | null> {
  if (recent !== undefined) {
    const entry = readSettings(ctx.platform.dataDir).recent.find((r) => samePath(r.path, recent));
    if (!entry) throw new AppError('NOT_FOUND', 'That file is not in the recent list. Choose it with Open instead.', { reason: 'not-recent' });
    return entry.path;
  }
  if (takeOver && ctx.session.takeOverCandidate) return ctx.session.takeOverCandidate;
  return ctx.platform.dialogs.chooseExistingWorkspace();
}

export const workspaceHandlers: AreaHandlers<'workspace'> = {
  'workspace.info': (_i, ctx) => (ctx.session.current ? workspace.workspaceInfo(ctx.session.current) : null),
  'workspace.create': async (meta, ctx) => {
    const target = await ctx.platform.dialogs.chooseNewWorkspace(`${slug(meta.organisation)}.isms`);
    if (!target) return { opened: false, info: null };
    const { password, ...fields } = meta;
    return activate(ctx, workspace.createWorkspace(target, fields, envOf(ctx), { password }));
  },
  'workspace.open': async ({ recent, takeOver = false, password }, ctx) => {
    const target = await chooseFile(ctx, recent, takeOver);
    if (!target) return { opened: false, info: null };
    if (ctx.session.current && samePath(ctx.session.current.path, target)) return { opened: true, info: workspace.workspaceInfo(ctx.session.current) };
    try {
      const ws = workspace.openWorkspace(target, envOf(ctx), { takeOver, password });
      ctx.session.takeOverCandidate = null;
      return activate(ctx, ws);
    } catch (err) {
      const canTakeOver = err instanceof AppError && (err.details as { canTakeOver?: unknown } | undefined)?.canTakeOver === true;
      ctx.session.takeOverCandidate = canTakeOver ? target : null;
      // An encrypted file: remember it, so the renderer asks only for the password (workspace.unlock).
      if (err instanceof AppError && err.code === 'WRONG_PASSWORD') ctx.session.pendingUnlock = { path: target };
      throw err;
    }
  },
  'workspace.unlock': ({ password }, ctx) => {
    const pending = ctx.session.pendingUnlock;
    if (!pending) throw new AppError('CONFLICT', 'No workspace is waiting for a password.');
    return activate(ctx, workspace.openWorkspace(pending.path, envOf(ctx), { password }));
  },
  'workspace.lock': (_i, ctx) => ({ locked: lockNow(ctx) }),
  'workspace.cancelUnlock': (_i, ctx) => {
    ctx.session.pendingUnlock = null;
    return { locked: false as const };
  },
  'workspace.lockState': (_i, ctx) => ({
    locked: ctx.session.pendingUnlock !== null,
    path: ctx.session.pendingUnlock?.path ?? null,
    autoLockMinutes: readSettings(ctx.platform.dataDir).autoLockMinutes,
  }),
  'workspace.setAutoLock': ({ minutes }, ctx) => ({ minutes: updateSettings(ctx.platform.dataDir, (s) => ({ ...s, autoLockMinutes: minutes })).autoLockMinutes }),
  'workspace.setPassword': ({ currentPassword, newPassword }, ctx) => {
    const info = workspace.setPassword(ctx.ws, currentPassword, newPassword);
    startAutoLock(ctx);
    return info;
  },
  'workspace.close': (_i, ctx) => {
    const closed = ctx.session.current !== null;
    ctx.session.pendingUnlock = null;
    const warning = closed ? switchTo(ctx, null) : undefined;
    return warning ? { closed, warning } : { closed };
  },
  'workspace.update': (meta, { ws }) => workspace.updateWorkspaceMeta(ws, meta),
  'workspace.recent': (_i, ctx) => recentList(ctx),
  'workspace.forget': ({ path }, ctx) => recentList(ctx, forgetRecent(ctx.platform.dataDir, path).recent),
  'workspace.saveCopy': async (_i, ctx) => {
    const info = workspace.workspaceInfo(ctx.ws);
    const target = await ctx.platform.dialogs.chooseSavePath(`${slug(info.organisation)}-copy.isms`, WORKSPACE_FILE);
    if (!target) return { saved: false, path: null };
    return { saved: true, path: await workspace.saveCopy(ctx.ws, target) };
  },
};
