import { existsSync } from 'node:fs';
import { WORKSPACE_FILE, type HandlerContext } from '../platform';
import type { DbEnv } from '../db/open';
import { samePath, slug } from '../files';
import { forgetRecent, readSettings, rememberRecent, updateSettings } from '../services/settings';
import { AppError } from '../../../shared/errors';
import { lockNow, startAutoLock, stopAutoLock } from '../autoLock';
import * as workspace from '../services/workspace';
import type { AreaHandlers } from './types';

export const envOf = (ctx: HandlerContext): DbEnv => ({
  migrationsFolder: ctx.platform.migrationsFolder,
  actor: ctx.platform.actor,
  now: ctx.platform.now,
  nativeBinding: ctx.platform.nativeBinding,
});

function activate(ctx: HandlerContext, ws: ReturnType<typeof workspace.openWorkspace>) {
  ctx.session.replace(ws);
  ctx.session.pendingUnlock = null;
  startAutoLock(ctx);
  const info = workspace.workspaceInfo(ws);
  if (ctx.platform.recordRecent !== false) rememberRecent(ctx.platform.dataDir, ws.path, info.organisation, ctx.platform.now());
  ctx.platform.onWorkspaceChanged?.(ws);
  return { opened: true, info };
}


const recentList = (ctx: HandlerContext, recent = readSettings(ctx.platform.dataDir).recent) => recent.map((r) => ({ ...r, exists: existsSync(r.path) }));

export const workspaceHandlers: AreaHandlers<'workspace'> = {
  'workspace.info': (_i, ctx) => (ctx.session.current ? workspace.workspaceInfo(ctx.session.current) : null),
  'workspace.create': async ({ path, ...meta }, ctx) => {
    const target = path ?? (await ctx.platform.dialogs.chooseNewWorkspace(`${slug(meta.organisation)}.isms`));
    if (!target) return { opened: false, info: null };
    const { password, ...fields } = meta;
    return activate(ctx, workspace.createWorkspace(target, fields, envOf(ctx), { password }));
  },
  'workspace.open': async ({ path, password }, ctx) => {
    const target = path ?? (await ctx.platform.dialogs.chooseExistingWorkspace());
    if (!target) return { opened: false, info: null };
    if (ctx.session.current && samePath(ctx.session.current.path, target)) return { opened: true, info: workspace.workspaceInfo(ctx.session.current) };
    try {
      return activate(ctx, workspace.openWorkspace(target, envOf(ctx), { password }));
    } catch (err) {
      // An encrypted file chosen in a dialog: remember it, so the renderer asks only for the password.
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
    stopAutoLock(ctx);
    ctx.session.pendingUnlock = null;
    ctx.session.replace(null);
    if (closed) ctx.platform.onWorkspaceChanged?.(null);
    return { closed };
  },
  'workspace.update': (meta, { ws }) => workspace.updateWorkspaceMeta(ws, meta),
  'workspace.recent': (_i, ctx) => recentList(ctx),
  'workspace.forget': ({ path }, ctx) => recentList(ctx, forgetRecent(ctx.platform.dataDir, path).recent),
  'workspace.saveCopy': async ({ path }, ctx) => {
    const info = workspace.workspaceInfo(ctx.ws);
    const target = path ?? (await ctx.platform.dialogs.chooseSavePath(`${slug(info.organisation)}-copy.isms`, WORKSPACE_FILE));
    if (!target) return { saved: false, path: null };
    return { saved: true, path: await workspace.saveCopy(ctx.ws, target) };
  },
};
