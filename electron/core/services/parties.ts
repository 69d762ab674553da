import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { PartyFields, RequirementFields, attitudeOf, quadrantOf, type Party, type PartyQuery, type Requirement } from '../../../shared/contract/parties';
import { mergePatch } from '../validation';
import { assertDeleteConfirmed, partyReferences } from './references';
import type { Workspace } from '../db/open';
import { parties, partyRequirements, policies, scopeInterfaces } from '../db/schema';
import { write } from '../db/write';
import { contains, refMatches, refOrder } from './query';

type PartyInput = z.output<typeof PartyFields>;
type RequirementInput = z.output<typeof RequirementFields>;

const partyColumns = {
  id: parties.id,
  ref: parties.ref,
  name: parties.name,
  type: parties.type,
  contact: parties.contact,
  relevance: parties.relevance,
  interest: parties.interest,
  influence: parties.influence,
  trust: parties.trust,
  agreement: parties.agreement,
  reviewDate: parties.reviewDate,
  createdAt: parties.createdAt,
  updatedAt: parties.updatedAt,
  createdBy: parties.createdBy,
  updatedBy: parties.updatedBy,
  requirementCount: sql<number>`(select count(*) from "party_requirements" as "r" where "r"."party_id" = "parties"."id")`,
  undecidedCount: sql<number>`(select count(*) from "party_requirements" as "r" where "r"."party_id" = "parties"."id" and "r"."decision" = 'undecided')`,
};

/** Quadrant and attitude are derived, never stored, so they cannot disagree with the scores. */
function withDerived(row: Omit<Party, 'quadrant' | 'attitude'>): Party {
  return { ...row, quadrant: quadrantOf(row.interest, row.influence), attitude: attitudeOf(row.trust, row.agreement) } as Party;
}

const sortColumns = {
  name: sql`lower(${parties.name})`,
  ref: refOrder(parties.ref),
  type: parties.type,
  interest: parties.interest,
  influence: parties.influence,
  trust: parties.trust,
  agreement: parties.agreement,
  reviewDate: parties.reviewDate,
};

export function listParties(ws: Workspace, q: z.output<typeof PartyQuery>): { items: Party[]; total: number } {
  const filters: SQL[] = [];
  if (q.search) filters.push(or(refMatches(parties, q.search), contains(parties.name, q.search), contains(parties.contact, q.search), contains(parties.relevance, q.search))!);
  if (q.type) filters.push(eq(parties.type, q.type));
  const where = filters.length ? and(...filters) : undefined;
  const order = q.dir === 'asc' ? asc : desc;
  const items = ws.db
    .select(partyColumns)
    .from(parties)
    .where(where)
    .orderBy(...(q.sort === 'reviewDate' ? [sql`${parties.reviewDate} is null`] : []), order(sortColumns[q.sort]), asc(sql`lower(${parties.name})`), asc(parties.id))
    .limit(q.limit)
    .offset(q.offset)
    .all()
    .map((r) => withDerived(r as Omit<Party, 'quadrant' | 'attitude'>));
  const total = ws.db.select({ n: count() }).from(parties).where(where).get()?.n ?? 0;
  return { items, total };
}

export function getParty(ws: Workspace, id: string): Party {
  const row = ws.db.select(partyColumns).from(parties).where(eq(parties.id, id)).get();
  if (!row) throw notFound('Interested party', id);
  return withDerived(row as Omit<Party, 'quadrant' | 'attitude'>);
}

export function createParty(ws: Workspace, input: PartyInput): Party {
  return getParty(ws, write(ws, (w) => w.insert(parties, input)).id);
}

export function updateParty(ws: Workspace, id: string, patch: Partial<PartyInput>): Party {
  const input = mergePatch(PartyFields, getParty(ws, id), patch);
  write(ws, (w) => w.update(parties, id, input));
  return getParty(ws, id);
}

/** Requirements go with the party, each removal logged; interfaces naming it keep their text. */
export function deleteParty(ws: Workspace, id: string, confirm = false) {
  const party = getParty(ws, id);
  assertDeleteConfirmed(`"${party.name}"`, partyReferences(ws, id), confirm);
  write(ws, (w) => {
    for (const r of w.db.select({ id: partyRequirements.id }).from(partyRequirements).where(eq(partyRequirements.partyId, id)).all()) {
      w.remove(partyRequirements, r.id);
    }
    w.detach(scopeInterfaces, scopeInterfaces.partyId, id);
    w.remove(parties, id);
  });
}

const requirementColumns = {
  id: partyRequirements.id,
  ref: partyRequirements.ref,
  partyId: partyRequirements.partyId,
  partyName: parties.name,
  text: partyRequirements.text,
  type: partyRequirements.type,
  decision: partyRequirements.decision,
  how: partyRequirements.how,
  policyId: partyRequirements.policyId,
  policyTitle: policies.title,
  createdAt: partyRequirements.createdAt,
  updatedAt: partyRequirements.updatedAt,
  createdBy: partyRequirements.createdBy,
  updatedBy: partyRequirements.updatedBy,
};

export function listRequirements(ws: Workspace, partyId?: string): Requirement[] {
  if (partyId) getParty(ws, partyId);
  return ws.db
    .select(requirementColumns)
    .from(partyRequirements)
    .innerJoin(parties, eq(partyRequirements.partyId, parties.id))
    .leftJoin(policies, eq(partyRequirements.policyId, policies.id))
    .where(partyId ? eq(partyRequirements.partyId, partyId) : undefined)
    .orderBy(sql`lower(${parties.name})`, asc(partyRequirements.createdAt), asc(partyRequirements.id))
    .all() as Requirement[];
}

function getRequirement(ws: Workspace, id: string): Requirement {
  const row = ws.db
    .select(requirementColumns)
    .from(partyRequirements)
    .innerJoin(parties, eq(partyRequirements.partyId, parties.id))
    .leftJoin(policies, eq(partyRequirements.policyId, policies.id))
    .where(eq(partyRequirements.id, id))
    .get();
  if (!row) throw notFound('Requirement', id);
  return row as Requirement;
}

function assertPolicy(ws: Workspace, policyId: string | null) {
  if (policyId && !ws.db.select({ id: policies.id }).from(policies).where(eq(policies.id, policyId)).get()) {
    throw new AppError('NOT_FOUND', 'That policy does not exist.', { field: 'policyId', id: policyId });
  }
}

export function createRequirement(ws: Workspace, input: RequirementInput): Requirement {
  getParty(ws, input.partyId);
  assertPolicy(ws, input.policyId);
  return getRequirement(ws, write(ws, (w) => w.insert(partyRequirements, input)).id);
}

export function updateRequirement(ws: Workspace, id: string, patch: Partial<RequirementInput>): Requirement {
  const input = mergePatch(RequirementFields, getRequirement(ws, id), patch);
  getParty(ws, input.partyId);
  assertPolicy(ws, input.policyId);
  write(ws, (w) => w.update(partyRequirements, id, input));
  return getRequirement(ws, id);
}

export function deleteRequirement(ws: Workspace, id: string) {
  write(ws, (w) => w.remove(partyRequirements, id));
}

/** Every party with its requirements, for exports and the scope wizard. */
export function allParties(ws: Workspace): Party[] {
  return listParties(ws, { search: '', sort: 'name', dir: 'asc', offset: 0, limit: 100_000 }).items;
}
