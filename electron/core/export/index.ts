import { extname } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { EXPORT_FORMATS, type ExportDoc, type ExportDocId, type ExportFormat } from '../../../shared/contract/export';
import type { FileKind } from '../platform';
import type { Workspace } from '../db/open';
import { workspaceInfo } from '../services/workspace';
import { slug } from '../files';
import { contentForExport, type DocumentType } from '../services/documentControl';
import { AUDIT_PROGRAMME_DOC, COMMUNICATION_DOC, SUPPLIERS_DOC, DOCINFO_DOC, OBJECTIVES_DOC, CONTEXT_DOC, IMPROVEMENT_LOG_DOC, LEADERSHIP_DOC, METRICS_DOC, PARTIES_DOC, PROCESSES_DOC, RACI_DOC, SCOPE_DOC } from '../services/documentCatalog';
import { metricValuesSections, monitoringSections } from './documents/metrics';
import { improvementLogSections } from './documents/clause10';
import { AWARENESS_DOC, COMPETENCE_DOC } from '../services/competenceDocuments';
import { awarenessSections, competenceSections } from './documents/clause7';
import { ncReportModel } from './improvement';
import { auditReportModel } from './audits';
import { auditProgrammeSections } from './documents/audits';
import { getAudit } from '../services/audits';
import { getReview } from '../services/reviews';
import { MANAGEMENT_REVIEW_DOC } from '../services/reviewDocuments';
import { reviewMinutesModel } from './reviews';
import { reviewResultsSections } from './documents/reviews';
import { getNc } from '../services/nonconformities';
import { isoDay, todayOf } from '../services/dates';
import { controlOf } from './control';
import { contextSections, partiesSections, processesSections, scopeSections } from './documents/clause4';
import { leadershipSections, raciSections } from './documents/clause5';
import { objectivesSections } from './documents/objectives';
import { communicationSections, supplierSections } from './documents/suppliers';
import { docinfoSections } from './documents/docinfo';
import { acknowledgementModel, policyModel, publishedPolicyOf } from './policy';
import type { DocModel, Section } from './model';
import { RISK_METHOD_DOC, RISK_REGISTER_DOC, RISK_REPORT_DOC, SOA_DOC, TREATMENT_PLAN_DOC } from '../services/riskDocuments';
import { riskMethodSections, riskRegisterSections, riskReportSections, soaSections, treatmentPlanSections } from './documents/clause6';

/*
 * The document libraries (docx, exceljs, pdfkit) take about half a second to load, so they are
 * loaded on the first export, not when the CLI or host starts (issue 7, item 5: a CLI call in well
 * under a second). Every document's content is read before the save dialog opens.
 */

type ExportDocInfo = z.infer<typeof ExportDoc>;

export interface ExportOptions {
  variant: 'approved' | 'draft';
  recordId?: string;
}

interface ModelDefinition extends ExportDocInfo {
  fileStem: string;
  model(ws: Workspace, today: Date, options: ExportOptions): DocModel;
}

type ExportDefinition = ModelDefinition;

export const FILE_KINDS: Record<ExportFormat, FileKind> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

const RENDER: Record<ExportFormat, (m: DocModel) => Promise<Buffer>> = {
  docx: async (m) => (await import('./render/docx')).renderDocx(m),
  xlsx: async (m) => (await import('./render/xlsx')).renderXlsx(m),
  pdf: async (m) => (await import('./render/pdf')).renderPdf(m),
};

/** A register or statement under document control: frozen when approved, the live draft otherwise. */
function controlled<T>(type: DocumentType<T>, sections: (content: T, ws: Workspace, today: string) => Section[]) {
  return (ws: Workspace, today: Date, options: ExportOptions): DocModel => {
    const exp = contentForExport(ws, type, options.variant);
    return { control: controlOf(ws, today, type.subtitle, exp), sections: sections(exp.content, ws, isoDay(today)) };
  };
}

const register = (type: DocumentType, formats: ExportFormat[], fileStem: string, title: string): Omit<ExportDefinition, 'model'> => ({
  id: type.key as ExportDocId,
  title,
  format: formats[0],
  formats,
  clauseId: type.clauseId,
  documentKey: type.key,
  record: null,
  fileStem,
});

