import type { HandlerContext } from '../platform';
import { rememberUserName } from '../services/settings';
import type { AreaHandlers } from './types';

const current = (ctx: HandlerContext) => ({ name: ctx.platform.actor || null, source: ctx.platform.actor ? (ctx.platform.actorSource ?? 'settings') : null });

export const userHandlers: AreaHandlers<'user'> = {
  'user.get': (_i, ctx) => current(ctx),
  'user.set': ({ name }, ctx) => {
    rememberUserName(ctx.platform.dataDir, name);
    ctx.platform.actor = name;
    ctx.platform.actorSource = 'settings';
    return current(ctx);
  },
};
