import * as scope from '../services/scope';
import * as processes from '../services/processes';
import { approveDocument } from '../services/documentControl';
import { SCOPE_DOC } from '../services/documentCatalog';
import type { AreaHandlers } from './types';

export const scopeHandlers: AreaHandlers<'scope'> = {
  'scope.boundaryList': (_i, { ws }) => scope.listBoundaries(ws),
  'scope.boundaryCreate': (input, { ws }) => scope.createBoundary(ws, input),
  'scope.boundaryUpdate': ({ id, ...input }, { ws }) => scope.updateBoundary(ws, id, input),
  'scope.boundaryDelete': ({ id }, { ws }) => (scope.deleteBoundary(ws, id), { ok: true }),
  'scope.interfaceList': (_i, { ws }) => scope.listInterfaces(ws),
  'scope.interfaceCreate': (input, { ws }) => scope.createInterface(ws, input),
  'scope.interfaceUpdate': ({ id, ...input }, { ws }) => scope.updateInterface(ws, id, input),
  'scope.interfaceDelete': ({ id, confirm }, { ws }) => (scope.deleteInterface(ws, id, confirm), { ok: true }),
  'scope.statementDraft': (_i, { ws }) => ({ text: scope.draftStatement(ws) }),
  'scope.statementList': (_i, { ws }) => scope.listStatements(ws),
  'scope.statementSave': ({ text }, { ws }) => scope.saveStatement(ws, text),
  'scope.statementApprove': ({ versionId, ...input }, { ws }) => {
    // versionId names the draft the approver read; approval itself goes through document control.
    if (versionId !== undefined) scope.assertOpenDraft(ws, versionId);
    approveDocument(ws, SCOPE_DOC, input);
    return scope.listStatements(ws)[0];
  },
  'scope.processList': (_i, { ws }) => processes.listProcesses(ws),
  'scope.processCreate': (input, { ws }) => processes.createProcess(ws, input),
  'scope.processUpdate': ({ id, ...input }, { ws }) => processes.updateProcess(ws, id, input),
  'scope.processUpdateMany': (input, { ws }) => processes.updateProcesses(ws, input),
  'scope.processDelete': ({ id, confirm }, { ws }) => (processes.deleteProcess(ws, id, confirm), { ok: true }),
};
