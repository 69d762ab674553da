import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The hash-chained audit trail (issue 10, item 7). The write helper calls recordChange for every
 * insert, update and delete, inside its transaction; services/trail.ts reads and verifies the chain.
 *
 * Values are stored as the raw SQLite row (SQL column names, SQLite's own values) so that verify can
 * compare them with the table as it is now without going through the ORM. Blobs are summarised by
 * size and SHA-256: the trail proves a file unchanged without holding a second copy of it.
 */
export type RowValues = Record<string, unknown>;

/** The previous hash of the first chained entry. */
export const GENESIS = 'genesis';

export interface TrailEntry {
  seq: number;
  at: string;
  actor: string;
  table: string;
  rowId: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

export const sha256Hex = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** A blob as the trail records it. */
export interface BlobSummary {
  blobSha256: string;
  size: number;
}

export function summariseValue(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return { blobSha256: sha256Hex(bytes), size: bytes.length } satisfies BlobSummary;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** The row in the form the trail stores, or null when there is no row. */
export function snapshot(row: RowValues | undefined): string | null {
  if (!row) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, summariseValue(v)])));
}

/** The hash of one entry covers the previous entry's hash and every stored field of this one. */
export function entryHash(prevHash: string, e: TrailEntry): string {
  return sha256Hex(JSON.stringify([prevHash, e.seq, e.at, e.actor, e.table, e.rowId, e.op, e.before, e.after]));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Statements {
  last: Database.Statement<[], { seq: number; hash: string | null } | undefined>;
  insert: Database.Statement<unknown[]>;
  /** false on a file kept at a schema before the chain (only tests and partial upgrades write there). */
  chained: boolean;
  rows: Map<string, Database.Statement<[string], RowValues | undefined>>;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  let s = cache.get(sqlite);
  if (!s) {
    const columns = (sqlite.prepare('pragma table_info(change_log)').all() as { name: string }[]).map((c) => c.name);
    const chained = columns.includes('hash');
    s = {
      last: sqlite.prepare(chained ? 'select seq, hash from change_log order by seq desc limit 1' : 'select seq, null as hash from change_log order by seq desc limit 1'),
      insert: chained
        ? sqlite.prepare('insert into change_log (seq, at, actor, table_name, row_id, op, before, after, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        : sqlite.prepare('insert into change_log (seq, at, actor, table_name, row_id, op) values (?, ?, ?, ?, ?, ?)'),
      chained,
      rows: new Map(),
    };
    cache.set(sqlite, s);
  }
  return s;
}

/** The record as SQLite holds it now (raw column names and values). */
export function rawRow(sqlite: Database.Database, table: string, id: string): RowValues | undefined {
  const s = statements(sqlite);
  let stmt = s.rows.get(table);
  if (!stmt) {
    stmt = sqlite.prepare(`select * from ${quote(table)} where id = ?`);
    s.rows.set(table, stmt);
  }
  return stmt.get(id);
}

/** Appends one entry to the chain; must run inside the write's transaction. */
export function recordChange(
  sqlite: Database.Database,
  change: Omit<TrailEntry, 'seq' | 'before' | 'after'> & { before?: RowValues; after?: RowValues },
) {
  const s = statements(sqlite);
  const last = s.last.get();
  const entry: TrailEntry = {
    seq: (last?.seq ?? 0) + 1,
    at: change.at,
    actor: change.actor,
    table: change.table,
    rowId: change.rowId,
    op: change.op,
    before: snapshot(change.before),
    after: snapshot(change.after),
  };
  if (!s.chained) {
    s.insert.run(entry.seq, entry.at, entry.actor, entry.table, entry.rowId, entry.op);
    return;
  }
  const prevHash = last?.hash ?? GENESIS;
  const hash = entryHash(prevHash, entry);
  s.insert.run(entry.seq, entry.at, entry.actor, entry.table, entry.rowId, entry.op, entry.before, entry.after, prevHash, hash);
}

interface ForeignKey {
  child: string;
  column: string;
  onDelete: 'cascade' | 'set null';
}

const foreignKeys = new WeakMap<Database.Database, Map<string, ForeignKey[]>>();

/** Per parent table, the links that SQLite itself changes when a parent row is deleted. */
function referencing(sqlite: Database.Database, parent: string): ForeignKey[] {
  let map = foreignKeys.get(sqlite);
  if (!map) {
    map = new Map();
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
    for (const child of tables) {
      const fks = sqlite.prepare(`pragma foreign_key_list(${quote(child)})`).all() as { table: string; from: string; on_delete: string }[];
      for (const fk of fks) {
        const action = fk.on_delete.toLowerCase();
        if (action !== 'cascade' && action !== 'set null') continue;
        const list = map.get(fk.table) ?? [];
        list.push({ child, column: fk.from, onDelete: action });
        map.set(fk.table, list);
      }
    }
    foreignKeys.set(sqlite, map);
  }
  return map.get(parent) ?? [];
}

export interface Dependent {
  table: string;
  id: string;
  onDelete: 'cascade' | 'set null';
  before: RowValues;
}

/**
 * The rows SQLite will delete (cascade) or unlink (set null) when `table`/`id` is deleted, read
 * before the delete so the write helper can log them too: nothing leaves the trail silently.
 */
export function dependentsOf(sqlite: Database.Database, table: string, id: string, seen = new Set<string>()): Dependent[] {
  const found: Dependent[] = [];
  for (const fk of referencing(sqlite, table)) {
    const rows = sqlite.prepare(`select * from ${quote(fk.child)} where ${quote(fk.column)} = ?`).all(id) as RowValues[];
    for (const row of rows) {
      const childId = String(row.id);
      const key = `${fk.child}\0${childId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ table: fk.child, id: childId, onDelete: fk.onDelete, before: row });
      if (fk.onDelete === 'cascade') found.push(...dependentsOf(sqlite, fk.child, childId, seen));
    }
  }
  return found;
}
