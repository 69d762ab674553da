import { and, desc, eq } from 'drizzle-orm';
import type { Reference } from '../../../shared/contract/common';
import type { Workspace } from '../db/open';
import {
  contextIssues,
  controlRequirements,
  controls,
  improvementLinks,
  metrics,
  nonconformities,
  objectiveLinks,
  objectives,
  partyRequirements,
  resourceLines,
  riskControls,
  riskDecisions,
  riskIssues,
  riskRequirements,
  risks,
  treatmentActions,
} from '../db/schema';

/**
 * Referential safety for the 6.1 deletes (issue 7's pattern, services/references.ts): what a delete
 * would change, in the words the UI shows, so the caller confirms before anything goes.
 */
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const unlinked = (kind: string, id: string, label: string): Reference => ({ kind, id, label, effect: 'unlinked' });
const deleted = (kind: string, id: string, label: string): Reference => ({ kind, id, label, effect: 'deleted' });

/** An approved treatment plan of the risk: changing its actions means the owner must approve again. */
function approvedPlan(ws: Workspace, riskId: string): Reference[] {
  const d = ws.db
    .select({ id: riskDecisions.id, decidedAt: riskDecisions.decidedAt, decision: riskDecisions.decision, by: riskDecisions.decidedByName })
    .from(riskDecisions)
    .where(and(eq(riskDecisions.riskId, riskId), eq(riskDecisions.kind, 'plan-approval')))
    .orderBy(desc(riskDecisions.decidedAt))
    .limit(1)
    .get();
  return d?.decision === 'approved' ? [unlinked('risk.decision', d.id, `The treatment plan approved by ${d.by} on ${d.decidedAt.slice(0, 10)} (it will need approving again)`)] : [];
}

export function treatmentActionReferences(ws: Workspace, actionId: string): Reference[] {
  const action = ws.db.select({ riskId: treatmentActions.riskId }).from(treatmentActions).where(eq(treatmentActions.id, actionId)).get();
  if (!action) return [];
  const refs = approvedPlan(ws, action.riskId);
  for (const r of ws.db.select({ id: resourceLines.id, ref: resourceLines.ref, title: resourceLines.title }).from(resourceLines).where(eq(resourceLines.treatmentActionId, actionId)).all()) {
    refs.push(unlinked('competence.resource', r.id, `Resource line ${r.ref} "${clip(r.title)}" (stays, without the action)`));
  }
  return refs;
}

export function riskReferences(ws: Workspace, riskId: string): Reference[] {
  const refs: Reference[] = [];
  for (const a of ws.db.select({ id: treatmentActions.id, ref: treatmentActions.ref, title: treatmentActions.title }).from(treatmentActions).where(eq(treatmentActions.riskId, riskId)).all()) {
    refs.push(deleted('risk.treatmentAction', a.id, `Treatment action ${a.ref} "${clip(a.title)}"`));
    for (const r of ws.db.select({ id: resourceLines.id, ref: resourceLines.ref, title: resourceLines.title }).from(resourceLines).where(eq(resourceLines.treatmentActionId, a.id)).all()) {
      refs.push(unlinked('competence.resource', r.id, `Resource line ${r.ref} "${clip(r.title)}" (stays, without the action)`));
    }
  }
  for (const d of ws.db.select({ id: riskDecisions.id, kind: riskDecisions.kind, by: riskDecisions.decidedByName, at: riskDecisions.decidedAt }).from(riskDecisions).where(eq(riskDecisions.riskId, riskId)).all()) {
    refs.push(deleted('risk.decision', d.id, `${d.kind === 'plan-approval' ? 'Plan approval' : 'Residual risk acceptance'} by ${d.by} on ${d.at.slice(0, 10)}`));
  }
  for (const l of ws.db.select({ id: riskIssues.id, ref: contextIssues.ref, title: contextIssues.title }).from(riskIssues).innerJoin(contextIssues, eq(riskIssues.issueId, contextIssues.id)).where(eq(riskIssues.riskId, riskId)).all()) {
    refs.push(deleted('risk.issueLink', l.id, `Link to the 4.1 issue ${l.ref} "${clip(l.title)}" (the issue stays)`));
  }
  for (const l of ws.db.select({ id: riskRequirements.id, ref: partyRequirements.ref, text: partyRequirements.text }).from(riskRequirements).innerJoin(partyRequirements, eq(riskRequirements.requirementId, partyRequirements.id)).where(eq(riskRequirements.riskId, riskId)).all()) {
    refs.push(deleted('risk.requirementLink', l.id, `Link to the 4.2 requirement ${l.ref} "${clip(l.text)}" (the requirement stays)`));
  }
  for (const l of ws.db.select({ id: riskControls.id, code: controls.code, title: controls.title }).from(riskControls).innerJoin(controls, eq(riskControls.controlId, controls.id)).where(eq(riskControls.riskId, riskId)).all()) {
    refs.push(deleted('risk.controlLink', l.id, `Link to control ${l.code} "${clip(l.title)}" (the control and its SoA entry stay)`));
  }
  for (const l of ws.db.select({ id: improvementLinks.id, ref: nonconformities.ref }).from(improvementLinks).innerJoin(nonconformities, eq(improvementLinks.ncId, nonconformities.id)).where(eq(improvementLinks.riskId, riskId)).all()) {
    refs.push(deleted('improvement.link', l.id, `Link from nonconformity ${l.ref}`));
  }
  for (const l of ws.db.select({ id: objectiveLinks.id, ref: objectives.ref, title: objectives.title }).from(objectiveLinks).innerJoin(objectives, eq(objectiveLinks.objectiveId, objectives.id)).where(eq(objectiveLinks.riskId, riskId)).all()) {
    refs.push(deleted('objectives.link', l.id, `Link from objective ${l.ref} "${clip(l.title)}"`));
  }
  for (const m of ws.db.select({ id: metrics.id, ref: metrics.ref, title: metrics.title }).from(metrics).where(eq(metrics.riskId, riskId)).all()) {
    refs.push(unlinked('metrics.metric', m.id, `Metric ${m.ref} "${clip(m.title)}" that measures this risk`));
  }
  return refs;
}

