import { and, asc, count, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { SearchHit, SearchKind, SearchQuery } from '../../../shared/contract/search';
import type { Workspace } from '../db/open';
import {
  assets,
  contextIssues,
  controls,
  ismsProcesses,
  leadershipCommitments,
  metrics,
  orgUnits,
  parties,
  partyRequirements,
  people,
  policies,
  raciActivities,
  risks,
  roles,
  scopeBoundaries,
  scopeInterfaces,
  treatmentActions,
  objectives,
  ismsChanges,
  resourceLines,
  communicationPlan,
  suppliers,
  nonconformities,
  correctiveActions,
  improvements,
} from '../db/schema';
import { contains } from './query';

/** One kind of record the search reads: its table, the column shown as title, the columns searched. */
interface Source {
  kind: SearchKind;
  table: SQLiteTable;
  id: SQLiteColumn;
  /** The human-readable id (CTX-001, shared/refs.ts). */
  ref: SQLiteColumn;
  title: SQLiteColumn;
  fields: SQLiteColumn[];
  route: (id: string) => string;
}

const SOURCES: Source[] = [
  { kind: 'issue', table: contextIssues, id: contextIssues.id, ref: contextIssues.ref, title: contextIssues.title, fields: [contextIssues.description, contextIssues.effect, contextIssues.source], route: () => '/clause/4.1' },
  { kind: 'party', table: parties, id: parties.id, ref: parties.ref, title: parties.name, fields: [parties.relevance, parties.contact], route: () => '/clause/4.2' },
  { kind: 'requirement', table: partyRequirements, id: partyRequirements.id, ref: partyRequirements.ref, title: partyRequirements.text, fields: [partyRequirements.how], route: () => '/clause/4.2' },
  { kind: 'boundary', table: scopeBoundaries, id: scopeBoundaries.id, ref: scopeBoundaries.ref, title: scopeBoundaries.name, fields: [scopeBoundaries.notes, scopeBoundaries.justification], route: () => '/clause/4.3' },
  { kind: 'interface', table: scopeInterfaces, id: scopeInterfaces.id, ref: scopeInterfaces.ref, title: scopeInterfaces.counterpart, fields: [scopeInterfaces.crossing, scopeInterfaces.notes], route: () => '/clause/4.3' },
  { kind: 'process', table: ismsProcesses, id: ismsProcesses.id, ref: ismsProcesses.ref, title: ismsProcesses.name, fields: [ismsProcesses.description, ismsProcesses.inputs, ismsProcesses.outputs], route: () => '/clause/4.4' },
  { kind: 'commitment', table: leadershipCommitments, id: leadershipCommitments.id, ref: leadershipCommitments.ref, title: leadershipCommitments.title, fields: [leadershipCommitments.description], route: () => '/clause/5.1' },
  { kind: 'policy', table: policies, id: policies.id, ref: policies.ref, title: policies.title, fields: [], route: (id) => `/clause/5.2/policy/${id}` },
  { kind: 'role', table: roles, id: roles.id, ref: roles.ref, title: roles.name, fields: [roles.description, roles.responsibilities, roles.authorities], route: () => '/clause/5.3' },
  { kind: 'activity', table: raciActivities, id: raciActivities.id, ref: raciActivities.ref, title: raciActivities.name, fields: [raciActivities.description], route: () => '/clause/5.3' },
  { kind: 'asset', table: assets, id: assets.id, ref: assets.ref, title: assets.name, fields: [assets.description, assets.location], route: () => '/clause/6.1' },
  { kind: 'risk', table: risks, id: risks.id, ref: risks.ref, title: risks.title, fields: [risks.description, risks.event], route: () => '/clause/6.1' },
  { kind: 'treatment', table: treatmentActions, id: treatmentActions.id, ref: treatmentActions.ref, title: treatmentActions.title, fields: [treatmentActions.notes], route: () => '/clause/8.3' },
  { kind: 'objective', table: objectives, id: objectives.id, ref: objectives.ref, title: objectives.title, fields: [objectives.description, objectives.evaluation, objectives.resources], route: (id) => `/clause/6.2?open=objective:${id}` },
  { kind: 'change', table: ismsChanges, id: ismsChanges.id, ref: ismsChanges.ref, title: ismsChanges.title, fields: [ismsChanges.rationale, ismsChanges.impact], route: (id) => `/clause/6.3?open=change:${id}` },
  { kind: 'resource', table: resourceLines, id: resourceLines.id, ref: resourceLines.ref, title: resourceLines.title, fields: [resourceLines.notes], route: (id) => `/clause/7.1?open=resource:${id}` },
  { kind: 'communication', table: communicationPlan, id: communicationPlan.id, ref: communicationPlan.ref, title: communicationPlan.topic, fields: [communicationPlan.audience, communicationPlan.channel, communicationPlan.notes], route: (id) => `/clause/7.4?open=plan:${id}` },
  { kind: 'supplier', table: suppliers, id: suppliers.id, ref: suppliers.ref, title: suppliers.name, fields: [suppliers.provides, suppliers.dataHandled, suppliers.contractRef, suppliers.notes], route: (id) => `/clause/8.1?open=supplier:${id}` },
  { kind: 'nonconformity', table: nonconformities, id: nonconformities.id, ref: nonconformities.ref, title: nonconformities.title, fields: [nonconformities.description, nonconformities.sourceReference, nonconformities.rootCause, nonconformities.correction], route: (id) => `/clause/10.2?open=nc:${id}` },
  { kind: 'correctiveAction', table: correctiveActions, id: correctiveActions.id, ref: correctiveActions.ref, title: correctiveActions.title, fields: [correctiveActions.description, correctiveActions.notes], route: () => '/clause/10.2?tab=actions' },
  { kind: 'improvement', table: improvements, id: improvements.id, ref: improvements.ref, title: improvements.title, fields: [improvements.description, improvements.sourceReference, improvements.decision], route: (id) => `/clause/10.1?open=opportunity:${id}` },
  // Controls have no register ref: their Annex A number (5.1 ... 8.34, CUS-001) is the one people quote.
  { kind: 'control', table: controls, id: controls.id, ref: controls.code, title: controls.title, fields: [controls.description], route: () => '/clause/6.1' },
  { kind: 'metric', table: metrics, id: metrics.id, ref: metrics.ref, title: metrics.title, fields: [metrics.informationNeed, metrics.subject, metrics.dataSource], route: (id) => `/clause/9.1/metric/${id}` },
  { kind: 'person', table: people, id: people.id, ref: people.ref, title: people.name, fields: [people.email, people.jobTitle], route: () => '/people' },
  { kind: 'unit', table: orgUnits, id: orgUnits.id, ref: orgUnits.ref, title: orgUnits.name, fields: [orgUnits.description], route: () => '/people' },
];

const TITLE_MAX = 160;
const SNIPPET_RADIUS = 60;

/** The words typed, each matched on its own ("supplier outage" finds "outage at our supplier"). */
export function searchTerms(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 8);
}

