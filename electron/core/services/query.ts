import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** Case-insensitive "contains" that treats % and _ typed by the user as plain characters. */
export function contains(column: SQLWrapper, search: string): SQL {
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
