import * as roles from '../services/roles';
import * as raci from '../services/raci';
import type { AreaHandlers } from './types';

export const rolesHandlers: AreaHandlers<'roles'> = {
  'roles.list': (_i, { ws }) => roles.listRoles(ws),
  'roles.create': (input, { ws }) => roles.createRole(ws, input),
  'roles.update': ({ id, ...input }, { ws }) => roles.updateRole(ws, id, input),
  'roles.delete': ({ id }, { ws }) => (roles.deleteRole(ws, id), { ok: true }),
  'roles.assign': (input, { ws }) => roles.assignRole(ws, input),
  'roles.assignmentUpdate': ({ id, ...input }, { ws }) => roles.updateAssignment(ws, id, input),
  'roles.unassign': ({ id }, { ws }) => (roles.unassignRole(ws, id), { ok: true }),
  'roles.getRaci': (_i, { ws }) => raci.getRaci(ws),
  'roles.activityCreate': (input, { ws }) => raci.createActivity(ws, input),
  'roles.activityUpdate': ({ id, ...input }, { ws }) => raci.updateActivity(ws, id, input),
  'roles.activityDelete': ({ id }, { ws }) => (raci.deleteActivity(ws, id), { ok: true }),
  'roles.raciSave': ({ rows }, { ws }) => raci.saveRaci(ws, rows),
};
