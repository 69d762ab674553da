import { eq, or } from 'drizzle-orm';
import type { Reference } from '../../../shared/contract/common';
import { AppError } from '../../../shared/errors';
import { versionLabel } from '../../../shared/policyStates';
import type { Workspace } from '../db/open';
import {
  assets,
  contextIssues,
  controls,
  riskDecisions,
  risks,
  treatmentActions,
  ismsProcessLinks,
  ismsProcesses,
  leadershipCommitments,
  leadershipEvidence,
  metrics,
  orgUnits,
  parties,
  partyRequirements,
  people,
  policies,
  policyAcknowledgements,
  policyDistribution,
  policyVersions,
  raciActivities,
  raciEntries,
  roleAssignments,
  roles,
  scopeInterfaces,
  scopeStatements,
  ismsChanges,
  objectiveProgress,
  suppliers,
  supplierCertificates,
  supplierInterfaces,
  communicationPlan,
  communicationLog,
  objectives,
  resourceLines,
  nonconformities,
  correctiveActions,
  effectivenessReviews,
  improvementLinks,
  improvements,
  auditTeam,
  audits,
  managementReviews,
  reviewActions,
  reviewAttendees,
} from '../db/schema';
import { competencePersonReferences, competenceRoleReferences } from './competenceReferences';

/**
 * Referential safety (issue 7): before a record that others point to is deleted, the caller is told
 * what points to it and what the delete will do to each, and must confirm. Each function lists the
 * records a delete would change, in the words the UI shows.
 */

