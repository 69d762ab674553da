import * as context from '../services/context';
import type { AreaHandlers } from './types';

export const contextHandlers: AreaHandlers<'context'> = {
  'context.list': (q, { ws }) => context.listIssues(ws, q),
  'context.get': ({ id }, { ws }) => context.getIssue(ws, id),
  'context.create': (input, { ws }) => context.createIssue(ws, input),
  'context.update': ({ id, ...input }, { ws }) => context.updateIssue(ws, id, input),
  'context.updateMany': (input, { ws }) => context.updateIssues(ws, input),
  'context.delete': ({ id }, { ws }) => (context.deleteIssue(ws, id), { ok: true }),
};
