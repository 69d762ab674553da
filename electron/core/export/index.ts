import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { ExportDoc, ExportDocId } from '../../../shared/contract/export';
import type { FileKind } from '../platform';
import type { Workspace } from '../db/open';
import { allIssues } from '../services/context';
import { workspaceInfo } from '../services/workspace';
import { slug } from '../files';
import { buildContextRegisterDocx } from './docx/contextRegister';
import { buildScopeStatementDocx } from './docx/scopeStatement';
import { buildStakeholderRegisterXlsx } from './xlsx/stakeholderRegister';
import { allParties, listRequirements } from '../services/parties';
import { draftStatement, listBoundaries, listInterfaces, listStatements } from '../services/scope';
import { header, registerVersion } from './header';
import { buildRaciDocx } from './docx/raci';
import { buildRaciXlsx } from './xlsx/raci';
import { buildPolicyExport, publishedPolicyOf } from './policy';
import { raciData } from './raci';
import { RISK_TABLES, SOA_TABLES, riskMethodDoc, riskRegisterXlsx, riskReportDoc, soaDoc, soaXlsx, treatmentPlanDoc } from './risk';

type ExportDocInfo = z.infer<typeof ExportDoc>;

interface ExportDefinition extends ExportDocInfo {
  fileStem: string;
  build(ws: Workspace, today: Date, recordId?: string): Promise<Buffer>;
}

export const FILE_KINDS: Record<ExportDocInfo['format'], FileKind> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

/** The statement an auditor should see: the newest approved version, else the draft being written. */
function statementToPrint(ws: Workspace) {
  const all = listStatements(ws);
  return all.find((s) => s.status === 'approved') ?? all[0] ?? null;
}

const RACI_TABLES = ['roles', 'role_assignments', 'raci_activities', 'raci_entries'];

