import { desc, eq, like } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { ISSUE_CATEGORIES, type Issue } from '../../../shared/contract/context';
import type { DocumentRecord } from '../../../shared/contract/documents';
import type { Party, Requirement } from '../../../shared/contract/parties';
import type { Boundary, Interface, IsmsProcess } from '../../../shared/contract/scope';
import type { Commitment } from '../../../shared/contract/leadership';
import type { RaciMatrix, Role } from '../../../shared/contract/roles';
import type { PolicySummary } from '../../../shared/contract/policies';
import type { Measurement, MetricDetail } from '../../../shared/contract/metrics';
import type { Workspace } from '../db/open';
import { controlledDocuments, scopeStatements } from '../db/schema';
import type { Writer } from '../db/write';
import { allIssues } from './context';
import { allParties, listRequirements } from './parties';
import { draftStatement, listBoundaries, listInterfaces, listStatements } from './scope';
import { listProcesses } from './processes';
import { allCommitments, topManagement } from './leadership';
import { readRaci } from './raci';
import { readRoles } from './roles';
import { listPolicies } from './policies';
import { documentRecord, ensureRecord, type DocumentType } from './documentControl';
import { documentSettingsOf } from './documentSettings';
import { addMonths } from './dates';
import { RISK_DOCUMENT_TYPES } from './riskDocuments';
import { allMetrics, getMetric } from './metrics';
import type { Objective } from '../../../shared/contract/objectives';
import type { ResourceLine } from '../../../shared/contract/resources';
import { listObjectives } from './objectives';
import { checklist as docinfoChecklist, register as docinfoRegister } from './docinfo';
import type { ChecklistItem, RegisterRow } from '../../../shared/contract/docinfo';
import { listResources } from './resources';
import type { CorrectiveAction, Nc, Opportunity } from '../../../shared/contract/improvement';
import { allNcs } from './nonconformities';
import { listCorrectiveActions } from './ncActions';
import { allOpportunities } from './opportunities';
import { COMPETENCE_DOCUMENT_TYPES } from './competenceDocuments';
import type { Audit, Coverage, Programme } from '../../../shared/contract/audits';
import { listAudits, listProgrammes, programmeCoverage } from './audits';
import { AUDIT_CLAUSE_TITLES } from '../../../shared/auditRequirements';
import { controls as controlsTable } from '../db/schema';
import type { Supplier } from '../../../shared/contract/suppliers';
import type { LogEntry, PlanRow } from '../../../shared/contract/communication';
import { listSuppliers } from './suppliers';
import { listLog, listPlan } from './communication';
import { MANAGEMENT_REVIEW_DOC } from './reviewDocuments';

/**
 * The controlled documents the workbench writes, each with its stable id and what it contains.
 * Later registers add their DocumentType to DOCUMENT_TYPES (the 6.1 ones live in riskDocuments.ts).
 */
const categoryOrder = (c: string) => ISSUE_CATEGORIES.indexOf(c as Issue['category']);

export interface ContextContent {
  issues: Issue[];
}
export const CONTEXT_DOC: DocumentType<ContextContent> = {
  key: 'context-register',
  docId: 'ISMS-4.1',
  title: 'Internal and external issues',
  clauseId: '4.1',
  subtitle: 'Context of the organisation, clause 4.1',
  // External issues in PESTLE order, then the internal headings; alphabetical within a heading.
  capture: (ws) => ({
    issues: allIssues(ws).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'external' ? -1 : 1) || categoryOrder(a.category) - categoryOrder(b.category) || a.title.localeCompare(b.title)),
  }),
};

export interface PartiesContent {
  parties: Party[];
  requirements: Requirement[];
}
export const PARTIES_DOC: DocumentType<PartiesContent> = {
  key: 'stakeholder-register',
  docId: 'ISMS-4.2',
  title: 'Interested parties and their requirements',
  clauseId: '4.2',
  subtitle: 'Stakeholder register, clause 4.2',
  capture: (ws) => ({ parties: allParties(ws), requirements: listRequirements(ws) }),
};

