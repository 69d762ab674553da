import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { parseRef } from '../../../shared/refs';
import { refPrefixOf } from '../db/refs';

/** Case-insensitive "contains" that treats % and _ typed by the user as plain characters. */
export function contains(column: SQLWrapper, search: string): SQL {
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * Finds a register row by its human-readable id as well as by text: "ctx-7" or "CTX7" finds CTX-007,
 * and "CTX-00" finds every id that contains it.
 */
export function refMatches(table: SQLiteTable & { ref: SQLWrapper }, search: string): SQL {
  const prefix = refPrefixOf(table);
  const exact = prefix ? parseRef(prefix, search) : null;
  return exact ? or(contains(table.ref, search), sql`${table.ref} = ${exact}`)! : contains(table.ref, search);
}

/** Sorts ids by their number (CTX-999 before CTX-1000), not as text. */
export const refOrder = (ref: SQLWrapper): SQL => sql`cast(substr(${ref}, instr(${ref}, '-') + 1) as integer)`;
