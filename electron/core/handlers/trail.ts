import * as trail from '../services/trail';
import type { AreaHandlers } from './types';

export const trailHandlers: AreaHandlers<'trail'> = {
  'trail.verify': (_i, { ws, platform }) => trail.verifyTrail(ws, platform.now()),
  'trail.history': (input, { ws }) => trail.trailHistory(ws, input),
};
