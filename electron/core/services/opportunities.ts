import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { OpportunityFields, priorityOf, type Opportunity, type OpportunityPatch, type OpportunityQuery } from '../../../shared/contract/improvement';
import { mergePatch } from '../validation';
import type { Workspace } from '../db/open';
import { contextIssues, improvementIssues, improvementRequirements, improvements, nonconformities, parties, partyRequirements, people } from '../db/schema';
import { write, type Writer } from '../db/write';
import { assertPerson } from './people';
import { contains, refMatches, refOrder } from './query';
import { dateFieldError, todayOf } from './dates';

type Input = z.output<typeof OpportunityFields>;

const base = (ws: Workspace) =>
  ws.db.select({ o: improvements, ownerName: people.name, ncRef: nonconformities.ref }).from(improvements).leftJoin(people, eq(improvements.ownerId, people.id)).leftJoin(nonconformities, eq(improvements.ncId, nonconformities.id));

type Row = { o: typeof improvements.$inferSelect; ownerName: string | null; ncRef: string | null };
type SourceLink = Opportunity['issues'][number];
type Links = { issues: Map<string, SourceLink[]>; requirements: Map<string, SourceLink[]> };

function group(rows: (SourceLink & { improvementId: string })[]) {
  const out = new Map<string, SourceLink[]>();
  for (const { improvementId, ...link } of rows) out.set(improvementId, [...(out.get(improvementId) ?? []), link]);
  return out;
}

/** The 4.1 issues and 4.2 requirements cited by these opportunities (or by all, when ids is null). */
function linksOf(ws: Workspace, ids: string[] | null): Links {
  const issueWhere = ids ? inArray(improvementIssues.improvementId, ids) : undefined;
  const reqWhere = ids ? inArray(improvementRequirements.improvementId, ids) : undefined;
  const issues = ws.db
    .select({ improvementId: improvementIssues.improvementId, id: contextIssues.id, ref: contextIssues.ref, label: contextIssues.title })
    .from(improvementIssues)
    .innerJoin(contextIssues, eq(improvementIssues.issueId, contextIssues.id))
    .where(issueWhere)
    .orderBy(asc(refOrder(contextIssues.ref)))
    .all();
  const requirements = ws.db
    .select({ improvementId: improvementRequirements.improvementId, id: partyRequirements.id, ref: partyRequirements.ref, label: sql<string>`${parties.name} || ': ' || ${partyRequirements.text}` })
    .from(improvementRequirements)
    .innerJoin(partyRequirements, eq(improvementRequirements.requirementId, partyRequirements.id))
    .innerJoin(parties, eq(partyRequirements.partyId, parties.id))
    .where(reqWhere)
    .orderBy(asc(refOrder(partyRequirements.ref)))
    .all();
  return { issues: group(issues), requirements: group(requirements) };
}

function shape(today: string, r: Row, links: Links): Opportunity {
  const o = r.o;
  const issues = links.issues.get(o.id) ?? [];
  const requirements = links.requirements.get(o.id) ?? [];
  return {
    ...o,
    source: o.source as Opportunity['source'],
    status: o.status as Opportunity['status'],
    ownerName: r.ownerName,
    ncRef: r.ncRef,
    priority: priorityOf(o.benefit, o.effort),
    overdue: o.status === 'approved' && o.dueDate !== null && o.dueDate < today,
    issueIds: issues.map((x) => x.id),
    requirementIds: requirements.map((x) => x.id),
    issues,
    requirements,
  };
}
const shapeAll = (ws: Workspace, rows: Row[], all = false) => {
  const links = linksOf(ws, all ? null : rows.map((r) => r.o.id));
  const today = todayOf(ws);
  return rows.map((r) => shape(today, r, links));
};

const PRIORITY = sql`coalesce(${improvements.benefit} * (6 - ${improvements.effort}), -1)`;
const STATUS = sql`case ${improvements.status} when 'proposed' then 0 when 'evaluated' then 1 when 'approved' then 2 when 'implemented' then 3 else 4 end`;

export function listOpportunities(ws: Workspace, q: z.output<typeof OpportunityQuery>): { items: Opportunity[]; total: number } {
  const f: SQL[] = [];
  if (q.search) f.push(or(refMatches(improvements, q.search), contains(improvements.title, q.search), contains(improvements.description, q.search), contains(improvements.sourceReference, q.search))!);
  if (q.status) f.push(eq(improvements.status, q.status));
  if (q.source) f.push(eq(improvements.source, q.source));
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
  const items = shapeAll(ws, base(ws).where(where).orderBy(o(sorts[q.sort]), asc(refOrder(improvements.ref))).limit(q.limit).offset(q.offset).all());
  return { items, total: ws.db.select({ n: count() }).from(improvements).where(where).get()?.n ?? 0 };
}

