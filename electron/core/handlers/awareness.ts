import * as awareness from '../services/awareness';
import type { AreaHandlers } from './types';

export const awarenessHandlers: AreaHandlers<'awareness'> = {
  'awareness.campaignList': (_i, { ws }) => awareness.listCampaigns(ws),
  'awareness.campaignGet': ({ id }, { ws }) => awareness.getCampaign(ws, id),
  'awareness.campaignCreate': (input, { ws }) => awareness.createCampaign(ws, input),
  'awareness.campaignUpdate': (patch, { ws }) => awareness.updateCampaign(ws, patch),
  'awareness.campaignDelete': ({ id, confirm }, { ws }) => (awareness.deleteCampaign(ws, id, confirm), { ok: true }),
  'awareness.attendanceSave': (input, { ws }) => awareness.saveAttendance(ws, input),
  'awareness.coverage': ({ year }, { ws }) => awareness.coverage(ws, year),
};
