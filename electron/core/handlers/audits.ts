import * as audits from '../services/audits';
import * as team from '../services/auditTeam';
import * as fieldwork from '../services/auditFieldwork';
import type { AreaHandlers } from './types';

export const auditsHandlers: AreaHandlers<'audits'> = {
  'audits.programmeList': (_i, { ws }) => audits.listProgrammes(ws),
  'audits.programmeCreate': (input, { ws }) => audits.createProgramme(ws, input),
  'audits.programmeUpdate': (patch, { ws }) => audits.updateProgramme(ws, patch),
  'audits.programmeDelete': ({ id, confirm }, { ws }) => (audits.deleteProgramme(ws, id, confirm), { ok: true }),
  'audits.coverage': ({ id }, { ws }) => audits.programmeCoverage(ws, id),
  'audits.list': ({ programmeId }, { ws }) => audits.listAudits(ws, programmeId),
  'audits.get': ({ id }, { ws }) => audits.getAuditDetail(ws, id),
  'audits.create': (input, { ws }) => audits.createAudit(ws, input),
  'audits.update': (patch, { ws }) => audits.updateAudit(ws, patch),
  'audits.delete': ({ id, confirm }, { ws }) => (audits.deleteAudit(ws, id, confirm), { ok: true }),
  'audits.candidates': ({ auditId }, { ws }) => team.candidates(ws, auditId),
  'audits.teamAdd': (input, { ws }) => team.addMember(ws, input),
  'audits.teamUpdate': (patch, { ws }) => team.updateMember(ws, patch),
  'audits.teamRemove': ({ id }, { ws }) => (team.removeMember(ws, id), { ok: true }),
  'audits.itemCreate': (input, { ws }) => fieldwork.createItem(ws, input),
  'audits.itemUpdate': (patch, { ws }) => fieldwork.updateItem(ws, patch),
  'audits.itemDelete': ({ id }, { ws }) => (fieldwork.deleteItem(ws, id), { ok: true }),
  'audits.itemRecord': (input, { ws }) => fieldwork.recordItem(ws, input),
  'audits.evidenceAdd': (input, { ws }) => fieldwork.addEvidence(ws, input),
  'audits.evidenceDelete': ({ id }, { ws }) => (fieldwork.deleteEvidence(ws, id), { ok: true }),
  'audits.findingList': (q, { ws }) => fieldwork.listFindings(ws, q),
  'audits.findingUpdate': (patch, { ws }) => fieldwork.updateFinding(ws, patch),
  'audits.findingRaiseNc': (input, { ws }) => fieldwork.raiseNc(ws, input),
};
