import { extname } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { EXPORT_FORMATS, type ExportDoc, type ExportDocId, type ExportFormat } from '../../../shared/contract/export';
import type { FileKind } from '../platform';
import type { Workspace } from '../db/open';
import { workspaceInfo } from '../services/workspace';
import { slug } from '../files';
import { contentForExport, type DocumentType } from '../services/documentControl';
import { OBJECTIVES_DOC, CONTEXT_DOC, IMPROVEMENT_LOG_DOC, LEADERSHIP_DOC, PARTIES_DOC, PROCESSES_DOC, RACI_DOC, SCOPE_DOC } from '../services/documentCatalog';
import { improvementLogSections } from './documents/clause10';
import { ncReportModel } from './improvement';
import { getNc } from '../services/nonconformities';
import { todayOf } from '../services/dates';
import { controlOf } from './control';
import { contextSections, partiesSections, processesSections, scopeSections } from './documents/clause4';
import { leadershipSections, raciSections } from './documents/clause5';
import { objectivesSections } from './documents/objectives';
import { acknowledgementModel, policyModel, publishedPolicyOf } from './policy';
import type { DocModel, Section } from './model';
import { header, registerVersion } from './header';
import type { DocumentHeader } from './docx/common';
import { RISK_TABLES, SOA_TABLES } from './riskTables';

/*
 * The document libraries (docx, exceljs, pdfkit) take about half a second to load, so they are
 * loaded on the first export, not when the CLI or host starts (issue 7, item 5: a CLI call in well
 * under a second). The 4.1-5.3 documents are still read before the save dialog opens; the 6.1
 * builders read as soon as their module has loaded.
 */
const riskBuilders = () => import('./risk');

type ExportDocInfo = z.infer<typeof ExportDoc>;

export interface ExportOptions {
  variant: 'approved' | 'draft';
  recordId?: string;
}

interface ModelDefinition extends ExportDocInfo {
  fileStem: string;
  model(ws: Workspace, today: Date, options: ExportOptions): DocModel;
}

/**
 * Documents still built by their own DOCX/XLSX builders (the 6.1 risk and SoA exports, issue #11):
 * one format each, no PDF, and no document-control record yet. Port them to `model` with a
 * DocumentType in services/documentCatalog.ts to give them versions from approvals, PDF and branding.
 */
interface LegacyDefinition extends ExportDocInfo {
  fileStem: string;
  build(ws: Workspace, today: Date): Promise<Buffer>;
}

type ExportDefinition = ModelDefinition | LegacyDefinition;

/** The header (with the register's version) is read now; the builder and its library load lazily. */
const lazyBuild = async (ws: Workspace, h: DocumentHeader, pick: (r: Awaited<ReturnType<typeof riskBuilders>>) => (ws: Workspace, h: DocumentHeader) => Promise<Buffer>) =>
  pick(await riskBuilders())(ws, h);

