import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { CLOSED_OBJECTIVE_STATUSES, ObjectiveFields, type Objective, type ObjectiveStatus, type ProgressEntry, type ProgressInput } from '../../../shared/contract/objectives';
import { smartCheck } from '../../../shared/objectives';
import type { Workspace } from '../db/open';
import { metrics, objectiveLinks, objectiveProgress, objectives, people, policies, resourceLines, risks } from '../db/schema';
import { write, type Writer } from '../db/write';
import { mergePatch } from '../validation';
import { dateFieldError, todayOf } from './dates';
import { assertPerson } from './people';
import { assertDeleteConfirmed, objectiveReferences } from './references';
import { allMetrics } from './metrics';
import type { LinkedMetric } from '../../../shared/contract/objectives';

type ObjectiveValues = z.output<typeof ObjectiveFields>;

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

/** Every objective with its links, SMART check and history, in id order. */
export function listObjectives(ws: Workspace): Objective[] {
  const db = ws.db;
  const links = db
    .select({ objectiveId: objectiveLinks.objectiveId, kind: objectiveLinks.kind, metricId: objectiveLinks.metricId, riskId: risks.id, riskRef: risks.ref, riskTitle: risks.title })
    .from(objectiveLinks)
    .leftJoin(risks, eq(objectiveLinks.riskId, risks.id))
    .orderBy(asc(risks.ref))
    .all();
  const history = db.select().from(objectiveProgress).orderBy(asc(objectiveProgress.recordedOn), asc(objectiveProgress.createdAt)).all();
  const lines = new Map(
    db
      .select({ objectiveId: resourceLines.objectiveId, n: count() })
      .from(resourceLines)
      .groupBy(resourceLines.objectiveId)
      .all()
      .map((r) => [r.objectiveId, r.n]),
  );
  // Metrics are a few dozen rows; their latest value and status are derived, so read them only when linked.
  const linkedMetrics = new Map<string, LinkedMetric>();
  if (links.some((l) => l.kind === 'metric')) {
    for (const m of allMetrics(ws)) {
      linkedMetrics.set(m.id, { id: m.id, ref: m.ref, title: m.title, unit: m.unit, latest: m.latest ? { period: m.latest.period, value: m.latest.value, status: m.latest.status } : null });
    }
  }
  return db
    .select({ o: objectives, ownerName: people.name, policyTitle: policies.title })
    .from(objectives)
    .leftJoin(people, eq(objectives.ownerId, people.id))
    .leftJoin(policies, eq(objectives.policyId, policies.id))
    .orderBy(asc(objectives.createdAt))
    .all()
    .map(({ o, ownerName, policyTitle }) => {
      const mine = links.filter((l) => l.objectiveId === o.id);
      const linkedRisks = mine.filter((l) => l.kind === 'risk' && l.riskId).map((l) => ({ id: l.riskId!, ref: l.riskRef!, title: l.riskTitle! }));
      const metric = linkedMetrics.get(mine.find((l) => l.kind === 'metric')?.metricId ?? '') ?? null;
      const fields = { ...o, riskIds: linkedRisks.map((r) => r.id), metricId: metric?.id ?? null };
      const resourceCount = lines.get(o.id) ?? 0;
      return {
        ...fields,
        status: o.status as ObjectiveStatus,
        ownerName,
        policyTitle,
        risks: linkedRisks,
        metric,
        resourceLines: resourceCount,
        smart: smartCheck({ ...fields, resourceLines: resourceCount }),
        history: history.filter((h) => h.objectiveId === o.id).map(
          (h): ProgressEntry => ({ id: h.id, recordedOn: h.recordedOn, status: h.status as ObjectiveStatus, progress: h.progress, currentValue: h.currentValue, note: h.note, createdBy: h.createdBy }),
        ),
      };
    })
    .sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

export function getObjective(ws: Workspace, id: string): Objective {
  const o = listObjectives(ws).find((x) => x.id === id);
  if (!o) throw notFound('Objective', id);
  return o;
}

/** The references an objective may hold: each must exist. */
function checkLinks(ws: Workspace, input: ObjectiveValues) {
  assertPerson(ws, input.ownerId);
  if (input.policyId && !ws.db.select({ id: policies.id }).from(policies).where(eq(policies.id, input.policyId)).get()) {
    throw new AppError('NOT_FOUND', 'That policy is not in this workspace.', { field: 'policyId', id: input.policyId });
  }
  const wanted = [...new Set(input.riskIds)];
  if (wanted.length) {
    const found = new Set(ws.db.select({ id: risks.id }).from(risks).where(inArray(risks.id, wanted)).all().map((r) => r.id));
    const missing = wanted.find((id) => !found.has(id));
    if (missing) throw new AppError('NOT_FOUND', 'That risk is not in the risk register.', { field: 'riskIds', id: missing });
  }
  if (input.metricId && !ws.db.select({ id: metrics.id }).from(metrics).where(eq(metrics.id, input.metricId)).get()) {
    throw new AppError('NOT_FOUND', 'That metric is not in the 9.1 metrics register.', { field: 'metricId', id: input.metricId });
  }
}

const columnsOf = ({ riskIds: _r, metricId: _m, ...columns }: ObjectiveValues) => columns;

function syncRisks(w: Writer, objectiveId: string, riskIds: string[]) {
  const current = w.db.select({ id: objectiveLinks.id, riskId: objectiveLinks.riskId }).from(objectiveLinks).where(and(eq(objectiveLinks.objectiveId, objectiveId), eq(objectiveLinks.kind, 'risk'))).all();
  const want = new Set(riskIds);
  for (const row of current) if (!row.riskId || !want.has(row.riskId)) w.remove(objectiveLinks, row.id);
  const have = new Set(current.map((r) => r.riskId));
  for (const riskId of want) if (!have.has(riskId)) w.insert(objectiveLinks, { objectiveId, kind: 'risk', riskId, metricId: null });
}

/** One objective is measured by at most one metric; the link has no foreign key, so a deleted metric's links go with it. */
function syncMetric(w: Writer, objectiveId: string, metricId: string | null) {
  const current = w.db.select({ id: objectiveLinks.id, metricId: objectiveLinks.metricId }).from(objectiveLinks).where(and(eq(objectiveLinks.objectiveId, objectiveId), eq(objectiveLinks.kind, 'metric'))).all();
  if (current.length === 1 && current[0]!.metricId === metricId) return;
  for (const row of current) w.remove(objectiveLinks, row.id);
  if (metricId) w.insert(objectiveLinks, { objectiveId, kind: 'metric', riskId: null, metricId });
}

export function createObjective(ws: Workspace, input: ObjectiveValues): Objective {
  checkLinks(ws, input);
  const id = write(ws, (w) => {
    const row = w.insert(objectives, { ...columnsOf(input), status: 'not-started', progress: 0, currentValue: null });
    syncRisks(w, row.id, input.riskIds);
    syncMetric(w, row.id, input.metricId);
    return row.id;
  });
  return getObjective(ws, id);
}

export function updateObjective(ws: Workspace, id: string, patch: Partial<ObjectiveValues>): Objective {
  const current = getObjective(ws, id);
  const merged = mergePatch(ObjectiveFields, current, patch);
  checkLinks(ws, merged);
  write(ws, (w) => {
    w.update(objectives, id, columnsOf(merged));
    if (patch.riskIds) syncRisks(w, id, merged.riskIds);
    if (patch.metricId !== undefined) syncMetric(w, id, merged.metricId);
  });
  return getObjective(ws, id);
}

export function deleteObjective(ws: Workspace, id: string, confirm = false) {
  const o = getObjective(ws, id);
  assertDeleteConfirmed(`The objective "${o.title}"`, objectiveReferences(ws, id), confirm);
  write(ws, (w) => w.remove(objectives, id));
}

/** A dated status and progress, kept as history; the objective shows the latest. */
export function recordProgress(ws: Workspace, input: z.output<typeof ProgressInput>): Objective {
  getObjective(ws, input.objectiveId);
  const recordedOn = input.recordedOn ?? todayOf(ws);
  if (recordedOn > todayOf(ws)) throw dateFieldError('recordedOn', 'Progress cannot be recorded for a day in the future.');
  const latest = ws.db.select().from(objectiveProgress).where(eq(objectiveProgress.objectiveId, input.objectiveId)).orderBy(desc(objectiveProgress.recordedOn)).get();
  if (latest && recordedOn < latest.recordedOn) throw dateFieldError('recordedOn', `The latest entry is dated ${latest.recordedOn}; record a later or the same day.`);
  if (input.status === 'achieved' && input.progress !== 100) throw invalid('progress', 'An achieved objective is at 100 %. Set progress to 100 or choose another status.');
  write(ws, (w) => {
    w.insert(objectiveProgress, { objectiveId: input.objectiveId, recordedOn, status: input.status, progress: input.progress, currentValue: input.currentValue, note: input.note });
    w.update(objectives, input.objectiveId, { status: input.status, progress: input.progress, ...(input.currentValue === null ? {} : { currentValue: input.currentValue }) });
  });
  return getObjective(ws, input.objectiveId);
}

export const isOpenObjective = (o: Pick<Objective, 'status'>) => !CLOSED_OBJECTIVE_STATUSES.includes(o.status);
