import type { z } from 'zod';
import type { TrailHistoryInput, TrailProblem, TrailReport } from '../../../shared/contract/trail';
import type { Workspace } from '../db/open';
import { entryHash, GENESIS, summariseValue, type RowValues, type TrailEntry } from '../db/trail';
import { attachmentProblems, policyTextProblems } from './integrity';

/**
 * Reads and verifies the hash-chained trail (issue 10, item 7). Three checks:
 * 1. the chain: every entry's hash recomputed, and each entry links to the one before it;
 * 2. the records: every record's values now equal the last values the trail recorded for it,
 *    so a value edited, a record added or deleted outside the app, or trail entries removed from
 *    the end, are all noticed;
 * 3. the stored hashes of evidence files and published policy text.
 * Without a secret key a person who rewrites the whole chain with the right algorithm is not
 * stopped by (1) alone; docs/security.md says what protects against that (encryption at rest).
 */
interface StoredEntry {
  seq: number;
  at: string;
  actor: string;
  table_name: string;
  row_id: string;
  op: TrailEntry['op'];
  before: string | null;
  after: string | null;
  prev_hash: string | null;
  hash: string | null;
}

const MAX_PROBLEMS = 200;
const STAMPS = new Set(['id', 'created_at', 'updated_at', 'created_by', 'updated_by']);

const toEntry = (r: StoredEntry): TrailEntry => ({ seq: r.seq, at: r.at, actor: r.actor, table: r.table_name, rowId: r.row_id, op: r.op, before: r.before, after: r.after });

/** Tables whose rows the write helper stamps: the ones the trail must account for. */
function recordTables(ws: Workspace): string[] {
  const tables = ws.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  return tables.filter((t) => {
    const columns = ws.sqlite.prepare(`pragma table_info("${t}")`).all() as { name: string }[];
    return columns.some((c) => c.name === 'id') && columns.some((c) => c.name === 'created_by');
  });
}

const entryName = (e: { seq: number; op: string; table_name: string; row_id: string }) => `entry ${e.seq} (${e.op} of ${e.table_name} ${e.row_id})`;

function differingFields(recorded: string, row: RowValues): string[] {
  const values = JSON.parse(recorded) as RowValues;
  return Object.keys(values).filter((k) => k in row && JSON.stringify(summariseValue(row[k])) !== JSON.stringify(values[k]));
}

