import * as parties from '../services/parties';
import type { AreaHandlers } from './types';

export const partiesHandlers: AreaHandlers<'parties'> = {
  'parties.list': (q, { ws }) => parties.listParties(ws, q),
  'parties.get': ({ id }, { ws }) => parties.getParty(ws, id),
  'parties.create': (input, { ws }) => parties.createParty(ws, input),
  'parties.update': ({ id, ...input }, { ws }) => parties.updateParty(ws, id, input),
  'parties.delete': ({ id, confirm }, { ws }) => (parties.deleteParty(ws, id, confirm), { ok: true }),
  'parties.requirementList': ({ partyId }, { ws }) => parties.listRequirements(ws, partyId),
  'parties.requirementCreate': (input, { ws }) => parties.createRequirement(ws, input),
  'parties.requirementUpdate': ({ id, ...input }, { ws }) => parties.updateRequirement(ws, id, input),
  'parties.requirementDelete': ({ id }, { ws }) => (parties.deleteRequirement(ws, id), { ok: true }),
};
