import { chmodSync, existsSync, rmSync } from 'node:fs';
import { extname } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { WorkspaceMeta, type WorkspaceInfo } from '../../../shared/contract/workspace';
import { mergePatch } from '../validation';
import { appSchemaVersion, createWorkspaceFile, openWorkspaceFile, type DbEnv, type KeyOptions, type OpenOptions, type Workspace } from '../db/open';
import { checkPassword, makeVerifier, rekey } from '../db/cipher';
import { schemaVersionOf } from '../db/migrate';
import { sql } from 'drizzle-orm';
import { changeLog, workspaceMeta } from '../db/schema';
import { write } from '../db/write';
import { applySeeds } from './seeds';
import { assertNotWorkspaceFile, canonicalPath } from '../files';

type Meta = z.output<typeof WorkspaceMeta>;

export const WORKSPACE_EXTENSION = '.isms';

export function ensureExtension(path: string): string {
  return extname(path).toLowerCase() === WORKSPACE_EXTENSION ? path : `${path}${WORKSPACE_EXTENSION}`;
}

export function createWorkspace(path: string, meta: Meta, env: DbEnv, options: { upTo?: number } & KeyOptions = {}): Workspace {
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

/** The newest write of any kind; every write goes through the write helper, which logs it. */
function lastChangeOf(ws: Workspace): string | null {
  return ws.db.select({ at: sql<string | null>`max(${changeLog.at})` }).from(changeLog).get()?.at ?? null;
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
    lastChangedAt: lastChangeOf(ws) ?? row.updatedAt,
    schemaVersion: schemaVersionOf(ws.sqlite),
    appSchemaVersion: appSchemaVersion(ws.env),
    encrypted: ws.cipher !== null,
  };
}

/**
 * Adds, changes or (next null) removes the workspace's password. Changing or removing needs the
 * current one (checked against the in-memory verifier), so a person at an unlocked screen cannot.
 */
export function setPassword(ws: Workspace, current: string | undefined, next: string | null): WorkspaceInfo {
  if (ws.cipher) {
    if (current === undefined) throw new AppError('WRONG_PASSWORD', 'Enter the current password first.', { reason: 'required' });
    checkPassword(ws.cipher, current);
  } else if (next === null) {
    throw new AppError('CONFLICT', 'This workspace has no password to remove.');
  }
  rekey(ws.sqlite, next);
  ws.cipher = next === null ? null : makeVerifier(next);
  return workspaceInfo(ws);
}

export function updateWorkspaceMeta(ws: Workspace, patch: Partial<Meta>): WorkspaceInfo {
  const row = metaRow(ws);
  const meta = mergePatch(WorkspaceMeta, row, patch);
  write(ws, (w) => w.update(workspaceMeta, row.id, meta));
  return workspaceInfo(ws);
}

/**
 * A consistent copy, safe while the workspace is in use: SQLite's online backup for a plain file;
 * for an encrypted one VACUUM INTO, which writes the copy encrypted with the same key (the backup
 * API refuses encrypted sources in multiple-ciphers, and a plain copy would leak the data).
 */
export async function copyDatabase(ws: Workspace, target: string): Promise<void> {
  if (ws.cipher) ws.sqlite.prepare('VACUUM INTO ?').run(target);
  else await ws.sqlite.backup(target);
  chmodSync(target, 0o600);
}

/** A consistent copy of the open workspace in another file, chosen by the user. */
export async function saveCopy(ws: Workspace, target: string): Promise<string> {
  const path = ensureExtension(target);
  assertNotWorkspaceFile(path, ws.path);
  if (existsSync(path)) throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name.`, { path });
  try {
    await copyDatabase(ws, path);
  } catch (err) {
    throw new AppError('IO', `Could not write the copy: ${(err as Error).message}`, { path });
  }
  return path;
}
