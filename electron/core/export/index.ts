import { count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ExportDoc, ExportDocId } from '../../../shared/contract/export';
import type { FileKind } from '../platform';
import type { Workspace } from '../db/open';
import { changeLog } from '../db/schema';
import { allIssues } from '../services/context';
import { workspaceInfo } from '../services/workspace';
import { slug } from '../files';
import { buildContextRegisterDocx } from './docx/contextRegister';
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
function registerVersion(ws: Workspace, table: string): string {
  const n = ws.db.select({ n: count() }).from(changeLog).where(eq(changeLog.tableName, table)).get()?.n ?? 0;
  return `1.${n}`;
}

function header(ws: Workspace, today: Date, title: string, subtitle: string, table: string): DocumentHeader {
  const info = workspaceInfo(ws);
  return {
    title,
    subtitle,
    organisation: info.organisation,
    version: registerVersion(ws, table),
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
        header: header(ws, today, 'Internal and external issues', 'Context of the organisation, clause 4.1', 'context_issues'),
        issues: allIssues(ws),
      }),
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
