import { INPUT_KEYS, INPUT_TITLES, type CompiledInput, type Figure, type InputKey } from '../../../shared/contract/reviews';
import { LEVEL_LABEL, levelOfRank, RISK_LEVELS } from '../../../shared/contract/riskMethod';
import { RAG_LABEL, type Rag } from '../../../shared/metrics/status';
import { addDaysIso } from '../../../shared/suppliers';
import type { Workspace } from '../db/open';
import { allMetrics } from './metrics';

/**
 * 9.3.2: the inputs of a management review, computed from the workspace's own records over the
 * review's period [from, to] (both days included). Read-only: nothing here writes, so a draft
 * review always shows the data as it stands; sign-off freezes the result (services/reviews.ts).
 * `asOf` is the day "open" and "overdue" are judged on: the meeting day, or today when earlier.
 */
export interface Window {
  reviewId: string;
  meetingDate: string;
  createdAt: string;
  from: string;
  to: string;
  asOf: string;
}

type Row = Record<string, unknown>;
const MAX_LINES = 40;

const all = (ws: Workspace, q: string, ...args: unknown[]) => ws.sqlite.prepare(q).all(...args) as Row[];
const one = (ws: Workspace, q: string, ...args: unknown[]) => Number((ws.sqlite.prepare(q).get(...args) as { n: number } | undefined)?.n ?? 0);
const fig = (label: string, value: number | string): Figure => ({ label, value });
const clip = (lines: string[]) => (lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more`] : lines);
const stamps = (w: Window) => [`${w.from}T00:00:00.000Z`, `${addDaysIso(w.to, 1)}T00:00:00.000Z`] as const;

/** Rows added, changed and removed in the window, from the change log (the audit trail). */
function changesIn(ws: Workspace, w: Window, table: string, label: (values: Row) => string) {
  const [start, end] = stamps(w);
  const rows = all(ws, 'select row_id, op, before, after from change_log where table_name = ? and at >= ? and at < ? order by seq', table, start, end);
  const byRow = new Map<string, { first: string; last: string; before: string | null; after: string | null }>();
  for (const r of rows) {
    const id = String(r.row_id);
    const seen = byRow.get(id);
    if (!seen) byRow.set(id, { first: String(r.op), last: String(r.op), before: (r.before as string) ?? null, after: (r.after as string) ?? null });
    else Object.assign(seen, { last: String(r.op), after: (r.after as string) ?? null });
  }
  const parse = (json: string | null): Row => {
    try {
      return json ? (JSON.parse(json) as Row) : {};
    } catch {
      return {};
    }
  };
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const c of byRow.values()) {
    // A row added and removed inside the window never reached a review; it is left out.
    if (c.first === 'insert' && c.last === 'delete') continue;
    if (c.last === 'delete') removed.push(`removed: ${label(parse(c.before))}`);
    else if (c.first === 'insert') added.push(`added: ${label(parse(c.after))}`);
    else changed.push(`changed: ${label(parse(c.after))}`);
  }
  return { added, changed, removed };
}

const refTitle = (key: string) => (v: Row) => [v.ref, v[key]].filter(Boolean).join(' ') || 'a record';

/** a) Actions decided at earlier reviews: counted by status, open ones listed (by query, never copied). */
function earlierActions(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const rows = all(
    ws,
    `select a.ref, a.title, a.status, a.due_date as due, a.completed_on as completed, r.ref as review, p.name as owner
       from management_review_actions a join management_reviews r on r.id = a.review_id left join people p on p.id = a.owner_id
      where r.id <> ? and (r.meeting_date < ? or (r.meeting_date = ? and r.created_at < ?))
      order by a.due_date is null, a.due_date, a.ref`,
    w.reviewId, w.meetingDate, w.meetingDate, w.createdAt,
  );
  const open = rows.filter((r) => r.status === 'open');
  const overdue = open.filter((r) => r.due && String(r.due) < w.asOf);
  const inWindow = (r: Row) => r.completed && String(r.completed) >= w.from && String(r.completed) <= w.to;
  return {
    key: 'a',
    title: INPUT_TITLES.a,
    basis: 'Actions recorded at earlier management reviews, with their status as it stands; open actions stay here until they are done or cancelled.',
    figures: [fig('Open', open.length), fig('Overdue', overdue.length), fig('Done in the period', rows.filter((r) => r.status === 'done' && inWindow(r)).length), fig('Cancelled in the period', rows.filter((r) => r.status === 'cancelled' && inWindow(r)).length)],
    lines: clip(open.map((r) => `${r.ref} ${r.title} (from ${r.review}; ${r.owner ?? 'no owner'}; ${r.due ? `due ${r.due}${String(r.due) < w.asOf ? ', overdue' : ''}` : 'no due date'})`)),
  };
}

function changeInput(key: 'b' | 'c', title: string, basis: string, parts: Array<{ what: string; one: string; changes: ReturnType<typeof changesIn> }>): Omit<CompiledInput, 'note'> {
  return {
    key,
    title,
    basis,
    figures: parts.flatMap((p) => [fig(`${p.what} added`, p.changes.added.length), fig(`${p.what} changed`, p.changes.changed.length), fig(`${p.what} removed`, p.changes.removed.length)]),
    lines: clip(parts.flatMap((p) => [...p.changes.added, ...p.changes.changed, ...p.changes.removed].map((l) => `${p.one} ${l}`))),
  };
}

/** d1) Nonconformities and corrective actions in the period, by source. */
function nonconformities(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const opened = all(ws, 'select source, count(*) as n from nonconformities where raised_on between ? and ? group by source order by source', w.from, w.to);
  const openedTotal = opened.reduce((n, r) => n + Number(r.n), 0);
  return {
    key: 'd1',
    title: INPUT_TITLES.d1,
    basis: 'Nonconformities raised and closed in the period (10.2), those still open, and corrective actions past their due date on the day judged.',
    figures: [
      fig('Raised in the period', openedTotal),
      fig('Closed in the period', one(ws, 'select count(*) as n from nonconformities where closed_on between ? and ?', w.from, w.to)),
      fig('Open now', one(ws, "select count(*) as n from nonconformities where status <> 'closed'")),
      fig('Corrective actions done in the period', one(ws, "select count(*) as n from corrective_actions where status = 'done' and completed_on between ? and ?", w.from, w.to)),
      fig('Corrective actions overdue', one(ws, "select count(*) as n from corrective_actions where status in ('planned', 'in-progress') and due_date < ?", w.asOf)),
    ],
    lines: opened.map((r) => `Raised from ${String(r.source).replace(/-/g, ' ')}: ${r.n}`),
  };
}

/** d2) 9.1 metrics: each one's latest value and status, and breaches recorded in the period. */
function measurements(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const metrics = allMetrics(ws, w.asOf);
  const count = (s: Rag) => metrics.filter((m) => (m.latest?.status ?? 'none') === s).length;
  const [start, end] = stamps(w);
  const inWindow = all(ws, 'select mm.metric_id as id, mm.value from metric_measurements mm where mm.recorded_at >= ? and mm.recorded_at < ? and not exists (select 1 from metric_measurements s where s.supersedes_id = mm.id)', start, end);
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const breaches = inWindow.filter((r) => {
    const m = byId.get(String(r.id));
    if (!m || m.greenAt === null || m.redAt === null) return false;
    const v = Number(r.value);
    return m.direction === 'higher' ? v < m.redAt : v > m.redAt;
  }).length;
  return {
    key: 'd2',
    title: INPUT_TITLES.d2,
    basis: 'The 9.1 metrics with their latest recorded value and status; breaches are values recorded in the period beyond a metric’s red threshold.',
    figures: [fig('Metrics', metrics.length), fig(RAG_LABEL.green, count('green')), fig(RAG_LABEL.amber, count('amber')), fig(RAG_LABEL.red, count('red')), fig('Without a value', metrics.filter((m) => !m.latest).length), fig('Values recorded in the period', inWindow.length), fig('Breaches in the period', breaches)],
    lines: clip(metrics.map((m) => `${m.ref} ${m.title}: ${m.latest ? `${m.latest.value}${m.unit ? ` ${m.unit}` : ''} for ${m.latest.period}, ${RAG_LABEL[m.latest.status].toLowerCase()}` : 'no value yet'}${m.overduePeriods.length ? `; ${m.overduePeriods.length} overdue` : ''}`)),
  };
}

/** d3) 9.2 audits reported in the period and their findings by verdict. */
function auditResults(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const audits = all(ws, "select id, ref, title, reported_on from audits where status = 'reported' and reported_on between ? and ? order by reported_on", w.from, w.to);
  const ids = audits.map((a) => String(a.id));
  const verdicts = ids.length ? all(ws, `select verdict, count(*) as n from audit_findings where audit_id in (${ids.map(() => '?').join(',')}) group by verdict`, ...ids) : [];
  const n = (v: string) => Number(verdicts.find((r) => r.verdict === v)?.n ?? 0);
  return {
    key: 'd3',
    title: INPUT_TITLES.d3,
    basis: 'Internal audits (9.2) reported in the period, with their findings by verdict.',
    figures: [fig('Audits reported', audits.length), fig('Major nonconformities', n('major')), fig('Minor nonconformities', n('minor')), fig('Observations', n('observation')), fig('Opportunities for improvement', n('ofi')), fig('Audits planned or in progress', one(ws, "select count(*) as n from audits where status in ('planned', 'in-progress')"))],
    lines: audits.map((a) => `${a.ref} ${a.title}, reported ${a.reported_on}`),
  };
}

/** d4) 6.2 objectives: how many stand where, and those past their date. */
function objectives(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const rows = all(ws, 'select ref, title, status, progress, due_date as due from objectives order by ref');
  const by = (s: string) => rows.filter((r) => r.status === s).length;
  const open = (r: Row) => !['achieved', 'not-achieved', 'cancelled'].includes(String(r.status));
  return {
    key: 'd4',
    title: INPUT_TITLES.d4,
    basis: 'The 6.2 information security objectives with their current status and progress.',
    figures: [fig('Objectives', rows.length), fig('Achieved', by('achieved')), fig('On track', by('on-track')), fig('At risk', by('at-risk')), fig('Not started', by('not-started')), fig('Not achieved', by('not-achieved')), fig('Past their date and open', rows.filter((r) => open(r) && r.due && String(r.due) < w.asOf).length)],
    lines: clip(rows.filter((r) => r.status !== 'cancelled').map((r) => `${r.ref} ${r.title}: ${String(r.status).replace(/-/g, ' ')}, ${r.progress}%${r.due ? `, due ${r.due}` : ''}`)),
  };
}

/** e) What the workspace records that comes from interested parties. */
function feedback(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const complaints = all(ws, "select ref, title, raised_on from nonconformities where source = 'complaint' and raised_on between ? and ? order by raised_on", w.from, w.to);
  const log = all(ws, 'select communicated_on as d, topic, audience from communication_log where communicated_on between ? and ? order by communicated_on', w.from, w.to);
  return {
    key: 'e',
    title: INPUT_TITLES.e,
    basis: 'Counted: complaints recorded as nonconformities with the source “complaint” (10.2) and entries of the 7.4 communication log in the period. The workbench keeps no separate feedback register; changes to the parties’ requirements are under c).',
    figures: [fig('Complaints raised', complaints.length), fig('Communications logged', log.length)],
    lines: clip([...complaints.map((c) => `Complaint ${c.ref} ${c.title} (${c.raised_on})`), ...log.map((l) => `Communicated ${l.d}: ${l.topic} to ${l.audience}`)]),
  };
}

/** f) 6.1 and 8.2/8.3: risks by level, acceptances due or expired, the treatment plan, the last run. */
function risk(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const byRank = (col: string) => new Map(all(ws, `select ${col} as r, count(*) as n from risks where ${col} is not null group by ${col}`).map((r) => [Number(r.r), Number(r.n)]));
  const inherent = byRank('inherent_rank');
  const residual = byRank('residual_rank');
  const levels = [...RISK_LEVELS].reverse().map((l) => RISK_LEVELS.indexOf(l) + 1);
  // The latest approved acceptance per risk, with its review date.
  const acceptances = all(ws, "select max(review_date) as due from risk_decisions where kind = 'residual-acceptance' and decision = 'approved' group by risk_id");
  const expired = acceptances.filter((a) => a.due && String(a.due) < w.asOf).length;
  const dueSoon = acceptances.filter((a) => a.due && String(a.due) >= w.asOf && String(a.due) <= addDaysIso(w.asOf, 90)).length;
  const run = ws.sqlite.prepare('select ref, name, run_date from assessment_runs order by run_date desc, ref desc limit 1').get() as Row | undefined;
  const [start, end] = stamps(w);
  return {
    key: 'f',
    title: INPUT_TITLES.f,
    basis: 'The 6.1 risk register by level (before and after treatment), residual-risk acceptances past or within 90 days of their review date, the treatment plan actions and the last dated assessment (8.2).',
    figures: [
      fig('Risks', one(ws, 'select count(*) as n from risks')),
      ...levels.map((r) => fig(`${LEVEL_LABEL[levelOfRank(r)]} (inherent / residual)`, `${inherent.get(r) ?? 0} / ${residual.get(r) ?? 0}`)),
      fig('Added in the period', one(ws, "select count(distinct row_id) as n from change_log where table_name = 'risks' and op = 'insert' and at >= ? and at < ?", start, end)),
      fig('Acceptances expired', expired),
      fig('Acceptances due within 90 days', dueSoon),
      fig('Treatment actions open', one(ws, "select count(*) as n from treatment_actions where status in ('planned', 'in-progress')")),
      fig('Treatment actions overdue', one(ws, "select count(*) as n from treatment_actions where status in ('planned', 'in-progress') and due_date < ?", w.asOf)),
      fig('Treatment actions done', one(ws, "select count(*) as n from treatment_actions where status = 'done'")),
      fig('Last risk assessment', run ? `${run.ref} on ${run.run_date}` : 'none recorded'),
    ],
    lines: run ? [`Last assessment run: ${run.ref} ${run.name}, ${run.run_date}`] : [],
  };
}

/** g) 10.1 improvement register, including the 6.1.1 opportunities kept in it. */
function improvement(ws: Workspace, w: Window): Omit<CompiledInput, 'note'> {
  const [start, end] = stamps(w);
  const rows = all(ws, 'select ref, title, status, source, created_at from improvements order by ref');
  const by = (s: string) => rows.filter((r) => r.status === s).length;
  const planning = rows.filter((r) => r.source === 'planning');
  const waiting = rows.filter((r) => r.status === 'proposed' || r.status === 'evaluated');
  return {
    key: 'g',
    title: INPUT_TITLES.g,
    basis: 'The 10.1 improvement register, including the 6.1.1 opportunities kept there (source “planning”).',
    figures: [
      fig('Proposed in the period', rows.filter((r) => String(r.created_at) >= start && String(r.created_at) < end).length),
      fig('Waiting for a decision', waiting.length),
      fig('Approved, not yet implemented', by('approved')),
      fig('Implemented in the period', one(ws, 'select count(*) as n from improvements where implemented_on between ? and ?', w.from, w.to)),
      fig('Rejected', by('rejected')),
      fig('6.1.1 opportunities', planning.length),
    ],
    lines: clip(waiting.map((r) => `${r.ref} ${r.title} (${r.status}${r.source === 'planning' ? ', 6.1.1' : ''})`)),
  };
}

export function compileInputs(ws: Workspace, w: Window, notes: Partial<Record<InputKey, string>>): CompiledInput[] {
  const context = changesIn(ws, w, 'context_issues', refTitle('title'));
  const parties = changesIn(ws, w, 'parties', refTitle('name'));
  const requirements = changesIn(ws, w, 'party_requirements', refTitle('text'));
  const compiled: Record<InputKey, Omit<CompiledInput, 'note'>> = {
    a: earlierActions(ws, w),
    b: changeInput('b', INPUT_TITLES.b, 'Issues (4.1) added, changed or removed in the period, read from the audit trail.', [{ what: 'Issues', one: 'Issue', changes: context }]),
    c: changeInput('c', INPUT_TITLES.c, 'Interested parties and their requirements (4.2) added, changed or removed in the period, read from the audit trail.', [
      { what: 'Parties', one: 'Party', changes: parties },
      { what: 'Requirements', one: 'Requirement', changes: requirements },
    ]),
    d1: nonconformities(ws, w),
    d2: measurements(ws, w),
    d3: auditResults(ws, w),
    d4: objectives(ws, w),
    e: feedback(ws, w),
    f: risk(ws, w),
    g: improvement(ws, w),
  };
  return INPUT_KEYS.map((k) => ({ ...compiled[k], note: notes[k] ?? '' }));
}
