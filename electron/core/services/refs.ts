import { sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Writer } from '../db/write';

/**
 * Human-readable ids (RSK-001, AST-001) beside the UUID: the next number after the highest ever
 * given in the register, stable once given. Kept in one function so it can move to the shared
 * id scheme when that lands.
 */
export function nextRef(w: Writer, table: SQLiteTable, seqColumn: SQLiteColumn, prefix: string): { seq: number; ref: string } {
  const max = w.db.select({ n: sql<number | null>`max(${seqColumn})` }).from(table).get()?.n ?? 0;
  const seq = max + 1;
  return { seq, ref: `${prefix}-${String(seq).padStart(3, '0')}` };
}
