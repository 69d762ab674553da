import { existsSync } from 'node:fs';
import { WORKSPACE_FILE, type HandlerContext } from '../platform';
import type { DbEnv } from '../db/open';
import { samePath, slug } from '../files';
import { forgetRecent, readSettings, rememberRecent } from '../services/settings';
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

function activate(ctx: HandlerContext, ws: ReturnType<typeof workspace.openWorkspace>) {
  ctx.session.replace(ws);
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
    return activate(ctx, workspace.createWorkspace(target, meta, envOf(ctx)));
  },
  'workspace.open': async ({ path }, ctx) => {
    const target = path ?? (await ctx.platform.dialogs.chooseExistingWorkspace());
    if (!target) return { opened: false, info: null };
    if (ctx.session.current && samePath(ctx.session.current.path, target)) return { opened: true, info: workspace.workspaceInfo(ctx.session.current) };
    return activate(ctx, workspace.openWorkspace(target, envOf(ctx)));
  },
  'workspace.close': (_i, ctx) => {
    const closed = ctx.session.current !== null;
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
