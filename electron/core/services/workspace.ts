import { existsSync, rmSync } from 'node:fs';
import { extname } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { WorkspaceMeta, type WorkspaceInfo } from '../../../shared/contract/workspace';
import { mergePatch } from '../validation';
import { appSchemaVersion, createWorkspaceFile, openWorkspaceFile, type DbEnv, type OpenOptions, type Workspace } from '../db/open';
import { schemaVersionOf } from '../db/migrate';
import { workspaceMeta } from '../db/schema';
import { write } from '../db/write';
import { applySeeds } from './seeds';
import { assertNotWorkspaceFile, canonicalPath } from '../files';

type Meta = z.output<typeof WorkspaceMeta>;

export const WORKSPACE_EXTENSION = '.isms';

export function ensureExtension(path: string): string {
  return extname(path).toLowerCase() === WORKSPACE_EXTENSION ? path : `${path}${WORKSPACE_EXTENSION}`;
}

export function createWorkspace(path: string, meta: Meta, env: DbEnv, options: { upTo?: number } = {}): Workspace {
  const ws = createWorkspaceFile(canonicalPath(ensureExtension(path)), env, options);
  try {
    write(ws, (w) => w.insert(workspaceMeta, meta));
    applySeeds(ws);
    return ws;
  } catch (err) {
    ws.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${ws.path}${suffix}`, { force: true });
    throw err;
  }
}

export function openWorkspace(path: string, env: DbEnv, options: OpenOptions = {}): Workspace {
  const ws = openWorkspaceFile(canonicalPath(path), env, options);
  try {
    applySeeds(ws);
    return ws;
  } catch (err) {
    // A refused open must not keep the file locked (issue 10, item 3).
    try {
      ws.close();
    } catch {
      // The seeding error is the one to report.
    }
    throw err;
  }
}

function metaRow(ws: Workspace) {
  const row = ws.db.select().from(workspaceMeta).get();
  if (!row) throw new AppError('INTERNAL', 'The workspace has no organisation record.');
  return row;
}

export function workspaceInfo(ws: Workspace): WorkspaceInfo {
  const row = metaRow(ws);
  return {
    id: row.id,
    path: ws.path,
    organisation: row.organisation,
    sector: row.sector,
    engagement: row.engagement,
    consultant: row.consultant,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    schemaVersion: schemaVersionOf(ws.sqlite),
    appSchemaVersion: appSchemaVersion(ws.env),
  };
}

export function updateWorkspaceMeta(ws: Workspace, patch: Partial<Meta>): WorkspaceInfo {
  const row = metaRow(ws);
  const meta = mergePatch(WorkspaceMeta, row, patch);
  write(ws, (w) => w.update(workspaceMeta, row.id, meta));
  return workspaceInfo(ws);
}

/** A consistent copy through SQLite's online backup, safe while the workspace is in use. */
export async function saveCopy(ws: Workspace, target: string): Promise<string> {
  const path = ensureExtension(target);
  assertNotWorkspaceFile(path, ws.path);
  if (existsSync(path)) throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name.`, { path });
  try {
    await ws.sqlite.backup(path);
  } catch (err) {
    throw new AppError('IO', `Could not write the copy: ${(err as Error).message}`, { path });
  }
  return path;
}