export interface ScopeContent {
  /** The statement text being approved (the newest saved version), or null before one is saved. */
  statement: { number: number; text: string } | null;
  draftText: string;
  boundaries: Boundary[];
  interfaces: Interface[];
}
export const SCOPE_DOC: DocumentType<ScopeContent> = {
  key: 'scope-statement',
  docId: 'ISMS-4.3',
  title: 'Scope of the ISMS',
  clauseId: '4.3',
  subtitle: 'Scope statement, boundaries and interfaces, clause 4.3',
  capture: (ws) => {
    const latest = listStatements(ws)[0];
    return {
      statement: latest ? { number: latest.major, text: latest.text } : null,
      draftText: latest ? '' : draftStatement(ws),
      boundaries: listBoundaries(ws),
      interfaces: listInterfaces(ws),
    };
  },
  createdOn: (ws) => (listStatements(ws)[0]?.createdAt ?? ws.env.now().toISOString()).slice(0, 10),
  onApprove: (ws) => {
    const latest = ws.db.select().from(scopeStatements).orderBy(desc(scopeStatements.version)).get();
    if (!latest) throw new AppError('CONFLICT', 'Write and save a scope statement before approving it.');
    if (latest.status !== 'draft') throw new AppError('CONFLICT', `Version ${latest.version}.0 of the statement is already approved. Save a change to start a new draft.`);
    return (w: Writer, a) => void w.update(scopeStatements, latest.id, { status: 'approved', approverId: a.approverId, approverName: a.approverName, approvedOn: a.approvedOn });
  },
};

export interface ProcessesContent {
  processes: IsmsProcess[];
}
export const PROCESSES_DOC: DocumentType<ProcessesContent> = {
  key: 'isms-processes',
  docId: 'ISMS-4.4',
  title: 'ISMS processes and their interactions',
  clauseId: '4.4',
  subtitle: 'The processes of the information security management system, clause 4.4',
  capture: (ws) => ({ processes: listProcesses(ws) }),
};

export interface LeadershipContent {
  topManagement: Array<{ name: string; jobTitle: string; acceptedOn: string | null }>;
  commitments: Commitment[];
}
export const LEADERSHIP_DOC: DocumentType<LeadershipContent> = {
  key: 'leadership-commitments',
  docId: 'ISMS-5.1',
  title: 'Leadership commitments and evidence',
  clauseId: '5.1',
  subtitle: 'How top management shows leadership and commitment, clause 5.1',
  capture: (ws) => ({
    topManagement: topManagement(ws).map(({ name, jobTitle, acceptedOn }) => ({ name, jobTitle, acceptedOn })),
    commitments: allCommitments(ws),
  }),
};

export interface RaciContent {
  matrix: RaciMatrix;
  roles: Role[];
}
export const RACI_DOC: DocumentType<RaciContent> = {
  key: 'raci-matrix',
  docId: 'ISMS-5.3',
  title: 'Roles, responsibilities and RACI matrix',
  clauseId: '5.3',
  subtitle: 'Organisational roles, responsibilities and authorities, clause 5.3',
  capture: (ws) => ({ matrix: readRaci(ws), roles: readRoles(ws) }),
};

/**
 * 9.1: the definitions and every recorded value. Only what does not change with the calendar is
 * captured (no due or overdue periods), so an approved results document stays current until a
 * definition or a value changes.
 */
export interface MetricSnapshot extends Omit<MetricDetail, 'id' | 'latest' | 'previousValue' | 'overduePeriods' | 'dueNow' | 'measurements' | 'controlId' | 'processId' | 'riskId' | 'ownerId' | 'collectorId' | 'customerId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'> {
  measurements: Array<Pick<Measurement, 'period' | 'baseValues' | 'value' | 'comment' | 'source' | 'recordedAt' | 'recordedBy'> & { superseded: boolean; supersedes: boolean }>;
}
export interface MetricsContent {
  metrics: MetricSnapshot[];
}
export const METRICS_DOC: DocumentType<MetricsContent> = {
  key: 'monitoring-results',
  docId: 'ISMS-9.1',
  title: 'Monitoring and measurement results',
  clauseId: '9.1',
  subtitle: 'Monitoring, measurement, analysis and evaluation, clause 9.1',
  capture: (ws) => ({
    metrics: allMetrics(ws).map((summary) => {
      const { id: _i, latest: _l, previousValue: _p, overduePeriods: _o, dueNow: _d, controlId: _c, processId: _pr, riskId: _r, ownerId: _ow, collectorId: _co, customerId: _cu, createdAt: _a, updatedAt: _b, createdBy: _e, updatedBy: _f, ...rest } = summary;
      return {
        ...rest,
        measurements: getMetric(ws, summary.id).measurements.map((e) => ({ period: e.period, baseValues: e.baseValues, value: e.value, comment: e.comment, source: e.source, recordedAt: e.recordedAt, recordedBy: e.recordedBy, superseded: e.supersededById !== null, supersedes: e.supersedesId !== null })),
      };
    }),
  }),
};
export interface ObjectivesContent {
  objectives: Objective[];
  resources: ResourceLine[];
}
export const OBJECTIVES_DOC: DocumentType<ObjectivesContent> = {
  key: 'objectives-plan',
  docId: 'ISMS-6.2',
  title: 'Information security objectives and plans',
  clauseId: '6.2',
  subtitle: 'Objectives, how they will be achieved, and their progress, clause 6.2',
  // A linked metric's latest value changes with every measurement; the plan names the metric, the 9.1 results carry its values.
  capture: (ws) => ({ objectives: listObjectives(ws).map((o) => ({ ...o, metric: o.metric && { ...o.metric, latest: null } })), resources: listResources(ws) }),
};