/** Risks citing a catalogue entry keep their title and scenario; only the link goes. */
export function catalogueReferences(ws: Workspace, column: typeof risks.threatId | typeof risks.vulnerabilityId): (id: string) => Reference[] {
  return (id) => ws.db.select({ id: risks.id, ref: risks.ref, title: risks.title }).from(risks).where(eq(column, id)).all().map((r) => unlinked('risk.risk', r.id, `Risk ${r.ref} "${clip(r.title)}" (keeps its text)`));
}

/** Nonconformities raised on an asset keep their record; the asset link is cleared. */
export function assetReferences(ws: Workspace, assetId: string): Reference[] {
  return ws.db.select({ id: nonconformities.id, ref: nonconformities.ref, title: nonconformities.title }).from(nonconformities).where(eq(nonconformities.assetId, assetId)).all().map((n) => unlinked('improvement.nonconformity', n.id, `Nonconformity ${n.ref} "${clip(n.title)}" (keeps its record)`));
}

/** A custom control: risks, actions, requirements, metrics and nonconformities that name it. */
export function customControlReferences(ws: Workspace, controlId: string): Reference[] {
  const refs: Reference[] = [];
  for (const l of ws.db.select({ id: riskControls.id, ref: risks.ref, title: risks.title }).from(riskControls).innerJoin(risks, eq(riskControls.riskId, risks.id)).where(eq(riskControls.controlId, controlId)).all()) {
    refs.push(deleted('risk.controlLink', l.id, `Risk ${l.ref} "${clip(l.title)}" treated with it (the risk stays, without the control)`));
  }
  for (const a of ws.db.select({ id: treatmentActions.id, ref: treatmentActions.ref, title: treatmentActions.title }).from(treatmentActions).where(eq(treatmentActions.controlId, controlId)).all()) {
    refs.push(unlinked('risk.treatmentAction', a.id, `Treatment action ${a.ref} "${clip(a.title)}"`));
  }
  for (const l of ws.db.select({ id: controlRequirements.id, ref: partyRequirements.ref, text: partyRequirements.text }).from(controlRequirements).innerJoin(partyRequirements, eq(controlRequirements.requirementId, partyRequirements.id)).where(eq(controlRequirements.controlId, controlId)).all()) {
    refs.push(deleted('controls.requirementLink', l.id, `Link to the 4.2 requirement ${l.ref} "${clip(l.text)}" (the requirement stays)`));
  }
  for (const m of ws.db.select({ id: metrics.id, ref: metrics.ref, title: metrics.title }).from(metrics).where(eq(metrics.controlId, controlId)).all()) {
    refs.push(unlinked('metrics.metric', m.id, `Metric ${m.ref} "${clip(m.title)}" that measures it`));
  }
  for (const n of ws.db.select({ id: nonconformities.id, ref: nonconformities.ref }).from(nonconformities).where(eq(nonconformities.controlId, controlId)).all()) {
    refs.push(unlinked('improvement.nonconformity', n.id, `Nonconformity ${n.ref} raised against it`));
  }
  for (const l of ws.db.select({ id: improvementLinks.id, ref: nonconformities.ref }).from(improvementLinks).innerJoin(nonconformities, eq(improvementLinks.ncId, nonconformities.id)).where(eq(improvementLinks.controlId, controlId)).all()) {
    refs.push(deleted('improvement.link', l.id, `Link from nonconformity ${l.ref}`));
  }
  return refs;
}
