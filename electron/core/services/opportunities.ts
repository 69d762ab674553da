import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { OpportunityFields, priorityOf, type Opportunity, type OpportunityPatch, type OpportunityQuery } from '../../../shared/contract/improvement';
import { mergePatch } from '../validation';
import type { Workspace } from '../db/open';
import { improvements, nonconformities, people } from '../db/schema';
import { write } from '../db/write';
import { assertPerson } from './people';
import { contains, refMatches, refOrder } from './query';
import { dateFieldError, todayOf } from './dates';

type Input = z.output<typeof OpportunityFields>;

const base = (ws: Workspace) =>
  ws.db.select({ o: improvements, ownerName: people.name, ncRef: nonconformities.ref }).from(improvements).leftJoin(people, eq(improvements.ownerId, people.id)).leftJoin(nonconformities, eq(improvements.ncId, nonconformities.id));

function shape(today: string, r: { o: typeof improvements.$inferSelect; ownerName: string | null; ncRef: string | null }): Opportunity {
  const o = r.o;
  return {
    ...o,
    source: o.source as Opportunity['source'],
    status: o.status as Opportunity['status'],
    ownerName: r.ownerName,
    ncRef: r.ncRef,
    priority: priorityOf(o.benefit, o.effort),
    overdue: o.status === 'approved' && o.dueDate !== null && o.dueDate < today,
  };
}

const PRIORITY = sql`coalesce(${improvements.benefit} * (6 - ${improvements.effort}), -1)`;
const STATUS = sql`case ${improvements.status} when 'proposed' then 0 when 'evaluated' then 1 when 'approved' then 2 when 'implemented' then 3 else 4 end`;

export function listOpportunities(ws: Workspace, q: z.output<typeof OpportunityQuery>): { items: Opportunity[]; total: number } {
  const f: SQL[] = [];
  if (q.search) f.push(or(refMatches(improvements, q.search), contains(improvements.title, q.search), contains(improvements.description, q.search), contains(improvements.sourceReference, q.search))!);
  if (q.status) f.push(eq(improvements.status, q.status));
  const where = f.length ? and(...f) : undefined;
  const o = q.dir === 'asc' ? asc : desc;
  const sorts: Record<typeof q.sort, SQL> = {
    ref: refOrder(improvements.ref),
    title: sql`lower(${improvements.title})`,
    status: STATUS,
    priority: PRIORITY,
    dueDate: sql`coalesce(${improvements.dueDate}, '9999')`,
    updatedAt: sql`${improvements.updatedAt}`,
  };
  const today = todayOf(ws);
  const items = base(ws).where(where).orderBy(o(sorts[q.sort]), asc(refOrder(improvements.ref))).limit(q.limit).offset(q.offset).all().map((r) => shape(today, r));
  return { items, total: ws.db.select({ n: count() }).from(improvements).where(where).get()?.n ?? 0 };
}

export function getOpportunity(ws: Workspace, id: string): Opportunity {
  const row = base(ws).where(eq(improvements.id, id)).get();
  if (!row) throw notFound('Improvement', id);
  return shape(todayOf(ws), row);
}

export function allOpportunities(ws: Workspace): Opportunity[] {
  const today = todayOf(ws);
  return base(ws).orderBy(asc(refOrder(improvements.ref))).all().map((r) => shape(today, r));
}

function check(ws: Workspace, v: Input) {
  assertPerson(ws, v.ownerId, 'ownerId');
  const today = todayOf(ws);
  if (v.decidedOn && v.decidedOn > today) throw dateFieldError('decidedOn', 'A decision cannot be dated in the future.');
  if (v.implementedOn && v.implementedOn > today) throw dateFieldError('implementedOn', 'An improvement cannot be implemented in the future.');
  if (v.ncId && !ws.db.select({ id: nonconformities.id }).from(nonconformities).where(eq(nonconformities.id, v.ncId)).get()) throw new AppError('NOT_FOUND', 'That nonconformity does not exist.', { field: 'ncId', id: v.ncId });
}

export function createOpportunity(ws: Workspace, input: Input): Opportunity {
  check(ws, input);
  return getOpportunity(ws, write(ws, (w) => w.insert(improvements, input)).id);
}

export function updateOpportunity(ws: Workspace, { id, ...patch }: z.output<typeof OpportunityPatch>): Opportunity {
  const current = getOpportunity(ws, id);
  const merged = mergePatch(OpportunityFields, current, patch);
  // Implemented only after it was approved: a rejected or undecided idea is not "done".
  if (merged.status === 'implemented' && current.status !== 'approved' && current.status !== 'implemented') {
    throw new AppError('CONFLICT', `${current.ref} is ${current.status}; only an approved improvement can be implemented.`, { field: 'status' });
  }
  check(ws, merged);
  write(ws, (w) => w.update(improvements, id, merged));
  return getOpportunity(ws, id);
}

export function deleteOpportunity(ws: Workspace, id: string) {
  getOpportunity(ws, id);
  write(ws, (w) => w.remove(improvements, id));
}
