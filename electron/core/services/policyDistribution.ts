import { desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { Acknowledgement, DistributionEntry, Recipient } from '../../../shared/contract/policies';
import { versionLabel } from '../../../shared/policyStates';
import type { Workspace } from '../db/open';
import { orgUnits, people, policyAcknowledgements, policyDistribution, policyVersions } from '../db/schema';
import { write } from '../db/write';
import { todayOf } from './dates';
import { assertPerson, getPerson } from './people';
import { getPolicyRow } from './policyRows';
import { getVersionMeta } from './policyVersions';

export function distributionOf(ws: Workspace, policyId: string): DistributionEntry[] {
  return ws.db
    .select({ id: policyDistribution.id, personId: policyDistribution.personId, unitId: policyDistribution.unitId, personName: people.name, unitName: orgUnits.name })
    .from(policyDistribution)
    .leftJoin(people, eq(policyDistribution.personId, people.id))
    .leftJoin(orgUnits, eq(policyDistribution.unitId, orgUnits.id))
    .where(eq(policyDistribution.policyId, policyId))
    .all()
    .map((r) => ({ id: r.id, personId: r.personId, unitId: r.unitId, kind: r.personId ? ('person' as const) : ('unit' as const), name: r.personName ?? r.unitName ?? '' }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** A unit and every unit below it. */
function unitWithDescendants(ws: Workspace, unitId: string): string[] {
  const all = ws.db.select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits).all();
  const found = [unitId];
  for (let i = 0; i < found.length; i++) for (const u of all) if (u.parentId === found[i] && !found.includes(u.id)) found.push(u.id);
  return found;
}

/** Everyone the policy reaches, directly or through a unit, with their acknowledgement of `versionId`. */
export function recipientsOf(ws: Workspace, policyId: string, versionId: string | null): Recipient[] {
  const byPerson = new Map<string, Recipient>();
  const add = (p: { id: string; name: string; unitName: string | null }, via: string) => {
    const r = byPerson.get(p.id) ?? { personId: p.id, name: p.name, unitName: p.unitName, via: [], acknowledgementId: null, acknowledgedOn: null };
    if (!r.via.includes(via)) r.via.push(via);
    byPerson.set(p.id, r);
  };
  const personColumns = { id: people.id, name: people.name, unitName: orgUnits.name };
  for (const entry of distributionOf(ws, policyId)) {
    const units = entry.unitId ? unitWithDescendants(ws, entry.unitId) : [];
    const where = entry.personId ? eq(people.id, entry.personId) : inArray(people.unitId, units);
    for (const p of ws.db.select(personColumns).from(people).leftJoin(orgUnits, eq(people.unitId, orgUnits.id)).where(where).all()) {
      add(p, entry.kind === 'person' ? 'direct' : entry.name);
    }
  }
  if (versionId) {
    for (const ack of ws.db.select().from(policyAcknowledgements).where(eq(policyAcknowledgements.versionId, versionId)).all()) {
      const r = ack.personId ? byPerson.get(ack.personId) : undefined;
      if (r) Object.assign(r, { acknowledgementId: ack.id, acknowledgedOn: ack.acknowledgedOn });
    }
  }
  return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function addDistribution(ws: Workspace, input: { policyId: string; personId: string | null; unitId: string | null }): DistributionEntry {
  getPolicyRow(ws, input.policyId);
  assertPerson(ws, input.personId, 'personId');
  if (input.unitId && !ws.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, input.unitId)).get()) {
    throw new AppError('NOT_FOUND', 'That organisation unit does not exist.', { field: 'unitId', id: input.unitId });
  }
  const existing = distributionOf(ws, input.policyId).find((d) => (input.personId ? d.personId === input.personId : d.unitId === input.unitId));
  if (existing) throw new AppError('CONFLICT', `${existing.name} is already on the distribution list.`, { id: existing.id });
  const row = write(ws, (w) => w.insert(policyDistribution, input));
  return distributionOf(ws, input.policyId).find((d) => d.id === row.id)!;
}

export function removeDistribution(ws: Workspace, id: string) {
  write(ws, (w) => w.remove(policyDistribution, id));
}

export function acknowledgementsOf(ws: Workspace, policyId: string): Acknowledgement[] {
  return ws.db
    .select({ ack: policyAcknowledgements, major: policyVersions.major, minor: policyVersions.minor })
    .from(policyAcknowledgements)
    .innerJoin(policyVersions, eq(policyAcknowledgements.versionId, policyVersions.id))
    .where(eq(policyVersions.policyId, policyId))
    .orderBy(desc(policyAcknowledgements.acknowledgedOn), desc(policyAcknowledgements.createdAt))
    .all()
    .map(({ ack, major, minor }) => ({
      id: ack.id,
      ref: ack.ref,
      versionId: ack.versionId,
      version: versionLabel(major, minor),
      personId: ack.personId,
      personName: ack.personName,
      acknowledgedOn: ack.acknowledgedOn,
      note: ack.note,
    }));
}

const dateError = (message: string) => new AppError('VALIDATION', message, { field: 'acknowledgedOn', fields: [{ path: 'acknowledgedOn', message }] });

/** Checks one acknowledgement before anything is written: the published version, a recipient, not yet acknowledged, a possible date. */
function checkAcknowledgement(ws: Workspace, v: ReturnType<typeof getVersionMeta>, personId: string, recipients: Recipient[]) {
  assertPerson(ws, personId, 'personId');
  const person = getPerson(ws, personId);
  const recipient = recipients.find((r) => r.personId === personId);
  if (!recipient) throw new AppError('CONFLICT', `${person.name} is not on the distribution list of this policy. Add them first.`, { field: 'personId', personId });
  if (recipient.acknowledgedOn) throw new AppError('CONFLICT', `${person.name} already acknowledged version ${v.version} on ${recipient.acknowledgedOn}.`, { personId });
  return person;
}

function publishedVersion(ws: Workspace, versionId: string) {
  const v = getVersionMeta(ws, versionId);
  if (v.status !== 'published') {
    throw new AppError('CONFLICT', `Version ${v.version} is not the published version; only the version in force can be acknowledged.`, { status: v.status });
  }
  return v;
}

function checkAcknowledgedOn(ws: Workspace, v: ReturnType<typeof getVersionMeta>, date: string | undefined): string {
  const acknowledgedOn = date ?? todayOf(ws);
  if (acknowledgedOn > todayOf(ws)) throw dateError('An acknowledgement cannot be dated in the future.');
  if (v.publishedOn && acknowledgedOn < v.publishedOn) throw dateError(`Version ${v.version} was published on ${v.publishedOn}; it cannot be acknowledged before that.`);
  return acknowledgedOn;
}

/** Only the published version can be acknowledged, only by someone it was distributed to, once. */
export function acknowledge(ws: Workspace, input: { versionId: string; personId: string; acknowledgedOn?: string; note: string }): Acknowledgement {
  const v = publishedVersion(ws, input.versionId);
  const person = checkAcknowledgement(ws, v, input.personId, recipientsOf(ws, v.policyId, v.id));
  const acknowledgedOn = checkAcknowledgedOn(ws, v, input.acknowledgedOn);
  const row = write(ws, (w) => w.insert(policyAcknowledgements, { versionId: v.id, personId: person.id, personName: person.name, acknowledgedOn, note: input.note }));
  return acknowledgementsOf(ws, v.policyId).find((a) => a.id === row.id)!;
}

/**
 * Acknowledgements for many people at once, with one date (a signed attendance sheet, a training
 * session). All or nothing: every person is checked first, and one refusal writes none of them.
 */
export function acknowledgeMany(ws: Workspace, input: { versionId: string; personIds: string[]; acknowledgedOn?: string; note: string }): { recorded: number } {
  const v = publishedVersion(ws, input.versionId);
  const acknowledgedOn = checkAcknowledgedOn(ws, v, input.acknowledgedOn);
  const recipients = recipientsOf(ws, v.policyId, v.id);
  const unique = [...new Set(input.personIds)];
  const people = unique.map((personId) => checkAcknowledgement(ws, v, personId, recipients));
  write(ws, (w) => {
    for (const person of people) w.insert(policyAcknowledgements, { versionId: v.id, personId: person.id, personName: person.name, acknowledgedOn, note: input.note });
  });
  return { recorded: people.length };
}

export function deleteAcknowledgement(ws: Workspace, id: string) {
  write(ws, (w) => w.remove(policyAcknowledgements, id));
}
