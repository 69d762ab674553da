import * as metrics from '../services/metrics';
import * as library from '../services/metricsLibrary';
import { importValues } from '../services/metricsImport';
import type { AreaHandlers } from './types';

export const metricsHandlers: AreaHandlers<'metrics'> = {
  'metrics.library': (_input, { ws }) => library.library(ws),
  'metrics.addFromLibrary': ({ key }, { ws }) => library.addFromLibrary(ws, key),
  'metrics.list': (q, { ws }) => metrics.listMetrics(ws, q),
  'metrics.get': ({ id }, { ws }) => metrics.getMetric(ws, id),
  'metrics.create': (input, { ws }) => metrics.createMetric(ws, input),
  'metrics.update': ({ id, ...patch }, { ws }) => metrics.updateMetric(ws, id, patch),
  'metrics.delete': ({ id, confirm }, { ws }) => (metrics.deleteMetric(ws, id, confirm), { ok: true }),
  'metrics.record': (input, { ws }) => metrics.recordMeasurement(ws, input),
  'metrics.supersede': (input, { ws }) => metrics.supersedeMeasurement(ws, input),
  'metrics.collect': ({ id }, { ws }) => metrics.collectAutomatic(ws, id),
  'metrics.import': (input, { ws }) => importValues(ws, input),
  'metrics.dashboard': (_input, { ws }) => library.dashboard(ws),
};
