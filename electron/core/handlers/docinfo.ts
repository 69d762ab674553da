import * as docinfo from '../services/docinfo';
import type { AreaHandlers } from './types';

export const docinfoHandlers: AreaHandlers<'docinfo'> = {
  'docinfo.register': (_i, { ws }) => docinfo.register(ws),
  'docinfo.checklist': (_i, { ws }) => docinfo.checklist(ws),
  'docinfo.entryList': (_i, { ws }) => docinfo.listEntries(ws),
  'docinfo.entryGet': ({ id }, { ws }) => docinfo.getEntry(ws, id),
  'docinfo.entryCreate': (input, { ws }) => docinfo.createEntry(ws, input),
  'docinfo.entryUpdate': ({ id, ...patch }, { ws }) => docinfo.updateEntry(ws, id, patch),
  'docinfo.entryDelete': ({ id, confirm }, { ws }) => (docinfo.deleteEntry(ws, id, confirm), { ok: true }),
  'docinfo.retentionSet': (input, { ws }) => docinfo.setRetention(ws, input),
};