export function verifyTrail(ws: Workspace, now: Date): z.output<typeof TrailReport> {
  const problems: z.output<typeof TrailProblem>[] = [];
  let more = 0;
  const report = (p: z.output<typeof TrailProblem>) => (problems.length < MAX_PROBLEMS ? problems.push(p) : more++);

  let entries = 0;
  let legacy = 0;
  let prev: StoredEntry | null = null;
  const latest = new Map<string, StoredEntry>();
  for (const e of ws.sqlite.prepare('select * from change_log order by seq').iterate() as IterableIterator<StoredEntry>) {
    entries++;
    latest.set(`${e.table_name}\0${e.row_id}`, e);
    const where = { seq: e.seq, table: e.table_name, rowId: e.row_id };
    if (e.hash === null && e.prev_hash === null) {
      if (prev) report({ kind: 'unchained', ...where, message: `Trail ${entryName(e)} has no hash although earlier entries do: it was added or changed outside the app.` });
      else legacy++;
      continue;
    }
    const expectedPrev = prev?.hash ?? GENESIS;
    if (prev && e.seq !== prev.seq + 1) {
      const gap = e.seq - prev.seq - 1 === 1 ? `entry ${prev.seq + 1} is` : `entries ${prev.seq + 1} to ${e.seq - 1} are`;
      report({ kind: 'missing-entry', ...where, message: `Trail ${gap} missing: history was deleted outside the app.` });
    } else if (e.prev_hash !== expectedPrev) {
      report({ kind: 'broken-link', ...where, message: `Trail ${entryName(e)} does not follow the entry before it: an earlier entry was changed or removed outside the app.` });
    }
    if (e.prev_hash === null || entryHash(e.prev_hash, toEntry(e)) !== e.hash) {
      report({ kind: 'altered-entry', ...where, message: `Trail ${entryName(e)} was changed after it was written.` });
    }
    prev = e;
  }

  let records = 0;
  for (const table of recordTables(ws)) {
    for (const row of ws.sqlite.prepare(`select * from "${table}"`).iterate() as IterableIterator<RowValues>) {
      records++;
      const id = String(row.id);
      const last = latest.get(`${table}\0${id}`);
      latest.delete(`${table}\0${id}`);
      const where = { seq: last?.seq ?? null, table, rowId: id };
      if (!last) report({ kind: 'untracked-record', ...where, message: `Record ${table} ${id} has no entry in the trail: it was added outside the app.` });
      else if (last.op === 'delete') report({ kind: 'untracked-record', ...where, message: `Record ${table} ${id} was deleted at trail entry ${last.seq} but is present again.` });
      else if (last.after !== null) {
        const fields = differingFields(last.after, row);
        if (fields.length > 0) {
          report({ kind: 'changed-record', ...where, message: `Record ${table} ${id}: ${fields.join(', ')} differ from trail entry ${last.seq}: changed outside the app.` });
        }
      }
    }
  }
  for (const e of latest.values()) {
    if (e.op !== 'delete' && e.after !== null) {
      report({ kind: 'missing-record', seq: e.seq, table: e.table_name, rowId: e.row_id, message: `Record ${e.table_name} ${e.row_id} (trail entry ${e.seq}) is gone: it was deleted outside the app.` });
    }
  }

  const files = attachmentProblems(ws);
  const policies = policyTextProblems(ws);
  for (const p of [...files.problems, ...policies.problems]) report(p);

  return {
    ok: problems.length === 0,
    checkedAt: now.toISOString(),
    entries,
    legacyEntries: legacy,
    records,
    attachments: files.checked,
    publishedPolicies: policies.checked,
    head: prev?.hash ?? null,
    problems,
    moreProblems: more,
  };
}

/** A value as the history view shows it. */
function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && value !== null && 'blobSha256' in value) {
    const blob = value as { blobSha256: string; size: number };
    return `file of ${blob.size} bytes, SHA-256 ${blob.blobSha256}`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const LABEL_FIELDS = ['title', 'name', 'organisation', 'display_name', 'description', 'statement', 'text'];

function labelOf(values: RowValues | null): string | null {
  if (!values) return null;
  for (const f of LABEL_FIELDS) if (typeof values[f] === 'string' && values[f]) return (values[f] as string).slice(0, 120);
  return null;
}

export function trailHistory(ws: Workspace, input: z.output<typeof TrailHistoryInput>) {
  const where: string[] = [];
  const args: unknown[] = [];
  if (input.table) {
    where.push('table_name = ?');
    args.push(input.table);
  }
  if (input.rowId) {
    where.push('row_id = ?');
    args.push(input.rowId);
  }
  const clause = where.length ? ` where ${where.join(' and ')}` : '';
  const total = (ws.sqlite.prepare(`select count(*) from change_log${clause}`).pluck().get(...args) as number) ?? 0;
  const rows = ws.sqlite.prepare(`select * from change_log${clause} order by seq desc limit ? offset ?`).all(...args, input.limit, input.offset) as StoredEntry[];
  return {
    total,
    entries: rows.map((r) => {
      const before = r.before === null ? null : (JSON.parse(r.before) as RowValues);
      const after = r.after === null ? null : (JSON.parse(r.after) as RowValues);
      const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !STAMPS.has(k));
      const changes = keys
        .map((field) => ({ field, before: display(before?.[field]), after: display(after?.[field]) }))
        .filter((c) => (r.op === 'update' ? c.before !== c.after : (c.before ?? c.after ?? '') !== ''));
      return { seq: r.seq, at: r.at, actor: r.actor, table: r.table_name, rowId: r.row_id, op: r.op, label: labelOf(after ?? before), chained: r.hash !== null, changes };
    }),
  };
}
