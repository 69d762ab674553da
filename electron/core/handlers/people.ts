import * as people from '../services/people';
import { importPeople } from '../services/peopleImport';
import type { AreaHandlers } from './types';

export const peopleHandlers: AreaHandlers<'people'> = {
  'people.list': (q, { ws }) => people.listPeople(ws, q),
  'people.get': ({ id }, { ws }) => people.getPerson(ws, id),
  'people.create': (input, { ws }) => people.createPerson(ws, input),
  'people.update': ({ id, ...input }, { ws }) => people.updatePerson(ws, id, input),
  'people.delete': ({ id, confirm }, { ws }) => (people.deletePerson(ws, id, confirm), { ok: true }),
  'people.unitList': (_i, { ws }) => people.listUnits(ws),
  'people.unitCreate': (input, { ws }) => people.createUnit(ws, input),
  'people.unitUpdate': ({ id, ...input }, { ws }) => people.updateUnit(ws, id, input),
  'people.import': (input, { ws }) => importPeople(ws, input),
  'people.unitDelete': ({ id, confirm }, { ws }) => (people.deleteUnit(ws, id, confirm), { ok: true }),
};
