import type { IsmsChange, Objective } from '../../../shared/contract/objectives';
import type { ResourceLine } from '../../../shared/contract/resources';
import type { DueItem } from '../../../shared/contract/readiness';
import { isSmart } from '../../../shared/objectives';
import type { Workspace } from '../db/open';
import { isOpenObjective, listObjectives } from '../services/objectives';
import { listChanges } from '../services/ismsChanges';
import { listResources } from '../services/resources';
import { plural, type Criterion, type ReadinessArea } from './types';

const of = (n: number, total: number) => `${n} of ${total}`;

/** 6.2: objectives exist, each passes the SMART check, is linked to the policy, and is monitored. */
export function objectiveCriteria(list: Objective[]): Criterion[] {
  const any = list.length > 0;
  const smart = list.filter((o) => isSmart(o.smart)).length;
  const withPolicy = list.filter((o) => o.policyId).length;
  const monitored = list.filter((o) => o.history.length > 0).length;
  const failing = list.filter((o) => !isSmart(o.smart)).map((o) => `${o.ref} misses ${o.smart.filter((s) => !s.met).map((s) => s.letter).join(', ')}`);
  return [
    { label: 'Information security objectives are set', met: any, detail: any ? plural(list.length, 'objective') : 'open 6.2 to add the first objective' },
    { label: 'Every objective passes the SMART check', met: any && smart === list.length, detail: any ? (failing.length ? `${failing.slice(0, 3).join('; ')}${failing.length > 3 ? '; …' : ''}` : `${of(smart, list.length)} SMART`) : undefined },
    { label: 'Every objective is consistent with the policy (linked to it)', met: any && withPolicy === list.length, detail: any ? `${of(withPolicy, list.length)} linked to a policy` : undefined },
    { label: 'Progress is recorded for every objective', met: any && monitored === list.length, detail: any ? `${of(monitored, list.length)} with progress recorded` : undefined },
  ];
}

/** 6.3: every planned change says why and what it affects, and is decided. An empty log is met only once a change is recorded. */
export function changeCriteria(list: IsmsChange[]): Criterion[] {
  const any = list.length > 0;
  const explained = list.filter((c) => c.rationale.trim() && c.impact.trim()).length;
  const decided = list.filter((c) => c.decision !== 'proposed').length;
  const planned = list.filter((c) => c.ownerId && c.plannedOn).length;
  return [
    { label: 'Changes to the ISMS are recorded in the change log', met: any, detail: any ? plural(list.length, 'change') : 'record the first planned change in 6.3' },
    { label: 'Every change says why it is made and what it affects', met: any && explained === list.length, detail: any ? `${of(explained, list.length)} with reason and impact` : undefined },
    { label: 'Every change has an owner and a planned date', met: any && planned === list.length, detail: any ? `${of(planned, list.length)} planned` : undefined },
    { label: 'Every change is approved or rejected', met: any && decided === list.length, detail: any ? `${of(decided, list.length)} decided` : undefined },
  ];
}

/** 7.1: resources are recorded, serve an objective or a treatment action, have an owner, and every open objective has some. */
export function resourceCriteria(lines: ResourceLine[], objectives: Objective[]): Criterion[] {
  const any = lines.length > 0;
  const linked = lines.filter((l) => l.objective || l.treatmentAction).length;
  const owned = lines.filter((l) => l.ownerId).length;
  const open = objectives.filter(isOpenObjective);
  const resourced = open.filter((o) => o.resourceLines > 0).length;
  const settled = lines.filter((l) => l.status !== 'requested').length;
  return [
    { label: 'Resources and budget are recorded', met: any, detail: any ? plural(lines.length, 'resource line') : 'add the first resource line in 7.1' },
    { label: 'Every resource line serves an objective or a treatment action', met: any && linked === lines.length, detail: any ? `${of(linked, lines.length)} linked` : undefined },
    { label: 'Every resource line has an owner', met: any && owned === lines.length, detail: any ? `${of(owned, lines.length)} with an owner` : undefined },
    { label: 'Every open objective has resources', met: open.length > 0 && resourced === open.length, detail: open.length ? `${of(resourced, open.length)} open objectives with resource lines` : 'no open objectives yet' },
    { label: 'Requested resources are approved or provided', met: any && settled === lines.length, detail: any ? `${of(settled, lines.length)} approved or provided` : undefined },
  ];
}

function due(ws: Workspace, today: string, horizon: string): DueItem[] {
  const items: DueItem[] = [];
  for (const o of listObjectives(ws)) {
    if (o.dueDate && isOpenObjective(o) && o.dueDate <= horizon) items.push({ clauseId: '6.2', text: `Objective ${o.ref} "${o.title}" is due`, date: o.dueDate, overdue: o.dueDate < today, route: `/clause/6.2?open=objective:${o.id}` });
  }
  for (const c of listChanges(ws)) {
    if (c.plannedOn && c.status !== 'done' && c.status !== 'rejected' && c.plannedOn <= horizon) items.push({ clauseId: '6.3', text: `Planned change ${c.ref} "${c.title}"`, date: c.plannedOn, overdue: c.plannedOn < today, route: `/clause/6.3?open=change:${c.id}` });
  }
  for (const r of listResources(ws)) {
    if (r.neededBy && r.status !== 'provided' && r.neededBy <= horizon) items.push({ clauseId: '7.1', text: `Resource ${r.ref} "${r.title}" is needed`, date: r.neededBy, overdue: r.neededBy < today, route: `/clause/7.1?open=resource:${r.id}` });
  }
  return items;
}

export const objectivesReadiness: ReadinessArea = {
  criteria: {
    '6.2': (ws) => objectiveCriteria(listObjectives(ws)),
    '6.3': (ws) => changeCriteria(listChanges(ws)),
    '7.1': (ws) => resourceCriteria(listResources(ws), listObjectives(ws)),
  },
  due,
};
