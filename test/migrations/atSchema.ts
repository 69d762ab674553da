import { randomUUID } from 'node:crypto';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createWorkspaceFile, type Workspace } from '../../electron/core/db/open';
import { ismsProcessLinks, ismsProcesses, workspaceMeta } from '../../electron/core/db/schema';
import { ISMS_PROCESS_SEEDS } from '../../electron/core/catalog/ismsProcesses';
import { createWorkspace } from '../../electron/core/services/workspace';
import { applySeeds, SEED_KEYS } from '../../electron/core/services/seeds';
import { write } from '../../electron/core/db/write';
import { loadMigrations } from '../../electron/core/db/migrate';
import { refPrefixOf } from '../../electron/core/db/refs';
import { formatRef } from '../../shared/refs';
import { MIGRATIONS, testEnv } from '../utils/platform';

const COUNT = loadMigrations(MIGRATIONS).length;
/** The first schema with the catalog_seeds table (migration 0002): from here on, creation seeds the 4.4 processes. */
export const CATALOG_SCHEMA = 3;
/** The first schema with register ids (migration 0005). */
const REFS_SCHEMA = 6;

/**
 * Inserts a record as an app that knew only this file's schema did: drizzle always lists every column
 * of today's table, so today's write helper cannot write into an older file; this writes only the
 * columns the file has, stamped and logged as the write helper did.
 */
function insertAsOld(ws: Workspace, table: SQLiteTable, values: Record<string, unknown>): string {
  const at = ws.env.now().toISOString();
  const id = randomUUID();
  const inFile = new Set((ws.sqlite.pragma(`table_info(${getTableName(table)})`) as { name: string }[]).map((c) => c.name));
  const row: Record<string, unknown> = { id, createdAt: at, updatedAt: at, createdBy: ws.env.actor, updatedBy: ws.env.actor, ...values };
  // From migration 0005 on, register rows carry a human-readable id from the per-prefix counter.
  const prefix = refPrefixOf(table);
  if (prefix && inFile.has('ref')) {
    const { last } = ws.sqlite.prepare('insert into ref_counters (prefix, last) values (?, 1) on conflict (prefix) do update set last = last + 1 returning last').get(prefix) as { last: number };
    row.ref = formatRef(prefix, last);
  }
  const cols = Object.entries(getTableColumns(table)).filter(([key, c]) => key in row && inFile.has(c.name));
  ws.sqlite
    .prepare(`insert into "${getTableName(table)}" (${cols.map(([, c]) => `"${c.name}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`)
    .run(...cols.map(([key]) => (typeof row[key] === 'boolean' ? Number(row[key]) : row[key])));
  ws.sqlite.prepare("insert into change_log (at, actor, table_name, row_id, op) values (?, ?, ?, ?, 'insert')").run(at, ws.env.actor, getTableName(table), id);
  return id;
}

/**
 * A workspace as an app that knew only the first n migrations wrote it: the organisation row and,
 * from schema 3 on, the 4.4 processes seeded at creation (the 5.1-5.3 content is seeded on first read).
 */
export function createAtSchema(path: string, n: number, meta: Record<string, unknown>): Workspace {
  // From schema 6 (register ids) on, only change_log has changed since, and the trail writes it with the
  // columns the file has (db/trail.ts): today's write helper can write such a file.
  // Apps before this one (schema 4 to COUNT - 1) seeded the 5.1 checklist and 5.3 roles on first read,
  // not at creation: such a file gets only the other seeds here (services/seeds.ts, `before`).
  if (n === COUNT) return createWorkspace(path, meta as Parameters<typeof createWorkspace>[1], testEnv());
  if (n >= REFS_SCHEMA) {
    const made = createWorkspaceFile(path, testEnv(), { upTo: n });
    write(made, (w) => w.insert(workspaceMeta, meta as never));
    applySeeds(made, SEED_KEYS.filter((key) => key !== 'roles-v1' && key !== 'leadership-commitments-v1'));
    return made;
  }
  const ws = createWorkspaceFile(path, testEnv(), { upTo: n });
  ws.sqlite.transaction(() => {
    insertAsOld(ws, workspaceMeta, meta);
    if (n < CATALOG_SCHEMA) return;
    const ids = new Map<string, string>();
    ISMS_PROCESS_SEEDS.forEach((p, position) => {
      ids.set(p.key, insertAsOld(ws, ismsProcesses, { name: p.name, clauseRef: p.clauseRef, description: p.description, inputs: p.inputs, outputs: p.outputs, ownerId: null, position }));
    });
    for (const p of ISMS_PROCESS_SEEDS) for (const target of p.feeds) insertAsOld(ws, ismsProcessLinks, { fromId: ids.get(p.key), toId: ids.get(target) });
    ws.sqlite.prepare("insert into catalog_seeds (key, applied_at) values ('isms-processes-v1', ?)").run(ws.env.now().toISOString());
  })();
  return ws;
}
