import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { PersonFields, UnitFields, type PeopleQuery, type Person, type Unit } from '../../../shared/contract/people';
import { mergePatch } from '../validation';
import { removeCompetenceFilesOf } from './skillAudits';
import { assertDeleteConfirmed, personReferences, unitReferences } from './references';
import type { Workspace } from '../db/open';
import { assets, auditTeam, contextIssues, controls, ismsProcesses, leadershipCommitments, orgUnits, people, policies, policyAcknowledgements, policyDistribution, policyVersions, riskDecisions, risks, roleAssignments, scopeStatements, treatmentActions } from '../db/schema';
import { write } from '../db/write';
import { contains, refMatches, refOrder } from './query';

type PersonInput = z.output<typeof PersonFields>;
type UnitInput = z.output<typeof UnitFields>;

const personColumns = {
  id: people.id,
  ref: people.ref,
  name: people.name,
  email: people.email,
  jobTitle: people.jobTitle,
  unitId: people.unitId,
  unitName: orgUnits.name,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
  createdBy: people.createdBy,
  updatedBy: people.updatedBy,
};

const sortColumns = { name: sql`lower(${people.name})`, ref: refOrder(people.ref), email: sql`lower(${people.email})`, jobTitle: sql`lower(${people.jobTitle})`, unitName: sql`lower(${orgUnits.name})` };

export function listPeople(ws: Workspace, q: z.output<typeof PeopleQuery>): { items: Person[]; total: number } {
  const filters: SQL[] = [];
  if (q.search) {
    const s = q.search;
    filters.push(or(refMatches(people, s), contains(people.name, s), contains(people.email, s), contains(people.jobTitle, s), contains(orgUnits.name, s))!);
  }
  if (q.unitId) filters.push(eq(people.unitId, q.unitId));
  const where = filters.length ? and(...filters) : undefined;
  const order = q.dir === 'asc' ? asc : desc;
  const items = ws.db
    .select(personColumns)
    .from(people)
    .leftJoin(orgUnits, eq(people.unitId, orgUnits.id))
    .where(where)
    .orderBy(order(sortColumns[q.sort]), asc(people.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total = ws.db.select({ n: count() }).from(people).leftJoin(orgUnits, eq(people.unitId, orgUnits.id)).where(where).get()?.n ?? 0;
  return { items, total };
}

export function getPerson(ws: Workspace, id: string): Person {
  const row = ws.db.select(personColumns).from(people).leftJoin(orgUnits, eq(people.unitId, orgUnits.id)).where(eq(people.id, id)).get();
  if (!row) throw notFound('Person', id);
  return row;
}

function assertUnit(ws: Workspace, unitId: string | null) {
  if (unitId && !ws.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, unitId)).get()) {
    throw new AppError('NOT_FOUND', 'That organisation unit does not exist.', { field: 'unitId', id: unitId });
  }
}

export function createPerson(ws: Workspace, input: PersonInput): Person {
  assertUnit(ws, input.unitId);
  const row = write(ws, (w) => w.insert(people, input));
  return getPerson(ws, row.id);
}

export function updatePerson(ws: Workspace, id: string, patch: Partial<PersonInput>): Person {
  const input = mergePatch(PersonFields, getPerson(ws, id), patch);
  assertUnit(ws, input.unitId);
  write(ws, (w) => w.update(people, id, input));
  return getPerson(ws, id);
}

/**
 * Records that name the person lose the link, through the write helper so each change is stamped
 * and logged; approvals and acknowledgements keep the name recorded at the time. Their places on
 * distribution lists and in roles go with them. Nothing changes unless the caller confirmed what
 * personReferences lists.
 */