/** A piece of `text` around the first term found in it, on one line, with an ellipsis where cut. */
export function snippetOf(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return '';
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(flat.length, at + SNIPPET_RADIUS * 2);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Every record whose id, title or description holds every word typed, read in the main process.
 * Records whose title holds the whole text come first; then by kind in clause order, then by title.
 */
export function searchRecords(ws: Workspace, q: z.output<typeof SearchQuery>): { items: SearchHit[]; total: number } {
  const terms = searchTerms(q.text);
  const phrase = q.text.trim().toLowerCase();
  const hits: (SearchHit & { rank: number; order: number })[] = [];
  let total = 0;
  SOURCES.forEach((src, order) => {
    const columns = [src.ref, src.id, src.title, ...src.fields];
    const where: SQL | undefined = and(...terms.map((t) => or(...columns.map((c) => contains(c, t)))!));
    total += ws.db.select({ n: count() }).from(src.table).where(where).get()?.n ?? 0;
    const rows = ws.db
      .select({ id: sql<string>`${src.id}`, ref: sql<string | null>`${src.ref}`, title: sql<string>`${src.title}`, body: sql<string>`${src.fields.length ? sql.join(src.fields, sql` || ' ' || `) : sql`''`}` })
      .from(src.table)
      .where(where)
      .orderBy(asc(sql`lower(${src.title})`))
      .limit(q.limit)
      .all();
    for (const r of rows) {
      const heading = `${r.ref ?? ''} ${r.title}`.toLowerCase();
      const inTitle = terms.every((t) => heading.includes(t));
      hits.push({
        kind: src.kind,
        id: r.id,
        ref: r.ref,
        title: cut(r.title, TITLE_MAX),
        snippet: inTitle ? '' : snippetOf(r.body, terms),
        route: src.route(r.id),
        rank: heading.includes(phrase) ? 0 : inTitle ? 1 : 2,
        order,
      });
    }
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order || a.title.localeCompare(b.title));
  return { items: hits.slice(0, q.limit).map(({ rank: _r, order: _o, ...hit }) => hit), total };
}
