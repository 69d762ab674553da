import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { AcceptanceInput, Decision, DecisionInput } from '../../../shared/contract/risk';
import { isAboveThreshold, levelOfRank, type RiskMethod } from '../../../shared/contract/riskMethod';
import type { Workspace } from '../db/open';
import { controls, people, riskControls, riskDecisions, risks, treatmentActions } from '../db/schema';
import { write } from '../db/write';
import { getMethod } from './riskMethod';

interface RiskCore {
  id: string;
  ref: string;
  title: string;
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  inherentRank: number;
  residualRank: number | null;
  treatment: string;
  treatmentNote: string;
}

/**
 * What an approval or acceptance is given on: scores, treatment, controls and the actions planned.
 * A later change to any of these makes the decision's fingerprint differ, so it needs re-approval
 * (6.1.3 f). Action status is left out on purpose: progress on the plan is not a change of the plan.
 */
function statesOf(ws: Workspace, rows: RiskCore[]) {
  const ids = rows.map((r) => r.id);
  const ctrl = new Map<string, string[]>();
  for (const c of ws.db.select({ riskId: riskControls.riskId, ref: controls.code }).from(riskControls).innerJoin(controls, eq(riskControls.controlId, controls.id)).where(inArray(riskControls.riskId, ids)).all()) {
    ctrl.set(c.riskId, [...(ctrl.get(c.riskId) ?? []), c.ref]);
  }
  const acts = new Map<string, { title: string; dueDate: string | null; ownerId: string | null }[]>();
  for (const a of ws.db.select({ riskId: treatmentActions.riskId, title: treatmentActions.title, dueDate: treatmentActions.dueDate, ownerId: treatmentActions.ownerId, id: treatmentActions.id }).from(treatmentActions).where(inArray(treatmentActions.riskId, ids)).orderBy(asc(treatmentActions.id)).all()) {
    acts.set(a.riskId, [...(acts.get(a.riskId) ?? []), { title: a.title, dueDate: a.dueDate, ownerId: a.ownerId }]);
  }
  return new Map(
    rows.map((r) => {
      const state = {
        likelihood: r.likelihood,
        impact: r.impact,
        residualLikelihood: r.residualLikelihood,
        residualImpact: r.residualImpact,
        treatment: r.treatment,
        controls: [...(ctrl.get(r.id) ?? [])].sort(),
        actions: acts.get(r.id) ?? [],
      };
      return [r.id, { state, fingerprint: JSON.stringify(state) }];
    }),
  );
}

type DecisionRow = typeof riskDecisions.$inferSelect;

function toDecision(row: DecisionRow, currentFingerprint: string | undefined, today: string): Decision {
  return {
    id: row.id,
    riskId: row.riskId,
    kind: row.kind as Decision['kind'],
    decidedById: row.decidedById,
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt,
    decision: row.decision as Decision['decision'],
    note: row.note,
    justification: row.justification,
    reviewDate: row.reviewDate,
    snapshot: JSON.parse(row.snapshot) as Record<string, unknown>,
    needsReapproval: currentFingerprint !== undefined && currentFingerprint !== row.fingerprint,
    expired: row.reviewDate !== null && row.reviewDate < today,
  };
}

/** The latest plan approval and residual acceptance of each risk, with the re-approval flag. */
export function decisionsFor(ws: Workspace, rows: RiskCore[], _m: RiskMethod) {
  const out = new Map<string, { approval: Decision | null; acceptance: Decision | null }>();
  if (rows.length === 0) return out;
  const all = ws.db.select().from(riskDecisions).where(inArray(riskDecisions.riskId, rows.map((r) => r.id))).orderBy(desc(riskDecisions.decidedAt), desc(sql`"risk_decisions"."rowid"`)).all();
  if (all.length === 0) return out;
  const states = statesOf(ws, rows.filter((r) => all.some((d) => d.riskId === r.id)));
  const today = ws.env.now().toISOString().slice(0, 10);
  for (const d of all) {
    const entry = out.get(d.riskId) ?? { approval: null, acceptance: null };
    const key = d.kind === 'plan-approval' ? 'approval' : 'acceptance';
    if (!entry[key]) entry[key] = toDecision(d, states.get(d.riskId)?.fingerprint, today);
    out.set(d.riskId, entry);
  }
  return out;
}

function loadCore(ws: Workspace, riskId: string): RiskCore {
  const r = ws.db.select().from(risks).where(eq(risks.id, riskId)).get();
  if (!r) throw new AppError('NOT_FOUND', 'That risk was not found. It may have been deleted.', { field: 'riskId', id: riskId });
  return r;
}

function decide(ws: Workspace, kind: Decision['kind'], input: z.output<typeof DecisionInput> & { justification?: string; reviewDate?: string }): Decision {
  const r = loadCore(ws, input.riskId);
  const person = ws.db.select({ name: people.name }).from(people).where(eq(people.id, input.decidedById)).get();
  if (!person) throw new AppError('NOT_FOUND', 'That person is not in the people register.', { field: 'decidedById', id: input.decidedById });
  const { state, fingerprint } = statesOf(ws, [r]).get(r.id)!;
  const snapshot = { ref: r.ref, title: r.title, inherentLevel: levelOfRank(r.inherentRank), residualLevel: r.residualRank === null ? null : levelOfRank(r.residualRank), treatmentNote: r.treatmentNote, ...state };
  const id = write(ws, (w) =>
    w.insert(riskDecisions, {
      riskId: r.id,
      kind,
      decidedById: input.decidedById,
      decidedByName: person.name,
      decidedAt: w.at,
      decision: input.decision,
      note: input.note,
      justification: input.justification ?? '',
      reviewDate: input.reviewDate ?? null,
      snapshot: JSON.stringify(snapshot),
      fingerprint,
    }).id,
  );
  return listDecisions(ws, r.id).find((d) => d.id === id)!;
}

export function approvePlan(ws: Workspace, input: z.output<typeof DecisionInput>): Decision {
  return decide(ws, 'plan-approval', input);
}

/**
 * Acceptance of the residual risk (the inherent one when no residual is set). Above the acceptance
 * threshold it is refused without a recorded justification.
 */
export function acceptResidual(ws: Workspace, input: z.output<typeof AcceptanceInput>): Decision {
  const r = loadCore(ws, input.riskId);
  const m = getMethod(ws);
  const level = levelOfRank(r.residualRank ?? r.inherentRank);
  if (input.decision === 'approved' && isAboveThreshold(m, level) && !input.justification.trim()) {
    const message = `This risk is ${level}, above the acceptance threshold (${m.acceptance}). Record why it is accepted anyway.`;
    throw new AppError('VALIDATION', message, { field: 'justification', fields: [{ path: 'justification', message }] });
  }
  return decide(ws, 'residual-acceptance', input);
}

export function listDecisions(ws: Workspace, riskId: string): Decision[] {
  const r = loadCore(ws, riskId);
  const fp = statesOf(ws, [r]).get(r.id)?.fingerprint;
  const today = ws.env.now().toISOString().slice(0, 10);
  return ws.db
    .select()
    .from(riskDecisions)
    .where(and(eq(riskDecisions.riskId, riskId)))
    .orderBy(desc(riskDecisions.decidedAt), desc(sql`"risk_decisions"."rowid"`))
    .all()
    .map((d) => toDecision(d, fp, today));
}