/** 7.4: the plan with each row's next due date (overdue is a matter of the day, so left out) and the log. */
export interface CommunicationContent {
  plan: Array<Omit<PlanRow, 'overdue'>>;
  log: LogEntry[];
}
export const COMMUNICATION_DOC: DocumentType<CommunicationContent> = {
  key: 'communication-plan',
  docId: 'ISMS-7.4',
  title: 'Communication plan and log',
  clauseId: '7.4',
  subtitle: 'What is communicated, to whom, when, how and by whom, and what was communicated, clause 7.4',
  capture: (ws) => ({ plan: listPlan(ws).map(({ overdue: _o, ...row }) => row), log: listLog(ws) }),
};

/** 8.1: the supplier register; certificate status (expiring, expired) is read against the day of export. */
export interface SuppliersContent {
  suppliers: Supplier[];
}
export const SUPPLIERS_DOC: DocumentType<SuppliersContent> = {
  key: 'supplier-register',
  docId: 'ISMS-8.1',
  title: 'Supplier register',
  clauseId: '8.1',
  subtitle: 'Externally provided processes, products and services relevant to the ISMS, clause 8.1',
  capture: (ws) => ({ suppliers: listSuppliers(ws) }),
};

/** 10.1 and 10.2: the nonconformity and corrective action log, with the improvement register. */
export interface ImprovementLogContent {
  nonconformities: Nc[];
  actions: CorrectiveAction[];
  opportunities: Opportunity[];
}
/** Derived "overdue" flags depend on the day, not on the records; they are left out of what is frozen. */
const undated = <T extends { overdue?: boolean; overdueActions?: number }>(rows: T[]) => rows.map(({ overdue: _o, overdueActions: _a, ...r }) => r as T);
export const IMPROVEMENT_LOG_DOC: DocumentType<ImprovementLogContent> = {
  key: 'nonconformity-log',
  docId: 'ISMS-10.2',
  title: 'Nonconformity and corrective action log',
  clauseId: '10.2',
  subtitle: 'Nonconformities, corrective actions and improvements, clauses 10.1 and 10.2',
  capture: (ws) => ({ nonconformities: undated(allNcs(ws)), actions: undated(listCorrectiveActions(ws)), opportunities: undated(allOpportunities(ws)) }),
};

/**
 * 7.5: the register of documented information and the mandatory-documents checklist. Its content
 * leaves itself out (its own status would depend on its own content) and anything that depends on
 * the day (overdue reviews), which the document works out when it is printed.
 */
export interface DocinfoContent {
  checklist: ChecklistItem[];
  rows: Omit<RegisterRow, 'reviewOverdue'>[];
}
export const DOCINFO_DOC: DocumentType<DocinfoContent> = {
  key: 'documented-information',
  docId: 'ISMS-7.5',
  title: 'Register of documented information',
  clauseId: '7.5',
  subtitle: 'Documents and records of the ISMS and the mandatory documents checklist, clause 7.5',
  capture: (ws) => {
    const documents = listDocuments(ws, 'documented-information');
    return { checklist: docinfoChecklist(ws, documents), rows: docinfoRegister(ws, undefined, documents).map(({ reviewOverdue: _o, ...row }) => row) };
  },
};

/** 9.2.2: every programme with its audits (plan and status, not their fieldwork) and the coverage of its cycle. */
export interface AuditProgrammeContent {
  programmes: Array<{
    programme: Omit<Programme, 'auditCount' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;
    audits: Array<Pick<Audit, 'ref' | 'title' | 'startDate' | 'endDate' | 'leadAuditor' | 'status' | 'findingCounts'> & { scope: string }>;
    coverage: Coverage;
  }>;
}
export const AUDIT_PROGRAMME_DOC: DocumentType<AuditProgrammeContent> = {
  key: 'audit-programme',
  docId: 'ISMS-9.2',
  title: 'Internal audit programme',
  clauseId: '9.2',
  subtitle: 'Audit programme, schedule and coverage, clause 9.2',
  capture: (ws) => {
    const codes = new Map(ws.db.select({ id: controlsTable.id, code: controlsTable.code }).from(controlsTable).all().map((c) => [c.id, c.code]));
    return {
      programmes: listProgrammes(ws).map(({ auditCount: _n, createdAt: _a, updatedAt: _b, createdBy: _c, updatedBy: _d, ...programme }) => ({
        programme,
        audits: listAudits(ws, programme.id).map((a) => ({
          ref: a.ref,
          title: a.title,
          startDate: a.startDate,
          endDate: a.endDate,
          leadAuditor: a.leadAuditor,
          status: a.status,
          findingCounts: a.findingCounts,
          scope: [...a.scopeClauses.map((c) => `Clause ${c} ${AUDIT_CLAUSE_TITLES[c]}`), a.scopeControlIds.length ? `Controls ${a.scopeControlIds.map((id) => codes.get(id)).join(', ')}` : ''].filter(Boolean).join('\n'),
        })),
        coverage: programmeCoverage(ws, programme.id),
      })),
    };
  },
};

