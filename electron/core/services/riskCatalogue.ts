import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../../../shared/errors';
import type { Threat, ThreatFields, ThreatPatch, Vulnerability, VulnerabilityFields, VulnerabilityPatch } from '../../../shared/contract/risk';
import { THREAT_SEEDS } from '../catalog/threats';
import { VULNERABILITY_SEEDS } from '../catalog/vulnerabilities';
import type { Workspace } from '../db/open';
import { risks, threats, vulnerabilities } from '../db/schema';
import { assertDeleteConfirmed } from './references';
import { catalogueReferences } from './riskReferences';
import { write, type Writer } from '../db/write';

export function listThreats(ws: Workspace): Threat[] {
  return ws.db.select().from(threats).orderBy(asc(threats.category), asc(threats.name)).all() as Threat[];
}

function getThreat(ws: Workspace, id: string): Threat {
  const row = ws.db.select().from(threats).where(eq(threats.id, id)).get();
  if (!row) throw notFound('Threat', id);
  return row as Threat;
}

export function createThreat(ws: Workspace, input: z.output<typeof ThreatFields>): Threat {
  return getThreat(ws, write(ws, (w) => w.insert(threats, { ...input, shipped: false })).id);
}

export function updateThreat(ws: Workspace, { id, ...patch }: z.output<typeof ThreatPatch>): Threat {
  getThreat(ws, id);
  write(ws, (w) => w.update(threats, id, patch));
  return getThreat(ws, id);
}

/** Risks citing the threat keep their title and scenario text; the link is cleared and logged. */
export function deleteThreat(ws: Workspace, id: string, confirm = false) {
  const t = getThreat(ws, id);
  assertDeleteConfirmed(`The threat "${t.name}"`, catalogueReferences(ws, risks.threatId)(id), confirm);
  write(ws, (w) => {
    w.detach(risks, risks.threatId, id);
    w.remove(threats, id);
  });
}

export function listVulnerabilities(ws: Workspace): Vulnerability[] {
  return ws.db.select().from(vulnerabilities).orderBy(asc(vulnerabilities.assetType), asc(vulnerabilities.name)).all() as Vulnerability[];
}

function getVulnerability(ws: Workspace, id: string): Vulnerability {
  const row = ws.db.select().from(vulnerabilities).where(eq(vulnerabilities.id, id)).get();
  if (!row) throw notFound('Vulnerability', id);
  return row as Vulnerability;
}

export function createVulnerability(ws: Workspace, input: z.output<typeof VulnerabilityFields>): Vulnerability {
  return getVulnerability(ws, write(ws, (w) => w.insert(vulnerabilities, { ...input, shipped: false })).id);
}

export function updateVulnerability(ws: Workspace, { id, ...patch }: z.output<typeof VulnerabilityPatch>): Vulnerability {
  getVulnerability(ws, id);
  write(ws, (w) => w.update(vulnerabilities, id, patch));
  return getVulnerability(ws, id);
}

export function deleteVulnerability(ws: Workspace, id: string, confirm = false) {
  const v = getVulnerability(ws, id);
  assertDeleteConfirmed(`The vulnerability "${v.name}"`, catalogueReferences(ws, risks.vulnerabilityId)(id), confirm);
  write(ws, (w) => {
    w.detach(risks, risks.vulnerabilityId, id);
    w.remove(vulnerabilities, id);
  });
}

/** Shipped catalogues, copied once into a workspace at creation or upgrade (services/seeds.ts). */
export function seedCatalogues(w: Writer) {
  for (const t of THREAT_SEEDS) {
    w.insert(threats, { category: t.category, name: t.name, description: t.description, affectsC: t.affects.includes('c'), affectsI: t.affects.includes('i'), affectsA: t.affects.includes('a'), shipped: true });
  }
  for (const v of VULNERABILITY_SEEDS) w.insert(vulnerabilities, { assetType: v.assetType, name: v.name, description: v.description, shipped: true });
}