export function deletePerson(ws: Workspace, id: string, confirm = false) {
  const person = getPerson(ws, id);
  const refs = personReferences(ws, id);
  assertDeleteConfirmed(person.name, refs, confirm);
  write(ws, (w) => {
    w.detach(contextIssues, contextIssues.ownerId, id);
    w.detach(ismsProcesses, ismsProcesses.ownerId, id);
    w.detach(scopeStatements, scopeStatements.approverId, id);
    w.detach(policies, policies.ownerId, id);
    w.detach(policyVersions, policyVersions.authorId, id);
    w.detach(policyVersions, policyVersions.approverId, id);
    w.detach(policyAcknowledgements, policyAcknowledgements.personId, id);
    w.detach(leadershipCommitments, leadershipCommitments.ownerId, id);
    // 6.1: owners lose the link; decisions keep the name recorded at the time.
    w.detach(assets, assets.ownerId, id);
    w.detach(assets, assets.custodianId, id);
    w.detach(risks, risks.ownerId, id);
    w.detach(treatmentActions, treatmentActions.ownerId, id);
    w.detach(controls, controls.ownerId, id);
    w.detach(riskDecisions, riskDecisions.decidedById, id);
    for (const ref of refs) {
      if (ref.kind === 'policies.distribution') w.remove(policyDistribution, ref.id);
      if (ref.kind === 'roles.assignment') w.remove(roleAssignments, ref.id);
      if (ref.kind === 'audits.teamMember') w.remove(auditTeam, ref.id);
    }
    removeCompetenceFilesOf(w, { personId: id });
    w.remove(people, id);
  });
}

/** Whether a person exists; used by other areas before they link an owner. */
export function assertPerson(ws: Workspace, personId: string | null, field = 'ownerId') {
  if (personId && !ws.db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get()) {
    throw new AppError('NOT_FOUND', 'That person is not in the people register.', { field, id: personId });
  }
}

const unitColumns = {
  id: orgUnits.id,
  ref: orgUnits.ref,
  name: orgUnits.name,
  description: orgUnits.description,
  parentId: orgUnits.parentId,
  createdAt: orgUnits.createdAt,
  updatedAt: orgUnits.updatedAt,
  createdBy: orgUnits.createdBy,
  updatedBy: orgUnits.updatedBy,
  // Spelled out with an alias: drizzle leaves columns unqualified inside a subquery, which would
  // compare people.unit_id with people.id.
  memberCount: sql<number>`(select count(*) from "people" as "members" where "members"."unit_id" = "org_units"."id")`,
};

export function listUnits(ws: Workspace): Unit[] {
  return ws.db.select(unitColumns).from(orgUnits).orderBy(sql`lower(${orgUnits.name})`).all();
}

function getUnit(ws: Workspace, id: string): Unit {
  const row = ws.db.select(unitColumns).from(orgUnits).where(eq(orgUnits.id, id)).get();
  if (!row) throw notFound('Organisation unit', id);
  return row;
}

/** A unit may not sit below itself, directly or through its descendants. */
function assertParent(ws: Workspace, id: string | null, parentId: string | null) {
  if (!parentId) return;
  assertUnit(ws, parentId);
  const parents = new Map(ws.db.select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits).all().map((u) => [u.id, u.parentId]));
  for (let cursor: string | null | undefined = parentId; cursor; cursor = parents.get(cursor)) {
    if (cursor === id) {
      const message = 'A unit cannot sit below itself.';
      throw new AppError('VALIDATION', message, { field: 'parentId', fields: [{ path: 'parentId', message }] });
    }
  }
}

export function createUnit(ws: Workspace, input: UnitInput): Unit {
  assertParent(ws, null, input.parentId);
  return getUnit(ws, write(ws, (w) => w.insert(orgUnits, input)).id);
}

export function updateUnit(ws: Workspace, id: string, patch: Partial<UnitInput>): Unit {
  const input = mergePatch(UnitFields, getUnit(ws, id), patch);
  assertParent(ws, id, input.parentId);
  write(ws, (w) => w.update(orgUnits, id, input));
  return getUnit(ws, id);
}

/** Members stay in the register without a unit, sub-units move to the top, distribution entries go. */
export function deleteUnit(ws: Workspace, id: string, confirm = false) {
  const unit = getUnit(ws, id);
  const refs = unitReferences(ws, id);
  assertDeleteConfirmed(`The unit "${unit.name}"`, refs, confirm);
  write(ws, (w) => {
    w.detach(people, people.unitId, id);
    w.detach(orgUnits, orgUnits.parentId, id);
    for (const ref of refs) if (ref.kind === 'policies.distribution') w.remove(policyDistribution, ref.id);
    w.remove(orgUnits, id);
  });
}
