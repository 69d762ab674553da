import { chmodSync, existsSync, rmSync } from 'node:fs';
import { extname } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { WorkspaceInfo, WorkspaceMeta } from '../../../shared/contract/workspace';
import { appSchemaVersion, createWorkspaceFile, openWorkspaceFile, type DbEnv, type KeyOptions, type Workspace } from '../db/open';
import { checkPassword, rekey } from '../db/cipher';
import { schemaVersionOf } from '../db/migrate';
import { workspaceMeta } from '../db/schema';
import { write } from '../db/write';
import { applySeeds } from './seeds';
import { canonicalPath, samePath } from '../files';

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

export function openWorkspace(path: string, env: DbEnv, key: KeyOptions = {}): Workspace {
  const ws = openWorkspaceFile(canonicalPath(path), env, key);
  if (!ws.db.select().from(workspaceMeta).get()) {
    ws.close();
    throw new AppError('UNSUPPORTED_FILE', 'This workspace has no organisation record; it is damaged or incomplete.', { path });
  }
  applySeeds(ws);
  return ws;
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
    encrypted: ws.encrypted,
  };
}

/**
 * Adds, changes or (next null) removes the workspace's password. Changing or removing needs the
 * current one, checked on a second connection, so a person at an unlocked screen cannot do it.
 */
export function setPassword(ws: Workspace, current: string | undefined, next: string | null): WorkspaceInfo {
  if (ws.encrypted) {
    if (current === undefined) throw new AppError('WRONG_PASSWORD', 'Enter the current password first.', { reason: 'required' });
    checkPassword(ws.path, current, ws.env.nativeBinding);
  } else if (next === null) {
    throw new AppError('CONFLICT', 'This workspace has no password to remove.');
  }
  rekey(ws.sqlite, next);
  ws.encrypted = next !== null;
  return workspaceInfo(ws);
}

export function updateWorkspaceMeta(ws: Workspace, meta: Meta): WorkspaceInfo {
  const row = metaRow(ws);
  write(ws, (w) => w.update(workspaceMeta, row.id, meta));
  return workspaceInfo(ws);
}

/**
 * A consistent copy, safe while the workspace is in use: SQLite's online backup for a plain file;
 * for an encrypted one VACUUM INTO, which writes the copy encrypted with the same key (the backup
 * API refuses encrypted sources in multiple-ciphers, and a plain copy would leak the data).
 */
export async function copyDatabase(ws: Workspace, target: string): Promise<void> {
  if (ws.encrypted) ws.sqlite.prepare('VACUUM INTO ?').run(target);
  else await ws.sqlite.backup(target);
  chmodSync(target, 0o600);
}

/** A consistent copy of the open workspace in another file, chosen by the user. */
export async function saveCopy(ws: Workspace, target: string): Promise<string> {
  const path = ensureExtension(target);
  if (samePath(path, ws.path)) throw new AppError('CONFLICT', 'Choose a different file than the open workspace.');
  if (existsSync(path)) throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name.`, { path });
  try {
    await copyDatabase(ws, path);
  } catch (err) {
    throw new AppError('IO', `Could not write the copy: ${(err as Error).message}`, { path });
  }
  return path;
}
