import { sql } from 'drizzle-orm';
import type { Workspace } from '../db/open';
import { ismsProcesses, scopeBoundaries, scopeInterfaces, scopeStatements } from '../db/schema';
import { plural, type Criterion, type ReadinessArea } from './types';

function scopeCriteria(ws: Workspace): Criterion[] {
  const b = ws.db
    .select({
      processes: sql<number>`coalesce(sum(${scopeBoundaries.kind} = 'process' and ${scopeBoundaries.included}), 0)`,
      placesOrUnits: sql<number>`coalesce(sum(${scopeBoundaries.kind} in ('unit', 'location') and ${scopeBoundaries.included}), 0)`,
      assets: sql<number>`coalesce(sum(${scopeBoundaries.kind} = 'asset' and ${scopeBoundaries.included}), 0)`,
    })
    .from(scopeBoundaries)
    .get()!;
  const interfaces = ws.db.select({ n: sql<number>`count(*)` }).from(scopeInterfaces).get()!.n;
  const latest = ws.db.select({ status: scopeStatements.status, version: scopeStatements.version }).from(scopeStatements).orderBy(sql`${scopeStatements.version} desc`).limit(1).get();
  return [
    { label: 'Processes or services in scope named', met: b.processes > 0, detail: plural(b.processes, 'process', 'processes') },
    { label: 'Organisational units or locations in scope named', met: b.placesOrUnits > 0 },
    { label: 'Information and asset types in scope named', met: b.assets > 0 },
    { label: 'Interfaces and dependencies with other organisations recorded', met: interfaces > 0, detail: plural(interfaces, 'interface') },
    { label: 'Scope statement written', met: latest !== undefined },
    {
      label: 'Latest scope statement approved',
      met: latest?.status === 'approved',
      detail: latest ? `version ${latest.version} ${latest.status === 'approved' ? 'approved' : 'is a draft'}` : undefined,
    },
  ];
}

function processCriteria(ws: Workspace): Criterion[] {
  const p = ws.db
    .select({
      total: sql<number>`count(*)`,
      withoutOwner: sql<number>`coalesce(sum(${ismsProcesses.ownerId} is null), 0)`,
      withoutFlows: sql<number>`coalesce(sum(trim(${ismsProcesses.inputs}) = '' or trim(${ismsProcesses.outputs}) = ''), 0)`,
      isolated: sql<number>`coalesce(sum(not exists (select 1 from "isms_process_links" as "l" where "l"."from_id" = "isms_processes"."id" or "l"."to_id" = "isms_processes"."id")), 0)`,
    })
    .from(ismsProcesses)
    .get()!;
  // The list arrives prefilled from our catalogue; it counts only once the organisation adopts it,
  // which starts with naming owners. A fresh workspace therefore reads 0 %, not a shipped figure.
  const withOwner = p.total - p.withoutOwner;
  const adopted = withOwner > 0;
  return [
    { label: 'Process list adopted: owners named for the processes you run', met: adopted, detail: `${withOwner} of ${p.total} processes have an owner` },
    { label: 'Every process has an owner', met: p.total > 0 && p.withoutOwner === 0, detail: p.withoutOwner ? `${p.withoutOwner} without an owner` : undefined },
    { label: 'Every process has inputs and outputs', met: adopted && p.withoutFlows === 0, detail: p.withoutFlows ? `${p.withoutFlows} incomplete` : undefined },
    { label: 'Every process is linked to the processes it feeds or is fed by', met: adopted && p.isolated === 0, detail: p.isolated ? `${p.isolated} not linked` : undefined },
  ];
}

export const scopeReadiness: ReadinessArea = {
  criteria: { '4.3': (ws) => scopeCriteria(ws), '4.4': (ws) => processCriteria(ws) },
};
