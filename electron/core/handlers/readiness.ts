import { readinessSummary } from '../readiness';
import type { AreaHandlers } from './types';

export const readinessHandlers: AreaHandlers<'readiness'> = {
  'readiness.summary': (_i, { ws, platform }) => readinessSummary(ws, platform.now()),
};
