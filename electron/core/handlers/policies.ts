import { listTemplates } from '../catalog/policies';
import * as policies from '../services/policies';
import * as workflow from '../services/policyWorkflow';
import * as distribution from '../services/policyDistribution';
import { getVersion } from '../services/policyVersions';
import type { AreaHandlers } from './types';

export const policiesHandlers: AreaHandlers<'policies'> = {
  'policies.listTemplates': () => listTemplates(),
  'policies.list': (_i, { ws }) => policies.listPolicies(ws),
  'policies.get': ({ id }, { ws }) => policies.getPolicy(ws, id),
  'policies.create': (input, { ws }) => policies.createPolicy(ws, input),
  'policies.update': ({ id, ...input }, { ws }) => policies.updatePolicy(ws, id, input),
  'policies.delete': ({ id, confirm }, { ws }) => (policies.deletePolicy(ws, id, confirm), { ok: true }),
  'policies.getVersion': ({ versionId }, { ws }) => getVersion(ws, versionId),
  'policies.saveDraft': (input, { ws }) => workflow.saveDraft(ws, input),
  'policies.updateVersion': ({ versionId, ...input }, { ws }) => workflow.updateVersion(ws, versionId, input),
  'policies.submit': ({ versionId }, { ws }) => workflow.submitVersion(ws, versionId),
  'policies.returnToDraft': ({ versionId }, { ws }) => workflow.returnToDraft(ws, versionId),
  'policies.approve': (input, { ws }) => workflow.approveVersion(ws, input),
  'policies.publish': (input, { ws }) => workflow.publishVersion(ws, input),
  'policies.getDiff': ({ fromVersionId, toVersionId }, { ws }) => workflow.diffVersions(ws, fromVersionId, toVersionId),
  'policies.distributionAdd': (input, { ws }) => distribution.addDistribution(ws, input),
  'policies.distributionRemove': ({ id }, { ws }) => (distribution.removeDistribution(ws, id), { ok: true }),
  'policies.acknowledge': (input, { ws }) => distribution.acknowledge(ws, input),
  'policies.acknowledgeMany': (input, { ws }) => distribution.acknowledgeMany(ws, input),
  'policies.acknowledgementDelete': ({ id }, { ws }) => (distribution.deleteAcknowledgement(ws, id), { ok: true }),
};
