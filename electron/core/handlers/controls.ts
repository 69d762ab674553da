import * as controls from '../services/controls';
import type { AreaHandlers } from './types';

export const controlsHandlers: AreaHandlers<'controls'> = {
  'controls.list': (q, { ws }) => controls.listControls(ws, q),
  'controls.get': ({ id }, { ws }) => controls.getControl(ws, id),
  'controls.update': (patch, { ws }) => controls.updateControl(ws, patch),
  'controls.createCustom': (input, { ws }) => controls.createCustomControl(ws, input),
  'controls.deleteCustom': ({ id, confirm }, { ws }) => (controls.deleteCustomControl(ws, id, confirm), { ok: true }),
  'controls.check': (_i, { ws }) => controls.checkSoa(ws),
};
