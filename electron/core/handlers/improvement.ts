import * as ncs from '../services/nonconformities';
import * as actions from '../services/ncActions';
import * as opportunities from '../services/opportunities';
import { traceOf } from '../services/trace';
import type { AreaHandlers } from './types';

export const improvementHandlers: AreaHandlers<'improvement'> = {
  'improvement.ncList': (q, { ws }) => ncs.listNcs(ws, q),
  'improvement.ncGet': ({ id }, { ws }) => ncs.getNcDetail(ws, id),
  'improvement.ncCreate': (input, { ws }) => ncs.createNc(ws, input),
  'improvement.ncUpdate': (patch, { ws }) => ncs.updateNc(ws, patch),
  'improvement.ncDelete': ({ id, confirm }, { ws }) => (ncs.deleteNc(ws, id, confirm), { ok: true }),
  'improvement.ncTransition': (input, { ws }) => ncs.transitionNc(ws, input),
  'improvement.ncSimilar': (q, { ws }) => ncs.similarNcs(ws, q),
  'improvement.actionList': ({ ncId }, { ws }) => actions.listCorrectiveActions(ws, ncId),
  'improvement.actionCreate': (input, { ws }) => actions.createCorrectiveAction(ws, input),
  'improvement.actionUpdate': (patch, { ws }) => actions.updateCorrectiveAction(ws, patch),
  'improvement.actionDelete': ({ id, confirm }, { ws }) => (actions.deleteCorrectiveAction(ws, id, confirm), { ok: true }),
  'improvement.reviewCreate': (input, { ws }) => actions.createReview(ws, input),
  'improvement.reviewUpdate': (patch, { ws }) => actions.updateReview(ws, patch),
  'improvement.reviewRecord': (input, { ws }) => actions.recordReview(ws, input),
  'improvement.reviewDelete': ({ id }, { ws }) => (actions.deleteReview(ws, id), { ok: true }),
  'improvement.linkCreate': (input, { ws }) => actions.createLink(ws, input),
  'improvement.linkDelete': ({ id }, { ws }) => (actions.deleteLink(ws, id), { ok: true }),
  'improvement.trace': ({ kind, id }, { ws }) => traceOf(ws, kind, id),
  'improvement.opportunityList': (q, { ws }) => opportunities.listOpportunities(ws, q),
  'improvement.opportunityGet': ({ id }, { ws }) => opportunities.getOpportunity(ws, id),
  'improvement.opportunityCreate': (input, { ws }) => opportunities.createOpportunity(ws, input),
  'improvement.opportunityUpdate': (patch, { ws }) => opportunities.updateOpportunity(ws, patch),
  'improvement.opportunityDelete': ({ id }, { ws }) => (opportunities.deleteOpportunity(ws, id), { ok: true }),
};
