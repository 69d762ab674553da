import * as suppliers from '../services/suppliers';
import * as communication from '../services/communication';
import type { AreaHandlers } from './types';

export const suppliersHandlers: AreaHandlers<'suppliers'> = {
  'suppliers.list': (_i, { ws }) => suppliers.listSuppliers(ws),
  'suppliers.get': ({ id }, { ws }) => suppliers.getSupplier(ws, id),
  'suppliers.create': (input, { ws }) => suppliers.createSupplier(ws, input),
  'suppliers.update': ({ id, ...patch }, { ws }) => suppliers.updateSupplier(ws, id, patch),
  'suppliers.delete': ({ id, confirm }, { ws }) => (suppliers.deleteSupplier(ws, id, confirm), { ok: true }),
};

export const communicationHandlers: AreaHandlers<'communication'> = {
  'communication.planList': (_i, { ws }) => communication.listPlan(ws),
  'communication.planCreate': (input, { ws }) => communication.createPlanRow(ws, input),
  'communication.planUpdate': ({ id, ...patch }, { ws }) => communication.updatePlanRow(ws, id, patch),
  'communication.planDelete': ({ id, confirm }, { ws }) => (communication.deletePlanRow(ws, id, confirm), { ok: true }),
  'communication.logList': (_i, { ws }) => communication.listLog(ws),
  'communication.logCreate': (input, { ws }) => communication.createLogEntry(ws, input),
  'communication.logUpdate': ({ id, ...patch }, { ws }) => communication.updateLogEntry(ws, id, patch),
  'communication.logDelete': ({ id }, { ws }) => (communication.deleteLogEntry(ws, id), { ok: true }),
};
