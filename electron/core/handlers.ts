import { existsSync } from 'node:fs';
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { WORKSPACE_FILE, type HandlerContext, type WorkspaceContext } from './platform';
import type { DbEnv } from './db/open';
import { readinessSummary } from './readiness';
import { exportDefinition, FILE_KINDS, listExports, suggestedFileName } from './export';
import { samePath, writeFileAtomic } from './files';
import { forgetRecent, readSettings, rememberRecent } from './services/settings';
import * as workspace from './services/workspace';
import * as people from './services/people';
import * as context from './services/context';

type Result<M extends MethodName> = MethodOutput<M> | Promise<MethodOutput<M>>;

/** Every contract method has exactly one handler; a missing one is a type error here. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, ctx: WorkspaceContext) => Result<M>;
};

const envOf = (ctx: HandlerContext): DbEnv => ({
  migrationsFolder: ctx.platform.migrationsFolder,
  actor: ctx.platform.actor,
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

const suggestedWorkspaceName = (organisation: string) =>
  `${organisation.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'workspace'}.isms`;

export const handlers: Handlers = {
  'workspace.info': (_i, ctx) => (ctx.session.current ? workspace.workspaceInfo(ctx.session.current) : null),
  'workspace.create': async ({ path, ...meta }, ctx) => {
    const target = path ?? (await ctx.platform.dialogs.chooseNewWorkspace(suggestedWorkspaceName(meta.organisation)));
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
  'workspace.recent': (_i, ctx) =>
    readSettings(ctx.platform.dataDir).recent.map((r) => ({ ...r, exists: existsSync(r.path) })),
  'workspace.forget': ({ path }, ctx) =>
    forgetRecent(ctx.platform.dataDir, path).recent.map((r) => ({ ...r, exists: existsSync(r.path) })),
  'workspace.saveCopy': async ({ path }, ctx) => {
    const info = workspace.workspaceInfo(ctx.ws);
    const target = path ?? (await ctx.platform.dialogs.chooseSavePath(`${suggestedWorkspaceName(info.organisation).replace(/\.isms$/, '')}-copy.isms`, WORKSPACE_FILE));
    if (!target) return { saved: false, path: null };
    return { saved: true, path: await workspace.saveCopy(ctx.ws, target) };
  },

  'people.list': (q, { ws }) => people.listPeople(ws, q),
  'people.get': ({ id }, { ws }) => people.getPerson(ws, id),
  'people.create': (input, { ws }) => people.createPerson(ws, input),
  'people.update': ({ id, ...input }, { ws }) => people.updatePerson(ws, id, input),
  'people.delete': ({ id }, { ws }) => (people.deletePerson(ws, id), { ok: true }),
  'people.unitList': (_i, { ws }) => people.listUnits(ws),
  'people.unitCreate': (input, { ws }) => people.createUnit(ws, input),
  'people.unitUpdate': ({ id, ...input }, { ws }) => people.updateUnit(ws, id, input),
  'people.unitDelete': ({ id }, { ws }) => (people.deleteUnit(ws, id), { ok: true }),

  'context.list': (q, { ws }) => context.listIssues(ws, q),
  'context.get': ({ id }, { ws }) => context.getIssue(ws, id),
  'context.create': (input, { ws }) => context.createIssue(ws, input),
  'context.update': ({ id, ...input }, { ws }) => context.updateIssue(ws, id, input),
  'context.delete': ({ id }, { ws }) => (context.deleteIssue(ws, id), { ok: true }),

  'readiness.summary': (_i, { ws, platform }) => readinessSummary(ws, platform.now()),

  'export.list': () => listExports(),
  'export.document': async ({ id, path }, { ws, platform }) => {
    const def = exportDefinition(id);
    const today = platform.now();
    const bytes = await def.build(ws, today);
    const target = path ?? (await platform.dialogs.chooseSavePath(suggestedFileName(ws, id, today), FILE_KINDS[def.format]));
    if (!target) return { saved: false, path: null, bytes: 0 };
    if (samePath(target, ws.path)) throw new AppError('CONFLICT', 'That is the workspace file itself. Choose another name.');
    writeFileAtomic(target, bytes);
    return { saved: true, path: target, bytes: bytes.byteLength };
  },
};
