import * as leadership from '../services/leadership';
import type { AreaHandlers } from './types';

export const leadershipHandlers: AreaHandlers<'leadership'> = {
  'leadership.get': (_i, { ws }) => leadership.leadershipOverview(ws),
  'leadership.commitmentCreate': (input, { ws }) => leadership.createCommitment(ws, input),
  'leadership.commitmentUpdate': ({ id, ...input }, { ws }) => leadership.updateCommitment(ws, id, input),
  'leadership.commitmentDelete': ({ id, confirm }, { ws }) => (leadership.deleteCommitment(ws, id, confirm), { ok: true }),
  'leadership.evidenceAdd': (input, { ws }) => leadership.addEvidence(ws, input),
  'leadership.evidenceUpdate': ({ id, ...input }, { ws }) => leadership.updateEvidence(ws, id, input),
  'leadership.evidenceDelete': ({ id }, { ws }) => (leadership.deleteEvidence(ws, id), { ok: true }),
};
