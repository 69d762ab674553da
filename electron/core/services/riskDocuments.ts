import { count } from 'drizzle-orm';
import type { Control, SoaCheck } from '../../../shared/contract/controls';
import type { Decision, HeatMaps, Risk, TreatmentAction } from '../../../shared/contract/risk';
import type { Opportunity } from '../../../shared/contract/improvement';
import { levelOfRank, RISK_LEVELS, type RiskLevel, type RiskMethod } from '../../../shared/contract/riskMethod';
import type { Workspace } from '../db/open';
import { risks } from '../db/schema';
import { checkSoa, listControls } from './controls';
import type { DocumentType } from './documentControl';
import { listActions } from './riskActions';
import { allOpportunities } from './opportunities';
import { getMethod } from './riskMethod';
import { allRisks, heatMaps, listRisks } from './risks';
import { compareRuns, listRuns } from './riskRuns';

/**
 * The 6.1 documents under document control (issues #8 and #11): what each one freezes when it is
 * approved. Content is plain JSON without anything that depends on the day it is read (overdue,
 * expired): those are worked out when the document is printed, so an approval does not go stale
 * overnight.
 */

/** A decision as documents print it. */
export interface DecisionLine {
  decision: Decision['decision'];
  by: string;
  on: string;
  note: string;
  justification: string;
  reviewDate: string | null;
  needsReapproval: boolean;
}

/** A risk as the 6.1 documents print it. */
export interface RiskLine {
  ref: string;
  title: string;
  scenario: string;
  basis: Risk['basis'];
  assetName: string | null;
  threatName: string | null;
  vulnerabilityName: string | null;
  cia: string;
  ownerName: string | null;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  existingControls: string;
  treatment: Risk['treatment'];
  treatmentNote: string;
  controls: string[];
  residualLikelihood: number | null;
  residualImpact: number | null;
  residualScore: number | null;
  residualLevel: RiskLevel | null;
  plan: DecisionLine | null;
  acceptance: DecisionLine | null;
  sources: string[];
}

const decisionLine = (d: Decision | null): DecisionLine | null =>
  d && { decision: d.decision, by: d.decidedByName, on: d.decidedAt.slice(0, 10), note: d.note, justification: d.justification, reviewDate: d.reviewDate, needsReapproval: d.needsReapproval };

export function riskLine(r: Risk): RiskLine {
  return {
    ref: r.ref,
    title: r.title,
    scenario: r.basis === 'event' ? r.event : r.description,
    basis: r.basis,
    assetName: r.assetName,
    threatName: r.threatName,
    vulnerabilityName: r.vulnerabilityName,
    cia: `${r.affectsC ? 'C' : ''}${r.affectsI ? 'I' : ''}${r.affectsA ? 'A' : ''}`,
    ownerName: r.ownerName,
    likelihood: r.likelihood,
    impact: r.impact,
    score: r.inherentScore,
    level: r.inherentLevel,
    existingControls: r.existingControls,
    treatment: r.treatment,
    treatmentNote: r.treatmentNote,
    controls: r.controls.map((c) => c.label),
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    residualScore: r.residualScore,
    residualLevel: r.residualLevel,
    plan: decisionLine(r.approval),
    acceptance: decisionLine(r.acceptance),
    sources: [...r.issues, ...r.requirements].map((s) => s.label),
  };
}

export interface RiskMethodContent {
  method: RiskMethod;
}
export const RISK_METHOD_DOC: DocumentType<RiskMethodContent> = {
  key: 'risk-method',
  docId: 'ISMS-6.1.2',
  title: 'Risk assessment process and criteria',
  clauseId: '6.1',
  subtitle: 'How information security risks are identified, analysed and evaluated, clause 6.1.2',
  capture: (ws) => ({ method: getMethod(ws) }),
};

export interface RiskRegisterContent {
  acceptance: RiskLevel;
  risks: RiskLine[];
}
export const RISK_REGISTER_DOC: DocumentType<RiskRegisterContent> = {
  key: 'risk-register',
  docId: 'ISMS-6.1.2-REG',
  title: 'Risk register',
  clauseId: '6.1',
  subtitle: 'Information security risks, their evaluation and treatment, clauses 6.1.2 and 6.1.3',
  capture: (ws) => ({ acceptance: getMethod(ws).acceptance, risks: allRisks(ws).map(riskLine) }),
};

/** How many risks the report lists by name (the register has them all). */
export const REPORT_RISKS = 200;

