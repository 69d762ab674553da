import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { SupplierFields, type Supplier } from '../../../shared/contract/suppliers';
import type { Workspace } from '../db/open';
import { parties, people, scopeInterfaces, supplierCertificates, supplierInterfaces, suppliers } from '../db/schema';
import { write, type Writer } from '../db/write';
import { mergePatch } from '../validation';
import { dateFieldError, todayOf } from './dates';
import { assertPerson } from './people';
import { assertDeleteConfirmed, supplierReferences } from './references';

type SupplierValues = z.output<typeof SupplierFields>;

const byRef = <T extends { ref: string }>(a: T, b: T) => a.ref.localeCompare(b.ref, 'en', { numeric: true });

/** 8.1: every supplier with its certificates (soonest expiry first), party and interfaces, in id order. */
export function listSuppliers(ws: Workspace): Supplier[] {
  const db = ws.db;
  const certs = db.select().from(supplierCertificates).orderBy(asc(supplierCertificates.validUntil), asc(supplierCertificates.createdAt)).all();
  const links = db
    .select({ supplierId: supplierInterfaces.supplierId, id: scopeInterfaces.id, ref: scopeInterfaces.ref, counterpart: scopeInterfaces.counterpart })
    .from(supplierInterfaces)
    .innerJoin(scopeInterfaces, eq(supplierInterfaces.interfaceId, scopeInterfaces.id))
    .all();
  return db
    .select({ s: suppliers, ownerName: people.name, party: { id: parties.id, ref: parties.ref, name: parties.name } })
    .from(suppliers)
    .leftJoin(people, eq(suppliers.ownerId, people.id))
    .leftJoin(parties, eq(suppliers.partyId, parties.id))
    .all()
    .map(({ s, ownerName, party }) => {
      const interfaces = links.filter((l) => l.supplierId === s.id).map(({ id, ref, counterpart }) => ({ id, ref, counterpart })).sort(byRef);
      return {
        ...s,
        supplyKind: s.supplyKind as Supplier['supplyKind'],
        criticality: s.criticality as Supplier['criticality'],
        assessmentResult: s.assessmentResult as Supplier['assessmentResult'],
        certificates: certs.filter((c) => c.supplierId === s.id).map(({ id, name, issuer, number, validUntil }) => ({ id, name, issuer, number, validUntil })),
        interfaceIds: interfaces.map((i) => i.id),
        interfaces,
        ownerName,
        party: party?.id ? { id: party.id, ref: party.ref ?? '', name: party.name ?? '' } : null,
      };
    })
    .sort(byRef);
}

export function getSupplier(ws: Workspace, id: string): Supplier {
  const s = listSuppliers(ws).find((x) => x.id === id);
  if (!s) throw notFound('Supplier', id);
  return s;
}

/** The links must exist, and an assessment result needs the day it was reached (never a future one). */
function check(ws: Workspace, input: SupplierValues) {
  assertPerson(ws, input.ownerId);
  if (input.partyId && !ws.db.select({ id: parties.id }).from(parties).where(eq(parties.id, input.partyId)).get()) {
    throw new AppError('NOT_FOUND', 'That interested party is not in the 4.2 register.', { field: 'partyId', id: input.partyId });
  }
  const wanted = [...new Set(input.interfaceIds)];
  if (wanted.length) {
    const found = new Set(ws.db.select({ id: scopeInterfaces.id }).from(scopeInterfaces).where(inArray(scopeInterfaces.id, wanted)).all().map((r) => r.id));
    const missing = wanted.find((id) => !found.has(id));
    if (missing) throw new AppError('NOT_FOUND', 'That interface is not in the 4.3 scope.', { field: 'interfaceIds', id: missing });
  }
  if (input.lastAssessedOn && input.lastAssessedOn > todayOf(ws)) throw dateFieldError('lastAssessedOn', 'An assessment cannot be dated in the future.');
  if (input.assessmentResult !== 'not-assessed' && !input.lastAssessedOn) throw dateFieldError('assessmentResult', 'Give the date of the assessment that reached this result, or choose not assessed.');
}

const columnsOf = ({ certificates: _c, interfaceIds: _i, ...columns }: SupplierValues) => columns;

/** Certificates are replaced as a list: unchanged ones keep their row (and their history in the trail). */
function syncCertificates(w: Writer, supplierId: string, wanted: SupplierValues['certificates']) {
  const current = w.db.select().from(supplierCertificates).where(eq(supplierCertificates.supplierId, supplierId)).all();
  const same = (a: (typeof current)[number], b: (typeof wanted)[number]) => a.name === b.name && a.issuer === b.issuer && a.number === b.number && a.validUntil === b.validUntil;
  const kept = new Set<string>();
  const toAdd = wanted.filter((c) => {
    const match = current.find((row) => !kept.has(row.id) && same(row, c));
    if (match) kept.add(match.id);
    return !match;
  });
  for (const row of current) if (!kept.has(row.id)) w.remove(supplierCertificates, row.id);
  for (const c of toAdd) w.insert(supplierCertificates, { supplierId, ...c });
}

function syncInterfaces(w: Writer, supplierId: string, interfaceIds: string[]) {
  const current = w.db.select({ id: supplierInterfaces.id, interfaceId: supplierInterfaces.interfaceId }).from(supplierInterfaces).where(eq(supplierInterfaces.supplierId, supplierId)).all();
  const want = new Set(interfaceIds);
  for (const row of current) if (!want.has(row.interfaceId)) w.remove(supplierInterfaces, row.id);
  const have = new Set(current.map((r) => r.interfaceId));
  for (const interfaceId of want) if (!have.has(interfaceId)) w.insert(supplierInterfaces, { supplierId, interfaceId });
}

export function createSupplier(ws: Workspace, input: SupplierValues): Supplier {
  check(ws, input);
  const id = write(ws, (w) => {
    const row = w.insert(suppliers, columnsOf(input));
    syncCertificates(w, row.id, input.certificates);
    syncInterfaces(w, row.id, input.interfaceIds);
    return row.id;
  });
  return getSupplier(ws, id);
}

export function updateSupplier(ws: Workspace, id: string, patch: Partial<SupplierValues>): Supplier {
  const merged = mergePatch(SupplierFields, getSupplier(ws, id), patch);
  check(ws, merged);
  write(ws, (w) => {
    w.update(suppliers, id, columnsOf(merged));
    if (patch.certificates) syncCertificates(w, id, merged.certificates);
    if (patch.interfaceIds) syncInterfaces(w, id, merged.interfaceIds);
  });
  return getSupplier(ws, id);
}

/** Certificates and interface links go with the supplier (listed first); the party and the interfaces stay. */
export function deleteSupplier(ws: Workspace, id: string, confirm = false) {
  const s = getSupplier(ws, id);
  assertDeleteConfirmed(`The supplier "${s.name}"`, supplierReferences(ws, id), confirm);
  write(ws, (w) => w.remove(suppliers, id));
}
