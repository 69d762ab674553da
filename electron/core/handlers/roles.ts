import * as roles from '../services/roles';
import * as raci from '../services/raci';
import type { AreaHandlers } from './types';

export const rolesHandlers: AreaHandlers<'roles'> = {
  'roles.list': (_i, { ws }) => roles.readRoles(ws),
  'roles.create': (input, { ws }) => roles.createRole(ws, input),
  'roles.update': ({ id, ...input }, { ws }) => roles.updateRole(ws, id, input),
  'roles.delete': ({ id, confirm }, { ws }) => (roles.deleteRole(ws, id, confirm), { ok: true }),
  'roles.assign': (input, { ws }) => roles.assignRole(ws, input),
  'roles.assignmentUpdate': ({ id, ...input }, { ws }) => roles.updateAssignment(ws, id, input),
  'roles.unassign': ({ id }, { ws }) => (roles.unassignRole(ws, id), { ok: true }),
  'roles.getRaci': (_i, { ws }) => raci.readRaci(ws),
  'roles.activityCreate': (input, { ws }) => raci.createActivity(ws, input),
  'roles.activityUpdate': ({ id, ...input }, { ws }) => raci.updateActivity(ws, id, input),
  'roles.activityDelete': ({ id, confirm }, { ws }) => (raci.deleteActivity(ws, id, confirm), { ok: true }),
  'roles.raciSave': ({ rows }, { ws }) => raci.saveRaci(ws, rows),
};
