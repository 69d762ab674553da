import { asc, eq, inArray, max } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { ProcessFields, type IsmsProcess } from '../../../shared/contract/scope';
import { mergePatch } from '../validation';
import { assertDeleteConfirmed, processReferences } from './references';
import type { Workspace } from '../db/open';
import { ismsProcessLinks, ismsProcesses, people } from '../db/schema';
import { write, type Writer } from '../db/write';
import { assertPerson } from './people';

type ProcessInput = z.output<typeof ProcessFields>;

/** 4.4: every process with what it feeds and what feeds it. */
export function listProcesses(ws: Workspace): IsmsProcess[] {
  const rows = ws.db
    .select({
      id: ismsProcesses.id,
      ref: ismsProcesses.ref,
      name: ismsProcesses.name,
      description: ismsProcesses.description,
      ownerId: ismsProcesses.ownerId,
      ownerName: people.name,
      inputs: ismsProcesses.inputs,
      outputs: ismsProcesses.outputs,
      clauseRef: ismsProcesses.clauseRef,
      createdAt: ismsProcesses.createdAt,
      updatedAt: ismsProcesses.updatedAt,
      createdBy: ismsProcesses.createdBy,
      updatedBy: ismsProcesses.updatedBy,
    })
    .from(ismsProcesses)
    .leftJoin(people, eq(ismsProcesses.ownerId, people.id))
    .orderBy(asc(ismsProcesses.position), asc(ismsProcesses.createdAt))
    .all();
  const links = ws.db.select({ fromId: ismsProcessLinks.fromId, toId: ismsProcessLinks.toId }).from(ismsProcessLinks).all();
  return rows.map((r) => ({
    ...r,
    feeds: links.filter((l) => l.fromId === r.id).map((l) => l.toId),
    fedBy: links.filter((l) => l.toId === r.id).map((l) => l.fromId),
  }));
}

function getProcess(ws: Workspace, id: string): IsmsProcess {
  const found = listProcesses(ws).find((p) => p.id === id);
  if (!found) throw notFound('Process', id);
  return found;
}

function assertFeeds(ws: Workspace, id: string | null, feeds: string[]) {
  if (id && feeds.includes(id)) {
    const message = 'A process cannot feed itself.';
    throw new AppError('VALIDATION', message, { field: 'feeds', fields: [{ path: 'feeds', message }] });
  }
  const unique = [...new Set(feeds)];
  if (unique.length === 0) return;
  const known = ws.db.select({ id: ismsProcesses.id }).from(ismsProcesses).where(inArray(ismsProcesses.id, unique)).all();
  if (known.length !== unique.length) throw new AppError('NOT_FOUND', 'One of the processes it feeds does not exist.', { field: 'feeds' });
}

/** Replaces the outgoing links of a process, one logged record at a time. */
function setFeeds(w: Writer, fromId: string, feeds: string[]) {
  const wanted = new Set(feeds);
  const current = w.db.select().from(ismsProcessLinks).where(eq(ismsProcessLinks.fromId, fromId)).all();
  for (const link of current) if (!wanted.has(link.toId)) w.remove(ismsProcessLinks, link.id);
  const have = new Set(current.map((l) => l.toId));
  for (const toId of wanted) if (!have.has(toId)) w.insert(ismsProcessLinks, { fromId, toId });
}

export function createProcess(ws: Workspace, { feeds, ...fields }: ProcessInput): IsmsProcess {
  assertPerson(ws, fields.ownerId);
  assertFeeds(ws, null, feeds);
  const id = write(ws, (w) => {
    const position = (w.db.select({ m: max(ismsProcesses.position) }).from(ismsProcesses).get()?.m ?? -1) + 1;
    const row = w.insert(ismsProcesses, { ...fields, position });
    setFeeds(w, row.id, feeds);
    return row.id;
  });
  return getProcess(ws, id);
}

/** One owner for many processes, checked first and written in one transaction. */
export function updateProcesses(ws: Workspace, input: { ids: string[]; ownerId: string | null }): { updated: number } {
  const ids = [...new Set(input.ids)];
  for (const id of ids) getProcess(ws, id);
  if (input.ownerId) assertPerson(ws, input.ownerId, 'ownerId');
  write(ws, (w) => {
    for (const id of ids) w.update(ismsProcesses, id, { ownerId: input.ownerId });
  });
  return { updated: ids.length };
}

export function updateProcess(ws: Workspace, id: string, patch: Partial<ProcessInput>): IsmsProcess {
  const { feeds, ...fields } = mergePatch(ProcessFields, getProcess(ws, id), patch);
  assertPerson(ws, fields.ownerId);
  assertFeeds(ws, id, feeds);
  write(ws, (w) => {
    w.update(ismsProcesses, id, fields);
    setFeeds(w, id, feeds);
  });
  return getProcess(ws, id);
}

export function deleteProcess(ws: Workspace, id: string, confirm = false) {
  const process = getProcess(ws, id);
  assertDeleteConfirmed(`The process "${process.name}"`, processReferences(ws, id), confirm);
  write(ws, (w) => {
    const links = w.db.select({ id: ismsProcessLinks.id, fromId: ismsProcessLinks.fromId, toId: ismsProcessLinks.toId }).from(ismsProcessLinks).all();
    for (const l of links) if (l.fromId === id || l.toId === id) w.remove(ismsProcessLinks, l.id);
    w.remove(ismsProcesses, id);
  });
}
