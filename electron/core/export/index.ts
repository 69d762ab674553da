import { count, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ExportDoc, ExportDocId } from '../../../shared/contract/export';
import type { FileKind } from '../platform';
import type { Workspace } from '../db/open';
import { changeLog } from '../db/schema';
import { allIssues } from '../services/context';
import { workspaceInfo } from '../services/workspace';
import { slug } from '../files';
import { buildContextRegisterDocx } from './docx/contextRegister';
import { buildScopeStatementDocx } from './docx/scopeStatement';
import { buildStakeholderRegisterXlsx } from './xlsx/stakeholderRegister';
import { allParties, listRequirements } from '../services/parties';
import { draftStatement, listBoundaries, listInterfaces, listStatements } from '../services/scope';
import type { DocumentHeader } from './docx/common';

type ExportDocInfo = z.infer<typeof ExportDoc>;

interface ExportDefinition extends ExportDocInfo {
  fileStem: string;
  build(ws: Workspace, today: Date): Promise<Buffer>;
}

export const FILE_KINDS: Record<ExportDocInfo['format'], FileKind> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

/** The document's version follows the register: one more for every recorded change to it. */
function registerVersion(ws: Workspace, tables: string[]): string {
  const n = ws.db.select({ n: count() }).from(changeLog).where(inArray(changeLog.tableName, tables)).get()?.n ?? 0;
  return `1.${n}`;
}

/** The statement an auditor should see: the newest approved version, else the draft being written. */
function statementToPrint(ws: Workspace) {
  const all = listStatements(ws);
  return all.find((s) => s.status === 'approved') ?? all[0] ?? null;
}

function header(ws: Workspace, today: Date, title: string, subtitle: string, version: string): DocumentHeader {
  const info = workspaceInfo(ws);
  return {
    title,
    subtitle,
    organisation: info.organisation,
    version,
    date: today.toISOString().slice(0, 10),
    preparedBy: info.consultant || ws.env.actor,
  };
}

const DEFINITIONS: Record<ExportDocId, ExportDefinition> = {
  'context-register': {
    id: 'context-register',
    title: 'Internal and external issues register (4.1)',
    format: 'docx',
    clauseId: '4.1',
    fileStem: 'context-issues-register',
    build: (ws, today) =>
      buildContextRegisterDocx({
        header: header(ws, today, 'Internal and external issues', 'Context of the organisation, clause 4.1', registerVersion(ws, ['context_issues'])),
        issues: allIssues(ws),
      }),
  },
  'stakeholder-register': {
    id: 'stakeholder-register',
    title: 'Stakeholder register with requirements (4.2)',
    format: 'xlsx',
    clauseId: '4.2',
    fileStem: 'stakeholder-register',
    build: (ws, today) =>
      buildStakeholderRegisterXlsx({
        header: header(ws, today, 'Stakeholder register', 'Interested parties and their requirements, clause 4.2', registerVersion(ws, ['parties', 'party_requirements'])),
        parties: allParties(ws),
        requirements: listRequirements(ws),
      }),
  },
  'scope-statement': {
    id: 'scope-statement',
    title: 'Scope statement of the ISMS (4.3)',
    format: 'docx',
    clauseId: '4.3',
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
};

export function listExports(): ExportDocInfo[] {
  return Object.values(DEFINITIONS).map(({ id, title, format, clauseId }) => ({ id, title, format, clauseId }));
}

export function exportDefinition(id: ExportDocId): ExportDefinition {
  return DEFINITIONS[id];
}

export function suggestedFileName(ws: Workspace, id: ExportDocId, today: Date): string {
  const def = DEFINITIONS[id];
  return `${slug(workspaceInfo(ws).organisation)}-${def.fileStem}-${today.toISOString().slice(0, 10)}.${def.format}`;
}
