import * as competence from '../services/competence';
import * as audits from '../services/skillAudits';
import * as training from '../services/training';
import { gapsByPerson, gapsByRole } from '../services/competenceGaps';
import type { AreaHandlers, PrefixHandlers } from './types';

/** 7.2; the 7.1 resource lines of the same area are in handlers/objectives.ts. */
export const competenceHandlers: Omit<AreaHandlers<'competence'>, keyof PrefixHandlers<'competence.resource'>> = {
  'competence.skillList': (_i, { ws }) => competence.listSkills(ws),
  'competence.skillCreate': (input, { ws }) => competence.createSkill(ws, input),
  'competence.skillUpdate': (patch, { ws }) => competence.updateSkill(ws, patch),
  'competence.skillDelete': ({ id, confirm }, { ws }) => (competence.deleteSkill(ws, id, confirm), { ok: true }),
  'competence.requirementList': ({ roleId }, { ws }) => competence.listRequirements(ws, roleId),
  'competence.requirementSet': (input, { ws }) => competence.setRequirement(ws, input),
  'competence.requirementRemove': ({ id }, { ws }) => (competence.removeRequirement(ws, id), { ok: true }),
  'competence.matrix': (_i, { ws }) => competence.readMatrix(ws),
  'competence.levelSet': (input, { ws }) => competence.setLevel(ws, input),
  'competence.levelRemove': ({ id }, { ws }) => (competence.removeLevel(ws, id), { ok: true }),
  'competence.auditList': (q, { ws }) => audits.listAudits(ws, q),
  'competence.auditGet': ({ id }, { ws }) => audits.getAudit(ws, id),
  'competence.auditCreate': (input, { ws }) => audits.createAudit(ws, input),
  'competence.auditUpdate': (patch, { ws }) => audits.updateAudit(ws, patch),
  'competence.auditDelete': ({ id }, { ws }) => (audits.deleteAudit(ws, id), { ok: true }),
  'competence.evidenceAdd': (input, { ws }) => audits.addEvidence(ws, input),
  'competence.evidenceDelete': ({ id }, { ws }) => (audits.deleteEvidence(ws, id), { ok: true }),
  'competence.planList': ({ personId }, { ws }) => training.listPlans(ws, personId),
  'competence.planCreate': (input, { ws }) => training.createPlan(ws, input),
  'competence.planUpdate': (patch, { ws }) => training.updatePlan(ws, patch),
  'competence.planDelete': ({ id, confirm }, { ws }) => (training.deletePlan(ws, id, confirm), { ok: true }),
  'competence.trainingList': ({ personId }, { ws }) => training.listTraining(ws, personId),
  'competence.trainingCreate': (input, { ws }) => training.createTraining(ws, input),
  'competence.trainingUpdate': (patch, { ws }) => training.updateTraining(ws, patch),
  'competence.trainingDelete': ({ id }, { ws }) => (training.deleteTraining(ws, id), { ok: true }),
  'competence.gapsByRole': (_i, { ws }) => gapsByRole(ws),
  'competence.gapsByPerson': (_i, { ws }) => gapsByPerson(ws),
};
