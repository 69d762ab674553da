import { randomUUID } from 'node:crypto';
import { eq, getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../shared/errors';
import { changeLog } from './schema';
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

export function write<R>(ws: Workspace, fn: (w: Writer) => R): R {
  const { db } = ws;
  const at = ws.env.now().toISOString();
  const actor = ws.env.actor;
  const log = (table: RecordTable, rowId: string, op: 'insert' | 'update' | 'delete') =>
    db.insert(changeLog).values({ at, actor, tableName: getTableName(table), rowId, op }).run();

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
      const updated = db
        .update(table)
        .set({ ...values, updatedAt: at, updatedBy: actor } as any)
        .where(eq(table.id, id))
        .returning()
        .get() as any;
      if (!updated) throw new AppError('NOT_FOUND', 'That record was not found. It may have been deleted.', { id });
      log(table, id, 'update');
      return updated;
    },
    remove(table, id) {
      const removed = db.delete(table).where(eq(table.id, id)).returning({ id: table.id }).get();
      if (!removed) throw new AppError('NOT_FOUND', 'That record was not found. It may have been deleted.', { id });
      log(table, id, 'delete');
    },
    detach(table, column, targetId) {
      const rows = db.update(table).set({ [columnKey(table, column)]: null, updatedAt: at, updatedBy: actor } as any).where(eq(column, targetId)).returning({ id: table.id }).all();
      for (const row of rows) log(table, row.id as string, 'update');
      return rows.length;
    },
  };
  const result = db.transaction(() => fn(writer), { behavior: 'immediate' });
  ws.revision++;
  return result;
}
