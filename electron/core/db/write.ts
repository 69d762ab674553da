import { randomUUID } from 'node:crypto';
import { eq, getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../shared/errors';
import { dependentsOf, rawRow, recordChange, type RowValues } from './trail';
import type { StampKey } from './schema/common';
import { nextRef } from './refs';
import type { Db, Workspace } from './open';

/* eslint-disable @typescript-eslint/no-explicit-any -- drizzle's table generics need a wide bound here */
type RecordTable = SQLiteTable & { id: SQLiteColumn<any> };

type Fields<T extends RecordTable> = Omit<InferInsertModel<T>, StampKey>;

/**
 * The only way services write (DESIGN.md, Data): one synchronous transaction per call, every record
 * stamped with who and when, and every change logged for the audit trail and merging.
 */
export interface Writer {
  db: Db;
  at: string;
  actor: string;
  insert<T extends RecordTable>(table: T, values: Fields<T>): InferSelectModel<T>;
  update<T extends RecordTable>(table: T, id: string, values: Partial<Fields<T>>): InferSelectModel<T>;
  remove<T extends RecordTable>(table: T, id: string): void;
  /** Clears a link to a record about to go, row by row, so each change is stamped and logged. */
  detach<T extends RecordTable>(table: T, column: SQLiteColumn<any>, targetId: string): number;
}

/** The property name drizzle uses for a column object of a table. */
function columnKey(table: RecordTable, column: SQLiteColumn<any>): string {
  const key = Object.entries(getTableColumns(table)).find(([, c]) => c === column)?.[0];
  if (!key) throw new Error(`Column ${column.name} does not belong to ${getTableName(table)}`);
  return key;
}

/** Stamps shipped content (catalogues, starter roles): the app wrote it, not the person working. */
export const SHIPPED_CONTENT_ACTOR = 'ISMS Workbench';

export function write<R>(ws: Workspace, fn: (w: Writer) => R, as?: typeof SHIPPED_CONTENT_ACTOR): R {
  const { db } = ws;
  const at = ws.env.now().toISOString();
  const actor = as ?? ws.env.actor.trim();
  // Every record says who made it (DESIGN.md, Data); with no name given yet, nothing is written.
  if (!actor) throw new AppError('VALIDATION', 'Say who is working before changing anything: give your name (in the app, or with --user NAME or ISMS_USER on the command line).', { field: 'user' });
  // Every change goes into the hash-chained trail with the record's values before and after (db/trail.ts).
  const log = (table: RecordTable | string, rowId: string, op: 'insert' | 'update' | 'delete', before?: RowValues) => {
    const name = typeof table === 'string' ? table : getTableName(table);
    const after = op === 'delete' ? undefined : rawRow(ws.sqlite, name, rowId);
    recordChange(ws.sqlite, { at, actor, table: name, rowId, op: after || op === 'delete' ? op : 'delete', before, after });
  };
  const current = (table: RecordTable, id: string) => rawRow(ws.sqlite, getTableName(table), id);

  const writer: Writer = {
    db,
    at,
    actor,
    insert(table, values) {
      const id = randomUUID();
      const row = { ...values, id, ...nextRef(db, table), createdAt: at, updatedAt: at, createdBy: actor, updatedBy: actor };
      const inserted = db.insert(table).values(row as any).returning().get() as any;
      log(table, id, 'insert');
      return inserted;
    },
    update(table, id, values) {
      const before = current(table, id);
      const updated = db
        .update(table)
        .set({ ...values, updatedAt: at, updatedBy: actor } as any)
        .where(eq(table.id, id))
        .returning()
        .get() as any;
      if (!updated) throw new AppError('NOT_FOUND', 'That record was not found. It may have been deleted.', { id });
      log(table, id, 'update', before);
      return updated;
    },
    remove(table, id) {
      const before = current(table, id);
      // Rows SQLite itself deletes or unlinks through ON DELETE are logged too.
      const dependents = before ? dependentsOf(ws.sqlite, getTableName(table), id) : [];
      const removed = db.delete(table).where(eq(table.id, id)).returning({ id: table.id }).get();
      if (!removed) throw new AppError('NOT_FOUND', 'That record was not found. It may have been deleted.', { id });
      log(table, id, 'delete', before);
      for (const d of dependents) log(d.table, d.id, d.onDelete === 'cascade' ? 'delete' : 'update', d.before);
    },
    detach(table, column, targetId) {
      const befores = new Map(
        (ws.sqlite.prepare(`select * from "${getTableName(table)}" where "${column.name}" = ?`).all(targetId) as RowValues[]).map((r) => [String(r.id), r]),
      );
      const rows = db.update(table).set({ [columnKey(table, column)]: null, updatedAt: at, updatedBy: actor } as any).where(eq(column, targetId)).returning({ id: table.id }).all();
      for (const row of rows) log(table, row.id as string, 'update', befores.get(row.id as string));
      return rows.length;
    },
  };
  const result = db.transaction(() => fn(writer), { behavior: 'immediate' });
  ws.revision++;
  return result;
}
