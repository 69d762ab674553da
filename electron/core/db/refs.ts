import { getTableName, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { REF_PREFIXES, formatRef } from '../../../shared/refs';
import type { Db } from './open';
import { refCounters } from './schema';

export function refPrefixOf(table: SQLiteTable): string | undefined {
  return (REF_PREFIXES as Record<string, string>)[getTableName(table)];
}

const schemaHasRefs = new WeakMap<Db, boolean>();

/**
 * Files are migrated before anything writes, so this is false only for a file kept at a schema older
 * than migration 0005 on purpose (the migration tests build such files with the current write helper).
 */
function hasRefs(db: Db): boolean {
  let known = schemaHasRefs.get(db);
  if (known === undefined) {
    known = db.get<{ n: number }>(sql`select count(*) as n from sqlite_master where type = 'table' and name = 'ref_counters'`).n > 0;
    schemaHasRefs.set(db, known);
  }
  return known;
}

/**
 * The next human-readable id for a row of this table, or nothing for tables without one. Runs inside
 * the write helper's transaction, so two writers can never be given the same number.
 */
export function nextRef(db: Db, table: SQLiteTable): { ref: string } | Record<string, never> {
  const prefix = refPrefixOf(table);
  if (!prefix || !hasRefs(db)) return {};
  const row = db
    .insert(refCounters)
    .values({ prefix, last: 1 })
    .onConflictDoUpdate({ target: refCounters.prefix, set: { last: sql`${refCounters.last} + 1` } })
    .returning({ last: refCounters.last })
    .get();
  return { ref: formatRef(prefix, row.last) };
}
