import * as objectives from '../services/objectives';
import * as changes from '../services/ismsChanges';
import * as resources from '../services/resources';
import type { AreaHandlers } from './types';

export const objectivesHandlers: AreaHandlers<'objectives'> = {
  'objectives.list': (_i, { ws }) => objectives.listObjectives(ws),
  'objectives.get': ({ id }, { ws }) => objectives.getObjective(ws, id),
  'objectives.create': (input, { ws }) => objectives.createObjective(ws, input),
  'objectives.update': ({ id, ...patch }, { ws }) => objectives.updateObjective(ws, id, patch),
  'objectives.delete': ({ id, confirm }, { ws }) => (objectives.deleteObjective(ws, id, confirm), { ok: true }),
  'objectives.progressRecord': (input, { ws }) => objectives.recordProgress(ws, input),
  'objectives.changeList': (_i, { ws }) => changes.listChanges(ws),
  'objectives.changeCreate': (input, { ws }) => changes.createChange(ws, input),
  'objectives.changeUpdate': ({ id, ...patch }, { ws }) => changes.updateChange(ws, id, patch),
  'objectives.changeDecide': (input, { ws }) => changes.decideChange(ws, input),
  'objectives.changeDelete': ({ id, confirm }, { ws }) => (changes.deleteChange(ws, id, confirm), { ok: true }),
};

export const resourcesHandlers: AreaHandlers<'competence'> = {
  'competence.resourceList': (_i, { ws }) => resources.listResources(ws),
  'competence.resourceCreate': (input, { ws }) => resources.createResource(ws, input),
  'competence.resourceUpdate': ({ id, ...patch }, { ws }) => resources.updateResource(ws, id, patch),
  'competence.resourceDelete': ({ id, confirm }, { ws }) => (resources.deleteResource(ws, id, confirm), { ok: true }),
};