export const DOCUMENT_TYPES: DocumentType[] = [CONTEXT_DOC, PARTIES_DOC, SCOPE_DOC, PROCESSES_DOC, LEADERSHIP_DOC, RACI_DOC, ...RISK_DOCUMENT_TYPES, OBJECTIVES_DOC, ...COMPETENCE_DOCUMENT_TYPES, COMMUNICATION_DOC, DOCINFO_DOC, SUPPLIERS_DOC, METRICS_DOC, AUDIT_PROGRAMME_DOC, MANAGEMENT_REVIEW_DOC, IMPROVEMENT_LOG_DOC] as DocumentType[];

export function documentType(key: string): DocumentType {
  const type = DOCUMENT_TYPES.find((t) => t.key === key);
  if (!type) {
    const message = key.startsWith('policy:') ? 'Policies are approved and published on their own page (5.2).' : `Unknown document "${key}".`;
    throw new AppError(key.startsWith('policy:') ? 'CONFLICT' : 'NOT_FOUND', message, { field: 'key' });
  }
  return type;
}

/* Policies follow their own workflow (draft, review, approval, publication); document control reads it. */

const POLICY_PREFIX = 'policy:';

/** The document id a policy keeps from its first publication: ISMS-5.2 for the information security policy, ISMS-5.2-01... for topics. */
export function ensurePolicyRecord(w: Writer, ws: Workspace, policy: { id: string; title: string; kind: 'information-security' | 'topic' }) {
  const key = `${POLICY_PREFIX}${policy.id}`;
  const existing = ws.db.select().from(controlledDocuments).where(eq(controlledDocuments.key, key)).get();
  if (existing) return existing;
  const taken = new Set(ws.db.select({ docId: controlledDocuments.docId }).from(controlledDocuments).where(like(controlledDocuments.docId, 'ISMS-5.2%')).all().map((r) => r.docId));
  let docId = policy.kind === 'information-security' && !taken.has('ISMS-5.2') ? 'ISMS-5.2' : '';
  for (let n = 1; !docId; n++) if (!taken.has(`ISMS-5.2-${String(n).padStart(2, '0')}`)) docId = `ISMS-5.2-${String(n).padStart(2, '0')}`;
  return ensureRecord(w, ws, { key, docId, title: policy.title });
}

export function policyDocId(ws: Workspace, policyId: string): string | null {
  return ws.db.select({ docId: controlledDocuments.docId }).from(controlledDocuments).where(eq(controlledDocuments.key, `${POLICY_PREFIX}${policyId}`)).get()?.docId ?? null;
}

function policyRecord(ws: Workspace, p: PolicySummary): DocumentRecord {
  const published = p.published;
  const working = p.current && p.current.id !== published?.id ? p.current : null;
  return {
    key: `${POLICY_PREFIX}${p.id}`,
    docId: policyDocId(ws, p.id) ?? 'not yet issued',
    title: p.title,
    clauseId: '5.2',
    ownerId: p.ownerId,
    ownerName: p.ownerName,
    classification: documentSettingsOf(ws).classification,
    reviewMonths: p.reviewMonths,
    version: working ? `${working.version} ${working.status}` : published ? published.version : 'not yet published',
    status: !published ? 'draft' : working ? 'changed' : 'approved',
    approved: published ? { version: published.version, approverName: published.approverName ?? '', approvedOn: published.approvedOn ?? '', changeNote: published.changeNote, reason: '' } : null,
    nextReview: p.reviewDate ?? (published?.publishedOn ? addMonths(published.publishedOn, p.reviewMonths) : null),
    history: [],
    approvable: false,
  };
}

/** Every controlled document: the registers and statements above, then each policy. The 7.5 register lists these. */
export function listDocuments(ws: Workspace, except?: string): DocumentRecord[] {
  const clause = (id: string) => id.split('.').map(Number).reduce((n, part, i) => n + part * 100 ** (2 - i), 0);
  // Stable sort: within a clause the catalogue's order, policies after the registers of 5.1.
  return [...DOCUMENT_TYPES.filter((t) => t.key !== except).map((t) => documentRecord(ws, t)), ...listPolicies(ws).map((p) => policyRecord(ws, p))].sort((a, b) => clause(a.clauseId) - clause(b.clauseId));
}
