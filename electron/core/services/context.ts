import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../../shared/errors';
import { IssueFields, type Issue, type IssueQuery } from '../../../shared/contract/context';
import { mergePatch } from '../validation';
import type { Workspace } from '../db/open';
import { contextIssues, people } from '../db/schema';
import { write } from '../db/write';
import { assertPerson } from './people';
import { contains, refMatches, refOrder } from './query';

type IssueInput = z.output<typeof IssueFields>;

const issueColumns = {
  id: contextIssues.id,
  ref: contextIssues.ref,
  title: contextIssues.title,
  description: contextIssues.description,
  kind: contextIssues.kind,
  category: contextIssues.category,
  swot: contextIssues.swot,
  effect: contextIssues.effect,
  impact: contextIssues.impact,
  source: contextIssues.source,
  reviewDate: contextIssues.reviewDate,
  ownerId: contextIssues.ownerId,
  ownerName: people.name,
  createdAt: contextIssues.createdAt,
  updatedAt: contextIssues.updatedAt,
  createdBy: contextIssues.createdBy,
  updatedBy: contextIssues.updatedBy,
};

const sortColumns = {
  ref: refOrder(contextIssues.ref),
  title: sql`lower(${contextIssues.title})`,
  kind: contextIssues.kind,
  category: contextIssues.category,
  swot: contextIssues.swot,
  // high before medium before low when ascending reads "most important first".
  impact: sql`case ${contextIssues.impact} when 'high' then 0 when 'medium' then 1 else 2 end`,
  reviewDate: contextIssues.reviewDate,
  updatedAt: contextIssues.updatedAt,
};

/** Rows from the database were written through the contract's schema; narrow their enum columns. */
const asIssue = (row: object) => row as Issue;

export function listIssues(ws: Workspace, q: z.output<typeof IssueQuery>): { items: Issue[]; total: number } {
  const filters: SQL[] = [];
  if (q.search) {
    const s = q.search;
    filters.push(
      or(
        refMatches(contextIssues, s),
        contains(contextIssues.title, s),
        contains(contextIssues.description, s),
        contains(contextIssues.effect, s),
        contains(contextIssues.source, s),
        contains(contextIssues.category, s),
      )!,
    );
  }
  if (q.kind) filters.push(eq(contextIssues.kind, q.kind));
  const where = filters.length ? and(...filters) : undefined;
  const order = q.dir === 'asc' ? asc : desc;
  const items = ws.db
    .select(issueColumns)
    .from(contextIssues)
    .leftJoin(people, eq(contextIssues.ownerId, people.id))
    .where(where)
    // Issues without a review date sort last in both directions.
    .orderBy(
      ...(q.sort === 'reviewDate' ? [sql`${contextIssues.reviewDate} is null`] : []),
      order(sortColumns[q.sort]),
      asc(contextIssues.createdAt),
      asc(contextIssues.id),
    )
    .limit(q.limit)
    .offset(q.offset)
    .all()
    .map(asIssue);
  const total = ws.db.select({ n: count() }).from(contextIssues).where(where).get()?.n ?? 0;
  return { items, total };
}

export function getIssue(ws: Workspace, id: string): Issue {
  const row = ws.db.select(issueColumns).from(contextIssues).leftJoin(people, eq(contextIssues.ownerId, people.id)).where(eq(contextIssues.id, id)).get();
  if (!row) throw notFound('Issue', id);
  return asIssue(row);
}

export function createIssue(ws: Workspace, input: IssueInput): Issue {
  assertPerson(ws, input.ownerId);
  return getIssue(ws, write(ws, (w) => w.insert(contextIssues, input)).id);
}

export function updateIssue(ws: Workspace, id: string, patch: Partial<IssueInput>): Issue {
  const input = mergePatch(IssueFields, getIssue(ws, id), patch);
  assertPerson(ws, input.ownerId);
  write(ws, (w) => w.update(contextIssues, id, input));
  return getIssue(ws, id);
}

/** Owner and/or review date for many issues, checked first and written in one transaction. */
export function updateIssues(ws: Workspace, input: { ids: string[]; ownerId?: string | null; reviewDate?: string | null }): { updated: number } {
  const ids = [...new Set(input.ids)];
  for (const id of ids) getIssue(ws, id);
  if (input.ownerId) assertPerson(ws, input.ownerId, 'ownerId');
  const patch = { ...(input.ownerId !== undefined && { ownerId: input.ownerId }), ...(input.reviewDate !== undefined && { reviewDate: input.reviewDate }) };
  write(ws, (w) => {
    for (const id of ids) w.update(contextIssues, id, patch);
  });
  return { updated: ids.length };
}

export function deleteIssue(ws: Workspace, id: string) {
  write(ws, (w) => w.remove(contextIssues, id));
}

/** Everything, for exports and readiness (registers of a few hundred rows at most). */
export function allIssues(ws: Workspace): Issue[] {
  return ws.db
    .select(issueColumns)
    .from(contextIssues)
    .leftJoin(people, eq(contextIssues.ownerId, people.id))
    .orderBy(asc(contextIssues.kind), asc(contextIssues.category), sql`lower(${contextIssues.title})`)
    .all()
    .map(asIssue);
}
