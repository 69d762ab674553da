import { asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { BoundaryFields, InterfaceFields, type Boundary, type Interface, type Statement } from '../../../shared/contract/scope';
import { versionLabel } from '../../../shared/policyStates';
import { mergePatch } from '../validation';
import { todayOf } from './dates';
import type { Workspace } from '../db/open';
import { parties, scopeBoundaries, scopeInterfaces, scopeStatements } from '../db/schema';
import { write } from '../db/write';
import { workspaceInfo } from './workspace';
import { composeScopeStatement } from './scopeText';
import { assertDeleteConfirmed, interfaceReferences } from './references';

type BoundaryInput = z.output<typeof BoundaryFields>;
type InterfaceInput = z.output<typeof InterfaceFields>;

export function listBoundaries(ws: Workspace): Boundary[] {
  return ws.db.select().from(scopeBoundaries).orderBy(asc(scopeBoundaries.kind), asc(scopeBoundaries.createdAt), asc(scopeBoundaries.id)).all() as Boundary[];
}

function getBoundary(ws: Workspace, id: string): Boundary {
  const row = ws.db.select().from(scopeBoundaries).where(eq(scopeBoundaries.id, id)).get();
  if (!row) throw notFound('Scope entry', id);
  return row as Boundary;
}

export const createBoundary = (ws: Workspace, input: BoundaryInput): Boundary => write(ws, (w) => w.insert(scopeBoundaries, input)) as Boundary;
export function updateBoundary(ws: Workspace, id: string, patch: Partial<BoundaryInput>): Boundary {
  const input = mergePatch(BoundaryFields, getBoundary(ws, id), patch);
  return write(ws, (w) => w.update(scopeBoundaries, id, input)) as Boundary;
}
export const deleteBoundary = (ws: Workspace, id: string) => write(ws, (w) => w.remove(scopeBoundaries, id));

const interfaceColumns = {
  id: scopeInterfaces.id,
  ref: scopeInterfaces.ref,
  counterpart: scopeInterfaces.counterpart,
  partyId: scopeInterfaces.partyId,
  partyName: parties.name,
  crossing: scopeInterfaces.crossing,
  direction: scopeInterfaces.direction,
  notes: scopeInterfaces.notes,
  createdAt: scopeInterfaces.createdAt,
  updatedAt: scopeInterfaces.updatedAt,
  createdBy: scopeInterfaces.createdBy,
  updatedBy: scopeInterfaces.updatedBy,
};

export function listInterfaces(ws: Workspace): Interface[] {
  return ws.db.select(interfaceColumns).from(scopeInterfaces).leftJoin(parties, eq(scopeInterfaces.partyId, parties.id)).orderBy(asc(scopeInterfaces.createdAt), asc(scopeInterfaces.id)).all() as Interface[];
}

function getInterface(ws: Workspace, id: string): Interface {
  const row = ws.db.select(interfaceColumns).from(scopeInterfaces).leftJoin(parties, eq(scopeInterfaces.partyId, parties.id)).where(eq(scopeInterfaces.id, id)).get();
  if (!row) throw notFound('Interface', id);
  return row as Interface;
}

function assertParty(ws: Workspace, partyId: string | null) {
  if (partyId && !ws.db.select({ id: parties.id }).from(parties).where(eq(parties.id, partyId)).get()) {
    throw new AppError('NOT_FOUND', 'That interested party does not exist.', { field: 'partyId', id: partyId });
  }
}

export function createInterface(ws: Workspace, input: InterfaceInput): Interface {
  assertParty(ws, input.partyId);
  return getInterface(ws, write(ws, (w) => w.insert(scopeInterfaces, input)).id);
}

export function updateInterface(ws: Workspace, id: string, patch: Partial<InterfaceInput>): Interface {
  const input = mergePatch(InterfaceFields, getInterface(ws, id), patch);
  assertParty(ws, input.partyId);
  write(ws, (w) => w.update(scopeInterfaces, id, input));
  return getInterface(ws, id);
}

/** Suppliers (8.1) behind the interface lose the link once the caller confirmed it. */
export function deleteInterface(ws: Workspace, id: string, confirm = false) {
  const row = getInterface(ws, id);
  assertDeleteConfirmed(`The interface with "${row.counterpart}"`, interfaceReferences(ws, id), confirm);
  write(ws, (w) => w.remove(scopeInterfaces, id));
}

export function draftStatement(ws: Workspace): string {
  return composeScopeStatement({ organisation: workspaceInfo(ws).organisation, boundaries: listBoundaries(ws), interfaces: listInterfaces(ws) });
}

const statementColumns = {
  id: scopeStatements.id,
  version: scopeStatements.version,
  text: scopeStatements.text,
  status: scopeStatements.status,
  approverId: scopeStatements.approverId,
  approverName: scopeStatements.approverName,
  approvedOn: scopeStatements.approvedOn,
  createdAt: scopeStatements.createdAt,
  updatedAt: scopeStatements.updatedAt,
  createdBy: scopeStatements.createdBy,
  updatedBy: scopeStatements.updatedBy,
};

/** Stored as a whole number per approval; shown as "N.0" like every other document version. */
export function listStatements(ws: Workspace): Statement[] {
  return ws.db
    .select(statementColumns)
    .from(scopeStatements)
    .orderBy(desc(scopeStatements.version))
    .all()
    .map((row) => ({ ...row, version: versionLabel(row.version, 0), major: row.version, minor: 0 }) as Statement);
}

const latestStatement = (ws: Workspace): Statement | undefined => listStatements(ws)[0];

/** Edits the open draft; after an approval the approved text stays as it is and a new version starts. */
export function saveStatement(ws: Workspace, text: string): Statement {
  const latest = latestStatement(ws);
  write(ws, (w) => {
    if (latest?.status === 'draft') w.update(scopeStatements, latest.id, { text });
    else w.insert(scopeStatements, { version: (latest?.major ?? 0) + 1, text, status: 'draft', approverId: null, approverName: null, approvedOn: null });
  });
  return latestStatement(ws)!;
}

// Approval goes through document control (services/documentCatalog.ts, SCOPE_DOC): it freezes the
// statement with the boundaries and interfaces it describes.

/** The approval names the draft it approves: an unknown id is NOT_FOUND, an approved one a CONFLICT. */
export function assertOpenDraft(ws: Workspace, versionId: string) {
  const statement = listStatements(ws).find((s) => s.id === versionId);
  if (!statement) throw notFound('Scope statement version', versionId);
  if (statement.status !== 'draft') throw new AppError('CONFLICT', `Version ${statement.version} of the statement is already approved. Save a change to start a new draft.`);
}