const DEFINITIONS: Record<ExportDocId, ExportDefinition> = {
  'context-register': {
    id: 'context-register',
    title: 'Internal and external issues register (4.1)',
    format: 'docx',
    clauseId: '4.1',
    record: null,
    fileStem: 'context-issues-register',
    build: (ws, today) =>
      buildContextRegisterDocx({
        header: header(ws, today, 'Internal and external issues', 'Context of the organisation, clause 4.1', registerVersion(ws, 'context_issues')),
        issues: allIssues(ws),
      }),
  },
  'stakeholder-register': {
    id: 'stakeholder-register',
    title: 'Stakeholder register with requirements (4.2)',
    format: 'xlsx',
    clauseId: '4.2',
    record: null,
    fileStem: 'stakeholder-register',
    build: (ws, today) =>
      buildStakeholderRegisterXlsx({
        header: header(ws, today, 'Stakeholder register', 'Interested parties and their requirements, clause 4.2', registerVersion(ws, 'parties', 'party_requirements')),
        parties: allParties(ws),
        requirements: listRequirements(ws),
      }),
  },
  'scope-statement': {
    id: 'scope-statement',
    title: 'Scope statement of the ISMS (4.3)',
    format: 'docx',
    clauseId: '4.3',
    record: null,
    fileStem: 'isms-scope-statement',
    build: (ws, today) => {
      const statement = statementToPrint(ws);
      return buildScopeStatementDocx({
        header: header(ws, today, 'Scope of the ISMS', 'Clause 4.3', statement ? `${statement.version}${statement.status === 'draft' ? ' (draft)' : ''}` : 'draft'),
        statement,
        draftText: draftStatement(ws),
        boundaries: listBoundaries(ws),
        interfaces: listInterfaces(ws),
      });
    },
  },
  policy: {
    id: 'policy',
    title: 'Published policy (5.2)',
    format: 'docx',
    clauseId: '5.2',
    record: 'policy',
    fileStem: 'policy',
    build: (ws, today, recordId) => buildPolicyExport(ws, today, requireRecord(recordId)),
  },
  'raci-matrix': {
    id: 'raci-matrix',
    title: 'Roles and RACI matrix (5.3)',
    format: 'docx',
    clauseId: '5.3',
    record: null,
    fileStem: 'raci-matrix',
    build: (ws, today) => buildRaciDocx(raciData(ws, header(ws, today, 'Roles and RACI matrix', 'Roles, responsibilities and authorities, clause 5.3', registerVersion(ws, ...RACI_TABLES)))),
  },
  'raci-matrix-xlsx': {
    id: 'raci-matrix-xlsx',
    title: 'RACI matrix workbook (5.3)',
    format: 'xlsx',
    clauseId: '5.3',
    record: null,
    fileStem: 'raci-matrix',
    build: (ws, today) => buildRaciXlsx(raciData(ws, header(ws, today, 'RACI matrix', 'Clause 5.3', registerVersion(ws, ...RACI_TABLES)))),
  },
  'risk-method': {
    id: 'risk-method',
    title: 'Risk assessment process and criteria (6.1.2)',
    format: 'docx',
    clauseId: '6.1',
    record: null,
    fileStem: 'risk-assessment-method',
    build: (ws, today) => riskMethodDoc(ws, header(ws, today, 'Risk assessment process', 'Information security risk criteria and method, clause 6.1.2', registerVersion(ws, 'risk_method'))),
  },
  'risk-register': {
    id: 'risk-register',
    title: 'Risk register workbook (6.1.2)',
    format: 'xlsx',
    clauseId: '6.1',
    record: null,
    fileStem: 'risk-register',
    build: (ws, today) => riskRegisterXlsx(ws, header(ws, today, 'Risk register', 'Clause 6.1.2', registerVersion(ws, ...RISK_TABLES))),
  },
  'risk-report': {
    id: 'risk-report',
    title: 'Risk assessment report with heat maps (8.2)',
    format: 'docx',
    clauseId: '8.2',
    record: null,
    fileStem: 'risk-assessment-report',
    build: (ws, today) => riskReportDoc(ws, header(ws, today, 'Risk assessment report', 'Results of the information security risk assessment, clauses 6.1.2 and 8.2', registerVersion(ws, ...RISK_TABLES))),
  },
  'treatment-plan': {
    id: 'treatment-plan',
    title: 'Risk treatment plan and status (6.1.3, 8.3)',
    format: 'docx',
    clauseId: '8.3',
    record: null,
    fileStem: 'risk-treatment-plan',
    build: (ws, today) => treatmentPlanDoc(ws, header(ws, today, 'Risk treatment plan', 'Treatment of information security risks, clauses 6.1.3 and 8.3', registerVersion(ws, ...RISK_TABLES))),
  },
  soa: {
    id: 'soa',
    title: 'Statement of Applicability (6.1.3 d)',
    format: 'docx',
    clauseId: '6.1',
    record: null,
    fileStem: 'statement-of-applicability',
    build: (ws, today) => soaDoc(ws, header(ws, today, 'Statement of Applicability', 'Annex A controls, clause 6.1.3 d', registerVersion(ws, ...SOA_TABLES))),
  },
  'soa-xlsx': {
    id: 'soa-xlsx',
    title: 'Statement of Applicability workbook (6.1.3 d)',
    format: 'xlsx',
    clauseId: '6.1',
    record: null,
    fileStem: 'statement-of-applicability',
    build: (ws, today) => soaXlsx(ws, header(ws, today, 'Statement of Applicability', 'Clause 6.1.3 d', registerVersion(ws, ...SOA_TABLES))),
  },
};

function requireRecord(recordId: string | undefined): string {
  if (recordId) return recordId;
  const message = 'Choose the policy to export.';
  throw new AppError('VALIDATION', message, { field: 'recordId', fields: [{ path: 'recordId', message }] });
}

export function listExports(): ExportDocInfo[] {
  return Object.values(DEFINITIONS).map(({ id, title, format, clauseId, record }) => ({ id, title, format, clauseId, record }));
}

export function exportDefinition(id: ExportDocId): ExportDefinition {
  return DEFINITIONS[id];
}

export function suggestedFileName(ws: Workspace, id: ExportDocId, today: Date, recordId?: string): string {
  const def = DEFINITIONS[id];
  const stem = id === 'policy' && recordId ? (() => {
    const { policy, version } = publishedPolicyOf(ws, recordId);
    return `${slug(policy.title)}-v${version.version}`;
  })() : def.fileStem;
  return `${slug(workspaceInfo(ws).organisation)}-${stem}-${today.toISOString().slice(0, 10)}.${def.format}`;
}