export function getOpportunity(ws: Workspace, id: string): Opportunity {
  const row = base(ws).where(eq(improvements.id, id)).get();
  if (!row) throw notFound('Improvement', id);
  return shapeAll(ws, [row])[0]!;
}

export function allOpportunities(ws: Workspace, source?: Opportunity['source']): Opportunity[] {
  return shapeAll(ws, base(ws).where(source ? eq(improvements.source, source) : undefined).orderBy(asc(refOrder(improvements.ref))).all(), true);
}

function check(ws: Workspace, v: Input) {
  assertPerson(ws, v.ownerId, 'ownerId');
  const today = todayOf(ws);
  if (v.decidedOn && v.decidedOn > today) throw dateFieldError('decidedOn', 'A decision cannot be dated in the future.');
  if (v.implementedOn && v.implementedOn > today) throw dateFieldError('implementedOn', 'An improvement cannot be implemented in the future.');
  if (v.ncId && !ws.db.select({ id: nonconformities.id }).from(nonconformities).where(eq(nonconformities.id, v.ncId)).get()) throw new AppError('NOT_FOUND', 'That nonconformity does not exist.', { field: 'ncId', id: v.ncId });
  const all = (table: typeof contextIssues | typeof partyRequirements, ids: string[], field: string, what: string) => {
    const unique = [...new Set(ids)];
    if (unique.length && (ws.db.select({ n: count() }).from(table).where(inArray(table.id, unique)).get()?.n ?? 0) !== unique.length) throw new AppError('NOT_FOUND', `One of the ${what} does not exist.`, { field });
  };
  all(contextIssues, v.issueIds, 'issueIds', '4.1 issues');
  all(partyRequirements, v.requirementIds, 'requirementIds', '4.2 requirements');
}

/** Replaces an opportunity's source links of one kind, touching only what changed. */
function syncSources(w: Writer, improvementId: string, issueIds: string[], requirementIds: string[]) {
  const issues = w.db.select({ id: improvementIssues.id, target: improvementIssues.issueId }).from(improvementIssues).where(eq(improvementIssues.improvementId, improvementId)).all();
  for (const r of issues) if (!issueIds.includes(r.target)) w.remove(improvementIssues, r.id);
  for (const t of new Set(issueIds)) if (!issues.some((r) => r.target === t)) w.insert(improvementIssues, { improvementId, issueId: t });
  const reqs = w.db.select({ id: improvementRequirements.id, target: improvementRequirements.requirementId }).from(improvementRequirements).where(eq(improvementRequirements.improvementId, improvementId)).all();
  for (const r of reqs) if (!requirementIds.includes(r.target)) w.remove(improvementRequirements, r.id);
  for (const t of new Set(requirementIds)) if (!reqs.some((r) => r.target === t)) w.insert(improvementRequirements, { improvementId, requirementId: t });
}

export function createOpportunity(ws: Workspace, input: Input): Opportunity {
  check(ws, input);
  const { issueIds, requirementIds, ...fields } = input;
  const id = write(ws, (w) => {
    const row = w.insert(improvements, fields);
    syncSources(w, row.id, issueIds, requirementIds);
    return row.id;
  });
  return getOpportunity(ws, id);
}

export function updateOpportunity(ws: Workspace, { id, ...patch }: z.output<typeof OpportunityPatch>): Opportunity {
  const current = getOpportunity(ws, id);
  const merged = mergePatch(OpportunityFields, current, patch);
  // Implemented only after it was approved: a rejected or undecided idea is not "done".
  if (merged.status === 'implemented' && current.status !== 'approved' && current.status !== 'implemented') {
    throw new AppError('CONFLICT', `${current.ref} is ${current.status}; only an approved improvement can be implemented.`, { field: 'status' });
  }
  check(ws, merged);
  const { issueIds, requirementIds, ...fields } = merged;
  write(ws, (w) => {
    w.update(improvements, id, fields);
    if (patch.issueIds || patch.requirementIds) syncSources(w, id, issueIds, requirementIds);
  });
  return getOpportunity(ws, id);
}

export function deleteOpportunity(ws: Workspace, id: string) {
  getOpportunity(ws, id);
  write(ws, (w) => w.remove(improvements, id));
}
