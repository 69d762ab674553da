import { eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { Trace, TraceKind, TraceNode } from '../../../shared/contract/improvement';
import { NC_SOURCES } from '../../../shared/contract/improvement';
import { NC_STATUS_LABEL, type NcStatus } from '../../../shared/ncStates';
import type { Workspace } from '../db/open';
import { controls, correctiveActions, improvementLinks, improvements, nonconformities, policies, risks } from '../db/schema';
import { listCorrectiveActions, listLinks } from './ncActions';
import { getNc } from './nonconformities';

const SOURCE_LABEL: Record<(typeof NC_SOURCES)[number], string> = {
  'internal-audit': 'Internal audit',
  'external-audit': 'External audit',
  incident: 'Incident',
  'metric-breach': 'Metric breach',
  complaint: 'Complaint',
  'self-identified': 'Self-identified',
};

const missing = (what: string, id: string) => new AppError('NOT_FOUND', `That ${what} was not found. It may have been deleted.`, { id });

/** The focus record and the nonconformities whose chains pass through it. */
function start(ws: Workspace, kind: TraceKind, id: string): { focus: Trace['focus']; ncIds: string[]; extra: TraceNode[] } {
  const ncsLinkedTo = (col: typeof improvementLinks.controlId | typeof improvementLinks.policyId | typeof improvementLinks.riskId) => ws.db.selectDistinct({ id: improvementLinks.ncId }).from(improvementLinks).where(eq(col, id)).all().map((r) => r.id);
  switch (kind) {
    case 'nonconformity': {
      const nc = getNc(ws, id);
      return { focus: { kind, id, ref: nc.ref, title: nc.title }, ncIds: [id], extra: [] };
    }
    case 'action': {
      const a = ws.db.select().from(correctiveActions).where(eq(correctiveActions.id, id)).get();
      if (!a) throw missing('corrective action', id);
      return { focus: { kind, id, ref: a.ref, title: a.title }, ncIds: [a.ncId], extra: [] };
    }
    case 'control': {
      const c = ws.db.select().from(controls).where(eq(controls.id, id)).get();
      if (!c) throw missing('control', id);
      const breached = ws.db.select({ id: nonconformities.id }).from(nonconformities).where(eq(nonconformities.controlId, id)).all().map((r) => r.id);
      return { focus: { kind, id, ref: c.code, title: c.title }, ncIds: [...new Set([...breached, ...ncsLinkedTo(improvementLinks.controlId)])], extra: [] };
    }
    case 'policy': {
      const p = ws.db.select().from(policies).where(eq(policies.id, id)).get();
      if (!p) throw missing('policy', id);
      return { focus: { kind, id, ref: p.ref, title: p.title }, ncIds: ncsLinkedTo(improvementLinks.policyId), extra: [] };
    }
    case 'risk': {
      const r = ws.db.select().from(risks).where(eq(risks.id, id)).get();
      if (!r) throw missing('risk', id);
      return { focus: { kind, id, ref: r.ref, title: r.title }, ncIds: ncsLinkedTo(improvementLinks.riskId), extra: [] };
    }
    case 'improvement': {
      const o = ws.db.select().from(improvements).where(eq(improvements.id, id)).get();
      if (!o) throw missing('improvement', id);
      const node: TraceNode = { key: `improvement:${o.id}`, kind: 'improvement', id: o.id, ref: o.ref, title: o.title, detail: o.status, level: 'action', traceable: true };
      return { focus: { kind, id, ref: o.ref, title: o.title }, ncIds: o.ncId ? [o.ncId] : [], extra: [node] };
    }
  }
}

/**
 * The chain around one record, both ways (issue 15): audit finding (or the source noted) ->
 * nonconformity -> corrective action -> changed control, policy or risk -> metric. From a control,
 * policy or risk it finds the nonconformities that changed it or were raised against it and shows
 * their whole chains.
 */
export function traceOf(ws: Workspace, kind: TraceKind, id: string): Trace {
  const { focus, ncIds, extra } = start(ws, kind, id);
  const nodes = new Map<string, TraceNode>();
  const edges: Trace['edges'] = [];
  const add = (n: TraceNode) => (nodes.has(n.key) ? undefined : void nodes.set(n.key, n));
  const edge = (from: string, to: string) => (edges.some((e) => e.from === from && e.to === to) ? undefined : void edges.push({ from, to }));
  for (const n of extra) add(n);
  for (const ncId of ncIds) {
    const nc = getNc(ws, ncId);
    const ncKey = `nonconformity:${nc.id}`;
    add({ key: ncKey, kind: 'nonconformity', id: nc.id, ref: nc.ref, title: nc.title, detail: `${NC_STATUS_LABEL[nc.status as NcStatus]}, ${nc.severity}, raised ${nc.raisedOn}`, level: 'nonconformity', traceable: true });
    const links = listLinks(ws, { ncId });
    const findings = links.filter((l) => l.kind === 'finding');
    if (findings.length === 0) {
      const key = `source:${nc.id}`;
      add({ key, kind: 'source', id: null, ref: SOURCE_LABEL[nc.source], title: nc.sourceReference || 'No reference noted', detail: 'Where it was found', level: 'source', traceable: false });
      edge(key, ncKey);
    }
    for (const f of findings) {
      const key = `finding:${f.targetId}`;
      add({ key, kind: 'finding', id: f.targetId, ref: 'Finding', title: f.label, detail: f.note, level: 'source', traceable: false });
      edge(key, ncKey);
    }
    if (nc.controlId) {
      const key = `control:${nc.controlId}`;
      add({ key, kind: 'control', id: nc.controlId, ref: nc.controlLabel?.split(' ')[0] ?? '', title: nc.controlLabel?.split(' ').slice(1).join(' ') ?? '', detail: 'Requirement breached', level: 'source', traceable: true });
      edge(key, ncKey);
    }
    for (const a of listCorrectiveActions(ws, ncId)) {
      const key = `action:${a.id}`;
      add({ key, kind: 'action', id: a.id, ref: a.ref, title: a.title, detail: `${a.status}${a.dueDate ? `, due ${a.dueDate}` : ''}${a.overdue ? ' (overdue)' : ''}`, level: 'action', traceable: true });
      edge(ncKey, key);
    }
    for (const l of links.filter((x) => x.kind !== 'finding')) {
      const key = `${l.kind}:${l.targetId}`;
      const [ref, ...rest] = l.label.split(' ');
      add({ key, kind: l.kind, id: l.targetId, ref, title: rest.join(' '), detail: l.note || (l.kind === 'metric' ? 'Watches the effect' : 'Changed by the action'), level: l.kind === 'metric' ? 'metric' : 'change', traceable: l.kind !== 'metric' });
      edge(l.actionId ? `action:${l.actionId}` : ncKey, key);
    }
    for (const o of ws.db.select().from(improvements).where(eq(improvements.ncId, ncId)).all()) {
      const key = `improvement:${o.id}`;
      add({ key, kind: 'improvement', id: o.id, ref: o.ref, title: o.title, detail: o.status, level: 'action', traceable: true });
      edge(ncKey, key);
    }
  }
  // A control, policy or risk with no nonconformity is still shown, alone, so the view never looks broken.
  if (['control', 'policy', 'risk'].includes(kind) && !nodes.has(`${kind}:${id}`)) {
    add({ key: `${kind}:${id}`, kind: kind as TraceNode['kind'], id, ref: focus.ref, title: focus.title, detail: 'No nonconformity or corrective action refers to it', level: 'change', traceable: true });
  }
  return { focus, nodes: [...nodes.values()], edges };
}

/** Used by deletes elsewhere: how many links point at these targets. */
export function linksTo(ws: Workspace, column: 'controlId' | 'policyId' | 'riskId', ids: string[]) {
  return ids.length ? ws.db.select().from(improvementLinks).where(inArray(improvementLinks[column], ids)).all() : [];
}
