import { count, eq } from 'drizzle-orm';
import type { Workspace } from '../db/open';
import { changeLog } from '../db/schema';
import { workspaceInfo } from '../services/workspace';
import type { DocumentHeader } from './docx/common';
import { xmlSafe } from './model';

/** The document's version follows the register: one more for every recorded change to its tables. */
export function registerVersion(ws: Workspace, ...tables: string[]): string {
  const n = tables.reduce((sum, table) => sum + (ws.db.select({ n: count() }).from(changeLog).where(eq(changeLog.tableName, table)).get()?.n ?? 0), 0);
  return `1.${n}`;
}

export function header(ws: Workspace, today: Date, title: string, subtitle: string, version: string): DocumentHeader {
  const info = workspaceInfo(ws);
  return {
    title: xmlSafe(title),
    subtitle,
    organisation: info.organisation,
    version,
    date: today.toISOString().slice(0, 10),
    preparedBy: info.consultant || ws.env.actor,
  };
}