const DEFINITIONS: Record<ExportDocId, ExportDefinition> = {
  'context-register': { ...register(CONTEXT_DOC, ['docx', 'pdf', 'xlsx'], 'context-issues-register', 'Internal and external issues register (4.1)'), model: controlled(CONTEXT_DOC, (c, ws) => contextSections(c, workspaceInfo(ws).organisation)) },
  'stakeholder-register': { ...register(PARTIES_DOC, ['xlsx', 'docx', 'pdf'], 'stakeholder-register', 'Stakeholder register with requirements (4.2)'), model: controlled(PARTIES_DOC, partiesSections) },
  'scope-statement': { ...register(SCOPE_DOC, ['docx', 'pdf'], 'isms-scope-statement', 'Scope statement of the ISMS (4.3)'), model: controlled(SCOPE_DOC, scopeSections) },
  'isms-processes': { ...register(PROCESSES_DOC, ['docx', 'pdf', 'xlsx'], 'isms-processes', 'ISMS processes and their interactions (4.4)'), model: controlled(PROCESSES_DOC, processesSections) },
  'leadership-commitments': { ...register(LEADERSHIP_DOC, ['docx', 'pdf'], 'leadership-commitments', 'Leadership commitments with evidence (5.1)'), model: controlled(LEADERSHIP_DOC, leadershipSections) },
  policy: {
    id: 'policy',
    title: 'Published policy (5.2)',
    format: 'docx',
    formats: ['docx', 'pdf'],
    clauseId: '5.2',
    documentKey: null,
    record: 'policy',
    fileStem: 'policy',
    model: (ws, today, o) => policyModel(ws, today, requireRecord(o.recordId, 'policy')),
  },
  'policy-acknowledgements': {
    id: 'policy-acknowledgements',
    title: 'Policy acknowledgement record (5.2)',
    format: 'xlsx',
    formats: ['xlsx', 'pdf', 'docx'],
    clauseId: '5.2',
    documentKey: null,
    record: 'policy',
    fileStem: 'policy-acknowledgements',
    model: (ws, today, o) => acknowledgementModel(ws, today, requireRecord(o.recordId, 'policy')),
  },
  'raci-matrix': { ...register(RACI_DOC, ['docx', 'pdf', 'xlsx'], 'raci-matrix', 'Roles and RACI matrix (5.3)'), model: controlled(RACI_DOC, raciSections) },
  // The same document as a workbook first; kept as its own entry so existing scripts keep working.
  'raci-matrix-xlsx': { ...register(RACI_DOC, ['xlsx', 'docx', 'pdf'], 'raci-matrix', 'RACI matrix workbook (5.3)'), id: 'raci-matrix-xlsx', model: controlled(RACI_DOC, raciSections) },
  'risk-method': { ...register(RISK_METHOD_DOC, ['docx', 'pdf'], 'risk-assessment-method', 'Risk assessment process and criteria (6.1.2)'), model: controlled(RISK_METHOD_DOC, (c, ws) => riskMethodSections(c, workspaceInfo(ws).organisation)) },
  'risk-register': { ...register(RISK_REGISTER_DOC, ['xlsx', 'pdf', 'docx'], 'risk-register', 'Risk register workbook (6.1.2)'), model: controlled(RISK_REGISTER_DOC, (c, _ws, today) => riskRegisterSections(c, today)) },
  'risk-report': { ...register(RISK_REPORT_DOC, ['docx', 'pdf'], 'risk-assessment-report', 'Risk assessment report with heat maps (8.2)'), model: controlled(RISK_REPORT_DOC, riskReportSections) },
  'treatment-plan': { ...register(TREATMENT_PLAN_DOC, ['docx', 'pdf', 'xlsx'], 'risk-treatment-plan', 'Risk treatment plan and status (6.1.3, 8.3)'), model: controlled(TREATMENT_PLAN_DOC, (c, _ws, today) => treatmentPlanSections(c, today)) },
  soa: { ...register(SOA_DOC, ['docx', 'pdf', 'xlsx'], 'statement-of-applicability', 'Statement of Applicability (6.1.3 d)'), model: controlled(SOA_DOC, soaSections) },
  // The same document as a workbook first; kept as its own entry so existing scripts keep working.
  'soa-xlsx': { ...register(SOA_DOC, ['xlsx', 'docx', 'pdf'], 'statement-of-applicability', 'Statement of Applicability workbook (6.1.3 d)'), id: 'soa-xlsx', model: controlled(SOA_DOC, soaSections) },
  'objectives-plan': { ...register(OBJECTIVES_DOC, ['docx', 'pdf'], 'objectives-plan', 'Information security objectives plan (6.2)'), model: controlled(OBJECTIVES_DOC, objectivesSections) },
  'competence-evidence': { ...register(COMPETENCE_DOC, ['docx', 'pdf', 'xlsx'], 'competence-evidence', 'Competence evidence: requirements, skills matrix, audits and training (7.2)'), model: controlled(COMPETENCE_DOC, (c, _ws, today) => competenceSections(c, today)) },
  'awareness-record': { ...register(AWARENESS_DOC, ['docx', 'pdf'], 'awareness-record', 'Awareness record: campaigns, attendance and coverage (7.3)'), model: controlled(AWARENESS_DOC, (c, _ws, today) => awarenessSections(c, today)) },
  'communication-plan': { ...register(COMMUNICATION_DOC, ['docx', 'pdf'], 'communication-plan', 'Communication plan and log (7.4)'), model: controlled(COMMUNICATION_DOC, (c, _ws, today) => communicationSections(c, today)) },
  'documented-information': { ...register(DOCINFO_DOC, ['docx', 'pdf', 'xlsx'], 'documented-information-register', 'Register of documented information and mandatory documents checklist (7.5)'), model: controlled(DOCINFO_DOC, (c, _ws, today) => docinfoSections(c, today)) },
  'supplier-register': { ...register(SUPPLIERS_DOC, ['xlsx', 'docx', 'pdf'], 'supplier-register', 'Supplier register workbook (8.1)'), model: controlled(SUPPLIERS_DOC, (c, _ws, today) => supplierSections(c, today)) },
  'monitoring-results': { ...register(METRICS_DOC, ['docx', 'pdf'], 'monitoring-measurement-results', 'Monitoring and measurement results with trend charts (9.1)'), model: controlled(METRICS_DOC, monitoringSections) },
  // The same controlled document as a workbook of every recorded value (issue 13, item 6).
  'metric-values': { ...register(METRICS_DOC, ['xlsx', 'docx', 'pdf'], 'metric-values', 'Metric definitions and all recorded values workbook (9.1)'), id: 'metric-values', model: controlled(METRICS_DOC, metricValuesSections) },
  'audit-programme': { ...register(AUDIT_PROGRAMME_DOC, ['docx', 'pdf', 'xlsx'], 'internal-audit-programme', 'Internal audit programme with schedule and coverage (9.2)'), model: controlled(AUDIT_PROGRAMME_DOC, auditProgrammeSections) },
  // The same controlled document as a workbook first.
  'audit-programme-xlsx': { ...register(AUDIT_PROGRAMME_DOC, ['xlsx', 'docx', 'pdf'], 'internal-audit-programme', 'Internal audit programme workbook (9.2)'), id: 'audit-programme-xlsx', model: controlled(AUDIT_PROGRAMME_DOC, auditProgrammeSections) },
  'audit-report': {
    id: 'audit-report',
    title: 'Internal audit report with findings and evidence hashes (9.2)',
    format: 'docx',
    formats: ['docx', 'pdf'],
    clauseId: '9.2',
    documentKey: null,
    record: 'audit',
    fileStem: 'audit-report',
    model: (ws, today, o) => auditReportModel(ws, today, requireRecord(o.recordId, 'audit')),
  },
  'management-review': { ...register(MANAGEMENT_REVIEW_DOC, ['docx', 'pdf', 'xlsx'], 'management-review-results', 'Results of management reviews: decisions, changes and actions (9.3)'), model: controlled(MANAGEMENT_REVIEW_DOC, reviewResultsSections) },
  'management-review-minutes': {
    id: 'management-review-minutes',
    title: 'Management review minutes with the inputs considered (9.3)',
    format: 'docx',
    formats: ['docx', 'pdf'],
    clauseId: '9.3',
    documentKey: null,
    record: 'review',
    fileStem: 'management-review-minutes',
    model: (ws, today, o) => reviewMinutesModel(ws, today, requireRecord(o.recordId, 'management review')),
  },
  'nonconformity-log': { ...register(IMPROVEMENT_LOG_DOC, ['xlsx', 'docx', 'pdf'], 'nonconformity-log', 'Nonconformity and corrective action log (10.1, 10.2)'), model: controlled(IMPROVEMENT_LOG_DOC, (c, ws) => improvementLogSections(c, todayOf(ws))) },
  'nonconformity-report': {
    id: 'nonconformity-report',
    title: 'Nonconformity report with root cause analysis (10.2)',
    format: 'docx',
    formats: ['docx', 'pdf'],
    clauseId: '10.2',
    documentKey: null,
    record: 'nonconformity',
    fileStem: 'nonconformity-report',
    model: (ws, today, o) => ncReportModel(ws, today, requireRecord(o.recordId, 'nonconformity')),
  },
};

