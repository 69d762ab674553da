import { approveDocument, approvers, documentRecord, updateDocument } from '../services/documentControl';
import { documentType, listDocuments } from '../services/documentCatalog';
import { settingsView, updateDocumentSettings } from '../services/documentSettings';
import type { AreaHandlers } from './types';

export const documentsHandlers: AreaHandlers<'documents'> = {
  'documents.list': (_i, { ws }) => listDocuments(ws),
  'documents.get': ({ key }, { ws }) => documentRecord(ws, documentType(key)),
  'documents.update': ({ key, ...input }, { ws }) => updateDocument(ws, documentType(key), input),
  'documents.approve': ({ key, ...input }, { ws }) => approveDocument(ws, documentType(key), input),
  'documents.approvers': (_i, { ws }) => approvers(ws),
  'documents.settings': (_i, { ws }) => settingsView(ws),
  'documents.settingsUpdate': (input, { ws }) => updateDocumentSettings(ws, input),
};
