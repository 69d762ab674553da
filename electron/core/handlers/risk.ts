import * as method from '../services/riskMethod';
import * as assets from '../services/assets';
import { importAssets } from '../services/assetImport';
import { assetImportTemplate } from '../services/assetImportTemplate';
import * as catalogue from '../services/riskCatalogue';
import * as risks from '../services/risks';
import * as actions from '../services/riskActions';
import * as decisions from '../services/riskDecisions';
import * as runs from '../services/riskRuns';
import type { AreaHandlers } from './types';

export const riskHandlers: AreaHandlers<'risk'> = {
  'risk.method': (_i, { ws }) => method.getMethod(ws),
  'risk.methodUpdate': (patch, { ws }) => method.updateMethod(ws, patch),
  'risk.assetList': (q, { ws }) => assets.listAssets(ws, q),
  'risk.assetGet': ({ id }, { ws }) => assets.getAsset(ws, id),
  'risk.assetCreate': (input, { ws }) => assets.createAsset(ws, input),
  'risk.assetUpdate': (patch, { ws }) => assets.updateAsset(ws, patch),
  'risk.assetDelete': ({ id, confirm }, { ws }) => (assets.deleteAsset(ws, id, confirm), { ok: true }),
  'risk.assetImport': (input, { ws }) => importAssets(ws, input),
  'risk.assetImportTemplate': ({ format }, { ws }) => assetImportTemplate(ws, format),
  'risk.threatList': (_i, { ws }) => catalogue.listThreats(ws),
  'risk.threatCreate': (input, { ws }) => catalogue.createThreat(ws, input),
  'risk.threatUpdate': (patch, { ws }) => catalogue.updateThreat(ws, patch),
  'risk.threatDelete': ({ id, confirm }, { ws }) => (catalogue.deleteThreat(ws, id, confirm), { ok: true }),
  'risk.vulnerabilityList': (_i, { ws }) => catalogue.listVulnerabilities(ws),
  'risk.vulnerabilityCreate': (input, { ws }) => catalogue.createVulnerability(ws, input),
  'risk.vulnerabilityUpdate': (patch, { ws }) => catalogue.updateVulnerability(ws, patch),
  'risk.vulnerabilityDelete': ({ id, confirm }, { ws }) => (catalogue.deleteVulnerability(ws, id, confirm), { ok: true }),
  'risk.list': (q, { ws }) => risks.listRisks(ws, q),
  'risk.get': ({ id }, { ws }) => risks.getRisk(ws, id),
  'risk.create': (input, { ws }) => risks.createRisk(ws, input),
  'risk.update': (patch, { ws }) => risks.updateRisk(ws, patch),
  'risk.delete': ({ id, confirm }, { ws }) => (risks.deleteRisk(ws, id, confirm), { ok: true }),
  'risk.heatmaps': (_i, { ws }) => risks.heatMaps(ws),
  'risk.sourcesOf': (q, { ws }) => risks.sourcesOf(ws, q),
  'risk.actionList': ({ riskId }, { ws }) => actions.listActions(ws, riskId),
  'risk.actionCreate': (input, { ws }) => actions.createAction(ws, input),
  'risk.actionUpdate': (patch, { ws }) => actions.updateAction(ws, patch),
  'risk.actionDelete': ({ id, confirm }, { ws }) => (actions.deleteAction(ws, id, confirm), { ok: true }),
  'risk.approvePlan': (input, { ws }) => decisions.approvePlan(ws, input),
  'risk.acceptResidual': (input, { ws }) => decisions.acceptResidual(ws, input),
  'risk.decisions': ({ riskId }, { ws }) => decisions.listDecisions(ws, riskId),
  'risk.runList': (_i, { ws }) => runs.listRuns(ws),
  'risk.runCreate': (input, { ws }) => runs.createRun(ws, input),
  'risk.runItems': ({ id }, { ws }) => runs.runItems(ws, id),
  'risk.runCompare': ({ fromId, toId }, { ws }) => runs.compareRuns(ws, fromId, toId),
};