function requireRecord(recordId: string | undefined, what: 'policy' | 'nonconformity' | 'audit' | 'management review'): string {
  if (recordId) return recordId;
  const message = `Choose the ${what} to export.`;
  throw new AppError('VALIDATION', message, { field: 'recordId', fields: [{ path: 'recordId', message }] });
}

export function listExports(): ExportDocInfo[] {
  return Object.values(DEFINITIONS).map(({ id, title, format, formats, clauseId, documentKey, record }) => ({ id, title, format, formats, clauseId, documentKey, record }));
}

export function exportDefinition(id: ExportDocId): ExportDefinition {
  return DEFINITIONS[id];
}

const formatError = (message: string) => new AppError('VALIDATION', message, { field: 'path', fields: [{ path: 'path', message }] });

/**
 * The format to write: the one asked for, else the path's extension, else the document's own. A path
 * whose extension does not match is refused, so no file ever carries the wrong name (issue #8).
 */
export function chooseFormat(def: ExportDefinition, path: string | undefined, asked: ExportFormat | undefined): ExportFormat {
  const ext = path ? extname(path).slice(1).toLowerCase() : '';
  const format = asked ?? ((EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : def.format);
  if (!def.formats.includes(format)) throw new AppError('VALIDATION', `${def.title} can be written as ${def.formats.map((f) => f.toUpperCase()).join(', ')}, not ${format.toUpperCase()}.`, { field: 'format' });
  if (path && ext !== format) throw formatError(`The file name must end in .${format} for a ${format.toUpperCase()} document${ext ? `, not .${ext}` : ''}.`);
  return format;
}

/** What the document says, read once; drawing it in a format comes after the user chose where to save. */
export type PreparedExport = { model: DocModel };

export function exportModel(ws: Workspace, id: ExportDocId, today: Date, options: ExportOptions): PreparedExport {
  return { model: DEFINITIONS[id].model(ws, today, options) };
}

export function renderExport(prepared: PreparedExport, format: ExportFormat): Promise<Buffer> {
  return RENDER[format](prepared.model);
}

export async function buildExport(ws: Workspace, id: ExportDocId, today: Date, format: ExportFormat, options: ExportOptions): Promise<Buffer> {
  return renderExport(exportModel(ws, id, today, options), format);
}

export function suggestedFileName(ws: Workspace, id: ExportDocId, today: Date, format: ExportFormat, options: ExportOptions): string {
  const def = DEFINITIONS[id];
  const stem = def.record === 'review' && options.recordId ? `${getReview(ws, options.recordId).ref.toLowerCase()}-minutes` : def.record === 'audit' && options.recordId ? `${getAudit(ws, options.recordId).ref.toLowerCase()}-report` : def.record === 'nonconformity' && options.recordId ? `${getNc(ws, options.recordId).ref.toLowerCase()}-report` : def.record === 'policy' && options.recordId ? (() => {
    const { policy, version } = publishedPolicyOf(ws, options.recordId);
    return `${slug(policy.title)}-v${version.version}${id === 'policy-acknowledgements' ? '-acknowledgements' : ''}`;
  })() : def.fileStem;
  const draft = options.variant === 'draft' ? '-draft' : '';
  return `${slug(workspaceInfo(ws).organisation)}-${stem}${draft}-${today.toISOString().slice(0, 10)}.${format}`;
}
