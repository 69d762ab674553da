import { asc, eq, inArray, max, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../../shared/errors';
import type { RaciActivity, RaciMatrix } from '../../../shared/contract/roles';
import { raciRowProblem, type RaciCell, type RaciValue } from '../../../shared/raci';
import type { Workspace } from '../db/open';
import { raciActivities, raciEntries, roles } from '../db/schema';
import { write, type Writer } from '../db/write';
import { ActivityFields } from '../../../shared/contract/roles';
import { mergePatch } from '../validation';
import { activityReferences, assertDeleteConfirmed } from './references';

export function readRaci(ws: Workspace): RaciMatrix {
  const roleList = ws.db.select({ id: roles.id, key: roles.key, name: roles.name }).from(roles).orderBy(asc(roles.sortOrder), sql`lower(${roles.name})`).all();
  const order = new Map(roleList.map((r, i) => [r.id, i]));
  const entries = ws.db.select().from(raciEntries).all();
  const activities = ws.db
    .select()
    .from(raciActivities)
    .orderBy(asc(raciActivities.sortOrder), asc(raciActivities.createdAt))
    .all()
    .map(({ id, ref, key, name, description, sortOrder }) => ({
      id,
      ref,
      key,
      name,
      description,
      sortOrder,
      cells: entries
        .filter((e) => e.activityId === id)
        .sort((a, b) => (order.get(a.roleId) ?? 0) - (order.get(b.roleId) ?? 0))
        .map((e) => ({ roleId: e.roleId, value: e.value as RaciValue })),
    }));
  return { roles: roleList, activities };
}

function getActivity(ws: Workspace, id: string): RaciActivity {
  const activity = readRaci(ws).activities.find((a) => a.id === id);
  if (!activity) throw notFound('Activity', id);
  return activity;
}

/** The rule of the matrix, said for the row that breaks it (VALIDATION with the field that holds the row). */
function assertRow(cells: RaciCell[], field: string, activity: { id?: string; name: string }) {
  const problem = raciRowProblem(cells);
  if (!problem) return;
  const message = `${activity.name}: ${problem}`;
  throw new AppError('VALIDATION', message, { field, activityId: activity.id, fields: [{ path: field, message }] });
}

function assertRolesExist(ws: Workspace, cells: RaciCell[]) {
  const ids = [...new Set(cells.map((c) => c.roleId))];
  const found = ids.length ? ws.db.select({ id: roles.id }).from(roles).where(inArray(roles.id, ids)).all() : [];
  const missing = ids.find((id) => !found.some((r) => r.id === id));
  if (missing) throw new AppError('NOT_FOUND', 'That role is not in the catalogue.', { field: 'roleId', id: missing });
}

/** Replaces one row: cells that change are updated, new ones inserted, emptied ones removed. */
function writeRow(w: Writer, activityId: string, cells: RaciCell[]) {
  const existing = w.db.select().from(raciEntries).where(eq(raciEntries.activityId, activityId)).all();
  for (const e of existing) {
    const wanted = cells.find((c) => c.roleId === e.roleId)?.value ?? null;
    if (wanted === null) w.remove(raciEntries, e.id);
    else if (wanted !== e.value) w.update(raciEntries, e.id, { value: wanted });
  }
  for (const c of cells) {
    if (c.value !== null && !existing.some((e) => e.roleId === c.roleId)) w.insert(raciEntries, { activityId, roleId: c.roleId, value: c.value });
  }
}

export function createActivity(ws: Workspace, input: { name: string; description: string; cells: RaciCell[] }): RaciActivity {
  assertRow(input.cells, 'cells', { name: input.name });
  assertRolesExist(ws, input.cells);
  const last = ws.db.select({ n: max(raciActivities.sortOrder) }).from(raciActivities).get()?.n ?? 0;
  const id = write(ws, (w) => {
    const row = w.insert(raciActivities, { name: input.name, description: input.description, sortOrder: last + 1 });
    writeRow(w, row.id, input.cells);
    return row.id;
  });
  return getActivity(ws, id);
}

export function updateActivity(ws: Workspace, id: string, patch: { name?: string; description?: string }): RaciActivity {
  const input = mergePatch(ActivityFields, getActivity(ws, id), patch);
  write(ws, (w) => w.update(raciActivities, id, input));
  return getActivity(ws, id);
}

export function deleteActivity(ws: Workspace, id: string, confirm = false) {
  const activity = getActivity(ws, id);
  const cells = activityReferences(ws, id);
  assertDeleteConfirmed(`The activity "${activity.name}"`, cells, confirm);
  write(ws, (w) => {
    for (const c of cells) w.remove(raciEntries, c.id);
    w.remove(raciActivities, id);
  });
}

/** All rows or none: every row is checked before anything is written. */
export function saveRaci(ws: Workspace, rows: { activityId: string; cells: RaciCell[] }[]): RaciMatrix {
  const matrix = readRaci(ws);
  rows.forEach((row, i) => {
    const activity = matrix.activities.find((a) => a.id === row.activityId);
    if (!activity) throw new AppError('NOT_FOUND', 'That activity is not in the matrix.', { field: `rows.${i}.activityId`, id: row.activityId });
    assertRow(row.cells, `rows.${i}.cells`, activity);
  });
  if (new Set(rows.map((r) => r.activityId)).size !== rows.length) {
    const message = 'Each activity can appear only once.';
    throw new AppError('VALIDATION', message, { field: 'rows', fields: [{ path: 'rows', message }] });
  }
  assertRolesExist(ws, rows.flatMap((r) => r.cells));
  write(ws, (w) => rows.forEach((r) => writeRow(w, r.activityId, r.cells)));
  return readRaci(ws);
}