const legacy = (d: Omit<LegacyDefinition, 'formats' | 'documentKey'>): LegacyDefinition => ({ ...d, formats: [d.format], documentKey: null });

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
function controlled<T>(type: DocumentType<T>, sections: (content: T, ws: Workspace) => Section[]) {
  return (ws: Workspace, today: Date, options: ExportOptions): DocModel => {
    const exp = contentForExport(ws, type, options.variant);
    return { control: controlOf(ws, today, type.subtitle, exp), sections: sections(exp.content, ws) };
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
  'objectives-plan': { ...register(OBJECTIVES_DOC, ['docx', 'pdf'], 'objectives-plan', 'Information security objectives plan (6.2)'), model: controlled(OBJECTIVES_DOC, objectivesSections) },
  'risk-method': legacy({
    id: 'risk-method',
    title: 'Risk assessment process and criteria (6.1.2)',
    format: 'docx',
    clauseId: '6.1',
    record: null,
    fileStem: 'risk-assessment-method',
    build: (ws, today) => lazyBuild(ws, header(ws, today, 'Risk assessment process', 'Information security risk criteria and method, clause 6.1.2', registerVersion(ws, 'risk_method')), (r) => r.riskMethodDoc),
  }),
  'risk-register': legacy({
    id: 'risk-register',
    title: 'Risk register workbook (6.1.2)',
    format: 'xlsx',
    clauseId: '6.1',
    record: null,
    fileStem: 'risk-register',
    build: (ws, today) => lazyBuild(ws, header(ws, today, 'Risk register', 'Clause 6.1.2', registerVersion(ws, ...RISK_TABLES)), (r) => r.riskRegisterXlsx),
  }),
  'risk-report': legacy({
    id: 'risk-report',
    title: 'Risk assessment report with heat maps (8.2)',
    format: 'docx',
    clauseId: '8.2',
    record: null,
    fileStem: 'risk-assessment-report',
    build: (ws, today) => lazyBuild(ws, header(ws, today, 'Risk assessment report', 'Results of the information security risk assessment, clauses 6.1.2 and 8.2', registerVersion(ws, ...RISK_TABLES)), (r) => r.riskReportDoc),
  }),
  'treatment-plan': legacy({
    id: 'treatment-plan',
    title: 'Risk treatment plan and status (6.1.3, 8.3)',
    format: 'docx',
    clauseId: '8.3',
    record: null,
    fileStem: 'risk-treatment-plan',
    build: (ws, today) => lazyBuild(ws, header(ws, today, 'Risk treatment plan', 'Treatment of information security risks, clauses 6.1.3 and 8.3', registerVersion(ws, ...RISK_TABLES)), (r) => r.treatmentPlanDoc),
  }),
  soa: legacy({
    id: 'soa',
    title: 'Statement of Applicability (6.1.3 d)',
    format: 'docx',
    clauseId: '6.1',
    record: null,
    fileStem: 'statement-of-applicability',
    build: (ws, today) => lazyBuild(ws, header(ws, today, 'Statement of Applicability', 'Annex A controls, clause 6.1.3 d', registerVersion(ws, ...SOA_TABLES)), (r) => r.soaDoc),
  }),
  'soa-xlsx': legacy({
    id: 'soa-xlsx',
    title: 'Statement of Applicability workbook (6.1.3 d)',
    format: 'xlsx',
    clauseId: '6.1',
    record: null,
    fileStem: 'statement-of-applicability',
    build: (ws, today) => lazyBuild(ws, header(ws, today, 'Statement of Applicability', 'Clause 6.1.3 d', registerVersion(ws, ...SOA_TABLES)), (r) => r.soaXlsx),
  }),
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

function requireRecord(recordId: string | undefined, what: 'policy' | 'nonconformity'): string {
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
export type PreparedExport = { model: DocModel } | { bytes: Promise<Buffer> };

export function exportModel(ws: Workspace, id: ExportDocId, today: Date, options: ExportOptions): PreparedExport {
  const def = DEFINITIONS[id];
  if ('model' in def) return { model: def.model(ws, today, options) };
  const bytes = def.build(ws, today);
  // Awaited by renderExport after the dialog; marked handled now so a refusal while the dialog is
  // open is not an unhandled rejection (which would end the loopback host).
  bytes.catch(() => {});
  return { bytes };
}

export function renderExport(prepared: PreparedExport, format: ExportFormat): Promise<Buffer> {
  return 'model' in prepared ? RENDER[format](prepared.model) : prepared.bytes;
}

export async function buildExport(ws: Workspace, id: ExportDocId, today: Date, format: ExportFormat, options: ExportOptions): Promise<Buffer> {
  return renderExport(exportModel(ws, id, today, options), format);
}

export function suggestedFileName(ws: Workspace, id: ExportDocId, today: Date, format: ExportFormat, options: ExportOptions): string {
  const def = DEFINITIONS[id];
  const stem = def.record === 'nonconformity' && options.recordId ? `${getNc(ws, options.recordId).ref.toLowerCase()}-report` : def.record === 'policy' && options.recordId ? (() => {
    const { policy, version } = publishedPolicyOf(ws, options.recordId);
    return `${slug(policy.title)}-v${version.version}${id === 'policy-acknowledgements' ? '-acknowledgements' : ''}`;
  })() : def.fileStem;
  const draft = options.variant === 'draft' ? '-draft' : '';
  return `${slug(workspaceInfo(ws).organisation)}-${stem}${draft}-${today.toISOString().slice(0, 10)}.${format}`;
}