export interface RiskReportContent {
  method: RiskMethod;
  maps: HeatMaps;
  byLevel: Record<RiskLevel, number>;
  /** Highest first; at most REPORT_RISKS of maps.total. */
  top: RiskLine[];
  comparison: { from: string; fromDate: string; to: string; toDate: string; added: string[]; closed: string[]; risen: string[]; fallen: string[]; unchanged: number } | null;
}
export const RISK_REPORT_DOC: DocumentType<RiskReportContent> = {
  key: 'risk-report',
  docId: 'ISMS-8.2',
  title: 'Risk assessment report',
  clauseId: '8.2',
  subtitle: 'Results of the information security risk assessment, clauses 6.1.2 and 8.2',
  capture: (ws) => {
    const top = listRisks(ws, { search: '', sort: 'priority', dir: 'desc', offset: 0, limit: REPORT_RISKS });
    const counts = new Map(ws.db.select({ rank: risks.inherentRank, n: count() }).from(risks).groupBy(risks.inherentRank).all().map((r) => [levelOfRank(r.rank), r.n]));
    const runs = listRuns(ws);
    const c = runs.length >= 2 ? compareRuns(ws, runs[1].id, runs[0].id) : null;
    const refs = (list: Array<{ ref: string; title: string }>) => list.map((x) => `${x.ref} ${x.title}`);
    return {
      method: getMethod(ws),
      maps: heatMaps(ws),
      byLevel: Object.fromEntries(RISK_LEVELS.map((l) => [l, counts.get(l) ?? 0])) as Record<RiskLevel, number>,
      top: top.items.map(riskLine),
      comparison: c && { from: c.from.name, fromDate: c.from.runDate, to: c.to.name, toDate: c.to.runDate, added: refs(c.added), closed: refs(c.closed), risen: refs(c.risen), fallen: refs(c.fallen), unchanged: c.unchanged },
    };
  },
};

export type ActionLine = Omit<TreatmentAction, 'overdue' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'id' | 'riskId' | 'ownerId' | 'controlId'>;

/** A 6.1.1 opportunity as the plan prints it (documents frozen before opportunities existed lack them). */
export interface OpportunityLine {
  ref: string;
  title: string;
  description: string;
  sources: string[];
  benefit: number | null;
  effort: number | null;
  ownerName: string | null;
  decision: string;
  dueDate: string | null;
  status: Opportunity['status'];
}
export interface TreatmentPlanContent {
  risks: RiskLine[];
  actions: ActionLine[];
  opportunities?: OpportunityLine[];
}
export const TREATMENT_PLAN_DOC: DocumentType<TreatmentPlanContent> = {
  key: 'treatment-plan',
  docId: 'ISMS-6.1.3',
  title: 'Risk treatment plan',
  clauseId: '6.1',
  subtitle: 'How information security risks are treated, the actions on opportunities, and how far both have got, clauses 6.1.1, 6.1.3 and 8.3',
  capture: (ws) => ({
    risks: allRisks(ws)
      .filter((r) => r.treatment !== 'undecided')
      .map(riskLine),
    actions: listActions(ws).map(({ ref, riskRef, riskTitle, title, ownerName, dueDate, status, cost, controlLabel, notes }) => ({ ref, riskRef, riskTitle, title, ownerName, dueDate, status, cost, controlLabel, notes })),
    opportunities: allOpportunities(ws, 'planning').map((o) => ({
      ref: o.ref,
      title: o.title,
      description: o.description,
      sources: [...o.issues, ...o.requirements].map((x) => `${x.ref} ${x.label}`),
      benefit: o.benefit,
      effort: o.effort,
      ownerName: o.ownerName,
      decision: o.decision,
      dueDate: o.dueDate,
      status: o.status,
    })),
  }),
};

export type SoaLine = Pick<Control, 'ref' | 'title' | 'theme' | 'applicable' | 'exclusionReason' | 'justification' | 'allReasons' | 'autoReasons' | 'status' | 'ownerName' | 'custom'>;
export interface SoaContent {
  controls: SoaLine[];
  check: SoaCheck;
}
export const SOA_DOC: DocumentType<SoaContent> = {
  key: 'soa',
  docId: 'ISMS-6.1.3-SOA',
  title: 'Statement of Applicability',
  clauseId: '6.1',
  subtitle: 'The Annex A controls, whether each applies and why, clause 6.1.3 d',
  capture: (ws) => {
    const controls = listControls(ws, { search: '' });
    return {
      controls: controls.map(({ ref, title, theme, applicable, exclusionReason, justification, allReasons, autoReasons, status, ownerName, custom }) => ({ ref, title, theme, applicable, exclusionReason, justification, allReasons, autoReasons, status, ownerName, custom })),
      check: checkSoa(ws, controls),
    };
  },
};

export const RISK_DOCUMENT_TYPES = [RISK_METHOD_DOC, RISK_REGISTER_DOC, RISK_REPORT_DOC, TREATMENT_PLAN_DOC, SOA_DOC] as DocumentType[];