const unlinked = (kind: string, id: string, label: string): Reference => ({ kind, id, label, effect: 'unlinked' });
const deleted = (kind: string, id: string, label: string): Reference => ({ kind, id, label, effect: 'deleted' });
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function personReferences(ws: Workspace, personId: string): Reference[] {
  const db = ws.db;
  const refs: Reference[] = [];
  for (const r of db.select({ id: contextIssues.id, title: contextIssues.title }).from(contextIssues).where(eq(contextIssues.ownerId, personId)).all()) {
    refs.push(unlinked('context.issue', r.id, `Owner of the issue "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: ismsProcesses.id, name: ismsProcesses.name }).from(ismsProcesses).where(eq(ismsProcesses.ownerId, personId)).all()) {
    refs.push(unlinked('scope.process', r.id, `Owner of the process "${clip(r.name)}"`));
  }
  for (const r of db.select({ id: scopeStatements.id, version: scopeStatements.version }).from(scopeStatements).where(eq(scopeStatements.approverId, personId)).all()) {
    refs.push(unlinked('scope.statement', r.id, `Approver of scope statement version ${r.version} (the name stays on the record)`));
  }
  for (const r of db.select({ id: policies.id, title: policies.title }).from(policies).where(eq(policies.ownerId, personId)).all()) {
    refs.push(unlinked('policies.policy', r.id, `Owner of the policy "${clip(r.title)}"`));
  }
  const versions = db
    .select({ id: policyVersions.id, title: policies.title, major: policyVersions.major, minor: policyVersions.minor, authorId: policyVersions.authorId, approverId: policyVersions.approverId })
    .from(policyVersions)
    .innerJoin(policies, eq(policyVersions.policyId, policies.id))
    .where(or(eq(policyVersions.authorId, personId), eq(policyVersions.approverId, personId)))
    .all();
  for (const v of versions) {
    const as = [v.authorId === personId ? 'author' : '', v.approverId === personId ? 'approver' : ''].filter(Boolean).join(' and ');
    refs.push(unlinked('policies.version', v.id, `${as[0].toUpperCase()}${as.slice(1)} of "${clip(v.title)}" version ${versionLabel(v.major, v.minor)} (the name stays on the record)`));
  }
  for (const r of db
    .select({ id: policyAcknowledgements.id, title: policies.title, major: policyVersions.major, minor: policyVersions.minor })
    .from(policyAcknowledgements)
    .innerJoin(policyVersions, eq(policyAcknowledgements.versionId, policyVersions.id))
    .innerJoin(policies, eq(policyVersions.policyId, policies.id))
    .where(eq(policyAcknowledgements.personId, personId))
    .all()) {
    refs.push(unlinked('policies.acknowledgement', r.id, `Acknowledgement of "${clip(r.title)}" version ${versionLabel(r.major, r.minor)} (the name stays on the record)`));
  }
  for (const r of db.select({ id: leadershipCommitments.id, title: leadershipCommitments.title }).from(leadershipCommitments).where(eq(leadershipCommitments.ownerId, personId)).all()) {
    refs.push(unlinked('leadership.commitment', r.id, `Owner of the commitment "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: assets.id, name: assets.name, ownerId: assets.ownerId }).from(assets).where(or(eq(assets.ownerId, personId), eq(assets.custodianId, personId))).all()) {
    refs.push(unlinked('risk.asset', r.id, `${r.ownerId === personId ? 'Owner' : 'Custodian'} of the asset "${clip(r.name)}"`));
  }
  for (const r of db.select({ id: risks.id, title: risks.title }).from(risks).where(eq(risks.ownerId, personId)).all()) {
    refs.push(unlinked('risk.risk', r.id, `Owner of the risk "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: treatmentActions.id, title: treatmentActions.title }).from(treatmentActions).where(eq(treatmentActions.ownerId, personId)).all()) {
    refs.push(unlinked('risk.treatmentAction', r.id, `Owner of the treatment action "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: controls.id, code: controls.code, title: controls.title }).from(controls).where(eq(controls.ownerId, personId)).all()) {
    refs.push(unlinked('controls.control', r.id, `Owner of control ${r.code} "${clip(r.title)}"`));
  }
  for (const r of db
    .select({ id: metrics.id, title: metrics.title, ownerId: metrics.ownerId, collectorId: metrics.collectorId, customerId: metrics.customerId })
    .from(metrics)
    .where(or(eq(metrics.ownerId, personId), eq(metrics.collectorId, personId), eq(metrics.customerId, personId)))
    .all()) {
    const as = [r.ownerId === personId ? 'owner' : '', r.collectorId === personId ? 'collector' : '', r.customerId === personId ? 'customer' : ''].filter(Boolean).join(' and ');
    refs.push(unlinked('metrics.metric', r.id, `${as[0]!.toUpperCase()}${as.slice(1)} of the metric "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: riskDecisions.id }).from(riskDecisions).where(eq(riskDecisions.decidedById, personId)).all()) {
    refs.push(unlinked('risk.decision', r.id, 'Made a risk decision (the name stays on the record)'));
  }
  for (const r of db.select({ id: objectives.id, title: objectives.title }).from(objectives).where(eq(objectives.ownerId, personId)).all()) {
    refs.push(unlinked('objectives.objective', r.id, `Responsible for the objective "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: ismsChanges.id, title: ismsChanges.title, ownerId: ismsChanges.ownerId }).from(ismsChanges).where(or(eq(ismsChanges.ownerId, personId), eq(ismsChanges.approverId, personId))).all()) {
    refs.push(unlinked('objectives.change', r.id, r.ownerId === personId ? `Owner of the planned change "${clip(r.title)}"` : `Decided on the planned change "${clip(r.title)}" (the name stays on the record)`));
  }
  for (const r of db.select({ id: resourceLines.id, title: resourceLines.title }).from(resourceLines).where(eq(resourceLines.ownerId, personId)).all()) {
    refs.push(unlinked('competence.resource', r.id, `Owner of the resource line "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: suppliers.id, ref: suppliers.ref, name: suppliers.name }).from(suppliers).where(eq(suppliers.ownerId, personId)).all()) {
    refs.push(unlinked('suppliers.supplier', r.id, `Owner of the supplier ${r.ref} "${clip(r.name)}"`));
  }
  for (const r of db.select({ id: communicationPlan.id, ref: communicationPlan.ref, topic: communicationPlan.topic }).from(communicationPlan).where(eq(communicationPlan.responsibleId, personId)).all()) {
    refs.push(unlinked('communication.plan', r.id, `Responsible for the communication ${r.ref} "${clip(r.topic)}"`));
  }
  for (const r of db.select({ id: communicationLog.id, on: communicationLog.communicatedOn, topic: communicationLog.topic }).from(communicationLog).where(eq(communicationLog.byId, personId)).all()) {
    refs.push(unlinked('communication.log', r.id, `Communicated "${clip(r.topic)}" on ${r.on} (the entry stays without the name)`));
  }
  for (const r of db.select({ id: nonconformities.id, ref: nonconformities.ref, ownerId: nonconformities.ownerId, reporterId: nonconformities.reporterId, closedById: nonconformities.closedById }).from(nonconformities).where(or(eq(nonconformities.ownerId, personId), eq(nonconformities.reporterId, personId), eq(nonconformities.closedById, personId))).all()) {
    const as = [r.ownerId === personId ? 'owner' : '', r.reporterId === personId ? 'reporter' : '', r.closedById === personId ? 'closed it' : ''].filter(Boolean).join(', ');
    refs.push(unlinked('improvement.nonconformity', r.id, `Nonconformity ${r.ref}: ${as} (a closure keeps the name)`));
  }
  for (const r of db.select({ id: correctiveActions.id, ref: correctiveActions.ref, title: correctiveActions.title }).from(correctiveActions).where(eq(correctiveActions.ownerId, personId)).all()) {
    refs.push(unlinked('improvement.action', r.id, `Owner of the corrective action ${r.ref} "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: effectivenessReviews.id, plannedOn: effectivenessReviews.plannedOn }).from(effectivenessReviews).where(eq(effectivenessReviews.reviewerId, personId)).all()) {
    refs.push(unlinked('improvement.review', r.id, `Reviewer of an effectiveness review planned for ${r.plannedOn} (the name stays on the record)`));
  }
  for (const r of db.select({ id: improvements.id, ref: improvements.ref, title: improvements.title }).from(improvements).where(eq(improvements.ownerId, personId)).all()) {
    refs.push(unlinked('improvement.opportunity', r.id, `Owner of the improvement ${r.ref} "${clip(r.title)}"`));
  }
  for (const r of db
    .select({ id: policyDistribution.id, title: policies.title })
    .from(policyDistribution)
    .innerJoin(policies, eq(policyDistribution.policyId, policies.id))
    .where(eq(policyDistribution.personId, personId))
    .all()) {
    refs.push(deleted('policies.distribution', r.id, `On the distribution list of "${clip(r.title)}"`));
  }
  for (const r of db.select({ id: roleAssignments.id, name: roles.name }).from(roleAssignments).innerJoin(roles, eq(roleAssignments.roleId, roles.id)).where(eq(roleAssignments.personId, personId)).all()) {
    refs.push(deleted('roles.assignment', r.id, `Holds the role "${clip(r.name)}"`));
  }
  refs.push(...competencePersonReferences(ws, personId));
  for (const r of db.select({ id: auditTeam.id, ref: audits.ref, title: audits.title }).from(auditTeam).innerJoin(audits, eq(auditTeam.auditId, audits.id)).where(eq(auditTeam.personId, personId)).all()) {
    refs.push(deleted('audits.teamMember', r.id, `On the team of audit ${r.ref} "${clip(r.title)}"`));
  }
  // 9.3: chair, attendee and action owner lose the link; a signed-off review keeps the names it recorded.
  for (const r of db.select({ id: managementReviews.id, ref: managementReviews.ref, title: managementReviews.title }).from(managementReviews).where(eq(managementReviews.chairId, personId)).all()) {
    refs.push(unlinked('reviews.review', r.id, `Chair of management review ${r.ref} "${clip(r.title)}" (a signed-off review keeps the name)`));
  }
  for (const r of db.select({ id: reviewAttendees.id, ref: managementReviews.ref }).from(reviewAttendees).innerJoin(managementReviews, eq(reviewAttendees.reviewId, managementReviews.id)).where(eq(reviewAttendees.personId, personId)).all()) {
    refs.push(unlinked('reviews.attendee', r.id, `Attended management review ${r.ref} (the name stays on the record)`));
  }
  for (const r of db.select({ id: reviewActions.id, ref: reviewActions.ref, title: reviewActions.title }).from(reviewActions).where(eq(reviewActions.ownerId, personId)).all()) {
    refs.push(unlinked('reviews.action', r.id, `Owner of review action ${r.ref} "${clip(r.title)}"`));
  }
  return refs;
}

export function unitReferences(ws: Workspace, unitId: string): Reference[] {
  const db = ws.db;
  const refs: Reference[] = [];
  for (const r of db.select({ id: people.id, name: people.name }).from(people).where(eq(people.unitId, unitId)).all()) {
    refs.push(unlinked('people.person', r.id, `${clip(r.name)} is a member (they stay in the register without a unit)`));
  }
  for (const r of db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.parentId, unitId)).all()) {
    refs.push(unlinked('people.unit', r.id, `Sub-unit "${clip(r.name)}" (it moves to the top level)`));
  }
  for (const r of db
    .select({ id: policyDistribution.id, title: policies.title })
    .from(policyDistribution)
    .innerJoin(policies, eq(policyDistribution.policyId, policies.id))
    .where(eq(policyDistribution.unitId, unitId))
    .all()) {
    refs.push(deleted('policies.distribution', r.id, `On the distribution list of "${clip(r.title)}"`));
  }
  return refs;
}

export function partyReferences(ws: Workspace, partyId: string): Reference[] {
  const refs: Reference[] = [];
  for (const r of ws.db.select({ id: partyRequirements.id, text: partyRequirements.text }).from(partyRequirements).where(eq(partyRequirements.partyId, partyId)).all()) {
    refs.push(deleted('parties.requirement', r.id, `Requirement "${clip(r.text)}"`));
  }
  for (const r of ws.db.select({ id: scopeInterfaces.id, counterpart: scopeInterfaces.counterpart }).from(scopeInterfaces).where(eq(scopeInterfaces.partyId, partyId)).all()) {
    refs.push(unlinked('scope.interface', r.id, `Scope interface with "${clip(r.counterpart)}" (keeps its text)`));
  }
  for (const r of ws.db.select({ id: suppliers.id, ref: suppliers.ref, name: suppliers.name }).from(suppliers).where(eq(suppliers.partyId, partyId)).all()) {
    refs.push(unlinked('suppliers.supplier', r.id, `Supplier ${r.ref} "${clip(r.name)}" (stays, without the party)`));
  }
  return refs;
}

/** 4.3: suppliers behind an interface lose the link and stay in the 8.1 register. */
export function interfaceReferences(ws: Workspace, interfaceId: string): Reference[] {
  return ws.db
    .select({ id: supplierInterfaces.id, ref: suppliers.ref, name: suppliers.name })
    .from(supplierInterfaces)
    .innerJoin(suppliers, eq(supplierInterfaces.supplierId, suppliers.id))
    .where(eq(supplierInterfaces.interfaceId, interfaceId))
    .all()
    .map((r) => unlinked('suppliers.interfaceLink', r.id, `Supplier ${r.ref} "${clip(r.name)}" (stays, without this interface)`));
}

/** 8.1: certificates and interface links go with the supplier. */
export function supplierReferences(ws: Workspace, supplierId: string): Reference[] {
  const refs: Reference[] = [];
  for (const c of ws.db.select({ id: supplierCertificates.id, name: supplierCertificates.name, validUntil: supplierCertificates.validUntil }).from(supplierCertificates).where(eq(supplierCertificates.supplierId, supplierId)).all()) {
    refs.push(deleted('suppliers.certificate', c.id, `Certificate "${clip(c.name)}"${c.validUntil ? ` valid until ${c.validUntil}` : ''}`));
  }
  for (const l of ws.db
    .select({ id: supplierInterfaces.id, ref: scopeInterfaces.ref, counterpart: scopeInterfaces.counterpart })
    .from(supplierInterfaces)
    .innerJoin(scopeInterfaces, eq(supplierInterfaces.interfaceId, scopeInterfaces.id))
    .where(eq(supplierInterfaces.supplierId, supplierId))
    .all()) {
    refs.push(deleted('suppliers.interfaceLink', l.id, `Link to the 4.3 interface ${l.ref} "${clip(l.counterpart)}" (the interface stays)`));
  }
  return refs;
}

/** 7.4: what was communicated stays in the log, without the link to the plan row. */
export function communicationPlanReferences(ws: Workspace, planId: string): Reference[] {
  return ws.db
    .select({ id: communicationLog.id, on: communicationLog.communicatedOn, topic: communicationLog.topic })
    .from(communicationLog)
    .where(eq(communicationLog.planId, planId))
    .all()
    .map((e) => unlinked('communication.log', e.id, `Log entry of ${e.on} "${clip(e.topic)}" (stays in the log)`));
}

export function policyReferences(ws: Workspace, policyId: string): Reference[] {
  const refs: Reference[] = [];
  for (const r of ws.db
    .select({ id: partyRequirements.id, text: partyRequirements.text, party: parties.name })
    .from(partyRequirements)
    .innerJoin(parties, eq(partyRequirements.partyId, parties.id))
    .where(eq(partyRequirements.policyId, policyId))
    .all()) {
    refs.push(unlinked('parties.requirement', r.id, `Requirement of ${clip(r.party, 40)} addressed by it: "${clip(r.text)}"`));
  }
  for (const r of ws.db
    .select({ id: policyDistribution.id, person: people.name, unit: orgUnits.name })
    .from(policyDistribution)
    .leftJoin(people, eq(policyDistribution.personId, people.id))
    .leftJoin(orgUnits, eq(policyDistribution.unitId, orgUnits.id))
    .where(eq(policyDistribution.policyId, policyId))
    .all()) {
    refs.push(deleted('policies.distribution', r.id, `Distribution to ${r.person ?? r.unit ?? 'a removed entry'}`));
  }
  for (const r of ws.db.select({ id: objectives.id, title: objectives.title }).from(objectives).where(eq(objectives.policyId, policyId)).all()) {
    refs.push(unlinked('objectives.objective', r.id, `Objective "${clip(r.title)}" (keeps its other links)`));
  }
  for (const r of ws.db
    .select({ id: improvementLinks.id, ref: nonconformities.ref })
    .from(improvementLinks)
    .innerJoin(nonconformities, eq(improvementLinks.ncId, nonconformities.id))
    .where(eq(improvementLinks.policyId, policyId))
    .all()) {
    refs.push(deleted('improvement.link', r.id, `Traceability link from nonconformity ${r.ref}`));
  }
  return refs;
}

export function roleReferences(ws: Workspace, roleId: string): Reference[] {
  const refs: Reference[] = [];
  for (const r of ws.db.select({ id: roleAssignments.id, name: people.name }).from(roleAssignments).innerJoin(people, eq(roleAssignments.personId, people.id)).where(eq(roleAssignments.roleId, roleId)).all()) {
    refs.push(deleted('roles.assignment', r.id, `${clip(r.name)} holds it`));
  }
  for (const r of ws.db
    .select({ id: raciEntries.id, activity: raciActivities.name, value: raciEntries.value })
    .from(raciEntries)
    .innerJoin(raciActivities, eq(raciEntries.activityId, raciActivities.id))
    .where(eq(raciEntries.roleId, roleId))
    .all()) {
    refs.push(deleted('roles.raciCell', r.id, `${r.value} for the activity "${clip(r.activity)}" in the RACI matrix`));
  }
  refs.push(...competenceRoleReferences(ws, roleId));
  return refs;
}

export function activityReferences(ws: Workspace, activityId: string): Reference[] {
  return ws.db
    .select({ id: raciEntries.id, role: roles.name, value: raciEntries.value })
    .from(raciEntries)
    .innerJoin(roles, eq(raciEntries.roleId, roles.id))
    .where(eq(raciEntries.activityId, activityId))
    .all()
    .map((r) => deleted('roles.raciCell', r.id, `${r.value} for the role "${clip(r.role)}"`));
}

export function processReferences(ws: Workspace, processId: string): Reference[] {
  const names = new Map(ws.db.select({ id: ismsProcesses.id, name: ismsProcesses.name }).from(ismsProcesses).all().map((p) => [p.id, p.name]));
  const measuredBy = ws.db
    .select({ id: metrics.id, title: metrics.title })
    .from(metrics)
    .where(eq(metrics.processId, processId))
    .all()
    .map((m) => unlinked('metrics.metric', m.id, `Measured by the metric "${clip(m.title)}" (it keeps its description)`));
  return [...measuredBy, ...linksOf(ws, processId, names)];
}

function linksOf(ws: Workspace, processId: string, names: Map<string, string>): Reference[] {
  return ws.db
    .select()
    .from(ismsProcessLinks)
    .where(or(eq(ismsProcessLinks.fromId, processId), eq(ismsProcessLinks.toId, processId)))
    .all()
    .map((l) =>
      l.fromId === processId
        ? deleted('scope.processLink', l.id, `Feeds "${clip(names.get(l.toId) ?? '')}"`)
        : deleted('scope.processLink', l.id, `Fed by "${clip(names.get(l.fromId) ?? '')}"`),
    );
}

export function commitmentReferences(ws: Workspace, commitmentId: string): Reference[] {
  return ws.db
    .select({ id: leadershipEvidence.id, description: leadershipEvidence.description, attachmentId: leadershipEvidence.attachmentId })
    .from(leadershipEvidence)
    .where(eq(leadershipEvidence.commitmentId, commitmentId))
    .all()
    .map((e) => deleted('leadership.evidence', e.id, `Evidence "${clip(e.description)}"${e.attachmentId ? ' with its attached file' : ''}`));
}

/** 6.2: the progress history goes with the objective; 7.1 resource lines stay without it. */
export function objectiveReferences(ws: Workspace, objectiveId: string): Reference[] {
  const refs: Reference[] = [];
  for (const r of ws.db.select({ id: resourceLines.id, ref: resourceLines.ref, title: resourceLines.title }).from(resourceLines).where(eq(resourceLines.objectiveId, objectiveId)).all()) {
    refs.push(unlinked('competence.resource', r.id, `Resource line ${r.ref} "${clip(r.title)}" (stays, without the objective)`));
  }
  for (const r of ws.db.select({ id: objectiveProgress.id, on: objectiveProgress.recordedOn, progress: objectiveProgress.progress }).from(objectiveProgress).where(eq(objectiveProgress.objectiveId, objectiveId)).all()) {
    refs.push(deleted('objectives.progress', r.id, `Progress of ${r.progress} % recorded on ${r.on}`));
  }
  return refs;
}

/**
 * Refuses a delete that would change other records unless the caller confirmed it, listing them in
 * details.references so a script or the UI can show exactly what will change.
 */
export function assertDeleteConfirmed(what: string, references: Reference[], confirm: boolean) {
  if (references.length === 0 || confirm) return;
  const n = references.length;
  throw new AppError('CONFLICT', `${what} is referred to by ${n} other record${n === 1 ? '' : 's'}. Check what will change and confirm the delete.`, { references });
}
