import { asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { PlanFields as PlanSchema, type Plan, type PlanFields, type PlanPatch, type Training, type TrainingFields, type TrainingPatch } from '../../../shared/contract/competence';
import type { Reference } from '../../../shared/contract/common';
import { mergePatch } from '../validation';
import type { Workspace } from '../db/open';
import { people, skills, trainingPlans, trainingRecords } from '../db/schema';
import { write } from '../db/write';
import { assertPerson } from './people';
import { dateFieldError, todayOf } from './dates';
import { assertSkill, putLevel } from './competence';
import { evidenceBy, evidenceRowsOf, removeEvidenceRows, storeFiles } from './skillAudits';
import { assertDeleteConfirmed } from './references';

/* 7.2 c) and d): training planned to close gaps, and training that took place with its evidence. */

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

const currentLevel = sql<number>`coalesce((select "ps"."level" from "person_skills" as "ps" where "ps"."person_id" = "training_plans"."person_id" and "ps"."skill_id" = "training_plans"."skill_id"), 0)`;

export function listPlans(ws: Workspace, personId?: string): Plan[] {
  const today = todayOf(ws);
  return ws.db
    .select({ p: trainingPlans, personName: people.name, skillName: skills.name, currentLevel })
    .from(trainingPlans)
    .innerJoin(people, eq(trainingPlans.personId, people.id))
    .innerJoin(skills, eq(trainingPlans.skillId, skills.id))
    .where(personId ? eq(trainingPlans.personId, personId) : undefined)
    .orderBy(asc(trainingPlans.dueDate), asc(people.name))
    .all()
    .map(({ p, personName, skillName, currentLevel: level }) => ({
      id: p.id,
      ref: p.ref,
      personId: p.personId,
      personName,
      skillId: p.skillId,
      skillName,
      targetLevel: p.targetLevel,
      currentLevel: level,
      dueDate: p.dueDate,
      status: p.status as Plan['status'],
      note: p.note,
      overdue: p.status === 'planned' && p.dueDate < today,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      createdBy: p.createdBy,
      updatedBy: p.updatedBy,
    }));
}

export function getPlan(ws: Workspace, id: string): Plan {
  const row = ws.db.select({ personId: trainingPlans.personId }).from(trainingPlans).where(eq(trainingPlans.id, id)).get();
  const plan = row && listPlans(ws, row.personId).find((p) => p.id === id);
  if (!plan) throw notFound('Training plan', id);
  return plan;
}

export function createPlan(ws: Workspace, input: z.output<typeof PlanFields>): Plan {
  assertPerson(ws, input.personId, 'personId');
  assertSkill(ws, input.skillId);
  return getPlan(ws, write(ws, (w) => w.insert(trainingPlans, input)).id);
}

export function updatePlan(ws: Workspace, { id, ...patch }: z.output<typeof PlanPatch>): Plan {
  const merged = mergePatch(PlanSchema, getPlan(ws, id), patch);
  assertSkill(ws, merged.skillId);
  write(ws, (w) => w.update(trainingPlans, id, { skillId: merged.skillId, targetLevel: merged.targetLevel, dueDate: merged.dueDate, status: merged.status, note: merged.note }));
  return getPlan(ws, id);
}

export function planReferences(ws: Workspace, id: string): Reference[] {
  return ws.db.select({ id: trainingRecords.id, ref: trainingRecords.ref, title: trainingRecords.title }).from(trainingRecords).where(eq(trainingRecords.planId, id)).all().map((r) => ({ kind: 'competence.training', id: r.id, label: `Training record ${r.ref} "${r.title}" (keeps its text)`, effect: 'unlinked' as const }));
}

export function deletePlan(ws: Workspace, id: string, confirm: boolean) {
  const plan = getPlan(ws, id);
  assertDeleteConfirmed(`Training plan ${plan.ref}`, planReferences(ws, id), confirm);
  write(ws, (w) => w.remove(trainingPlans, id));
}

// ---------- training records ----------

export function listTraining(ws: Workspace, personId?: string): Training[] {
  const rows = ws.db
    .select({ t: trainingRecords, personName: people.name, skillName: skills.name, planRef: trainingPlans.ref })
    .from(trainingRecords)
    .innerJoin(people, eq(trainingRecords.personId, people.id))
    .leftJoin(skills, eq(trainingRecords.skillId, skills.id))
    .leftJoin(trainingPlans, eq(trainingRecords.planId, trainingPlans.id))
    .where(personId ? eq(trainingRecords.personId, personId) : undefined)
    .orderBy(desc(trainingRecords.completedOn), desc(trainingRecords.createdAt))
    .all();
  const evidence = evidenceBy(ws, 'trainingId', rows.map((r) => r.t.id));
  return rows.map(({ t, personName, skillName, planRef }) => ({
    id: t.id,
    ref: t.ref,
    personId: t.personId,
    personName,
    title: t.title,
    completedOn: t.completedOn,
    provider: t.provider,
    skillId: t.skillId,
    skillName,
    levelReached: t.levelReached,
    planId: t.planId,
    planRef,
    note: t.note,
    evidence: evidence.get(t.id) ?? [],
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    createdBy: t.createdBy,
    updatedBy: t.updatedBy,
  }));
}

export function getTraining(ws: Workspace, id: string): Training {
  const row = ws.db.select({ personId: trainingRecords.personId }).from(trainingRecords).where(eq(trainingRecords.id, id)).get();
  const t = row && listTraining(ws, row.personId).find((x) => x.id === id);
  if (!t) throw notFound('Training record', id);
  return t;
}

const assertCompleted = (ws: Workspace, on: string) => {
  if (on > todayOf(ws)) throw dateFieldError('completedOn', 'Training is recorded once it happened: its date cannot be in the future.');
};

export function createTraining(ws: Workspace, input: z.output<typeof TrainingFields>): Training {
  assertCompleted(ws, input.completedOn);
  assertPerson(ws, input.personId, 'personId');
  if (input.skillId) assertSkill(ws, input.skillId);
  const plan = input.planId ? getPlan(ws, input.planId) : null;
  if (input.levelReached !== null && !input.skillId && !plan) throw invalid('levelReached', 'Say which skill the level was reached in (or the training plan it carries out).');
  if (plan && plan.personId !== input.personId) throw invalid('planId', `Training plan ${plan.ref} is for ${plan.personName}, not for this person.`);
  if (plan && input.skillId && plan.skillId !== input.skillId) throw invalid('planId', `Training plan ${plan.ref} is for the skill "${plan.skillName}".`);
  const skillId = input.skillId ?? plan?.skillId ?? null;
  const id = write(ws, (w) => {
    const row = w.insert(trainingRecords, { personId: input.personId, title: input.title, completedOn: input.completedOn, provider: input.provider, skillId, levelReached: input.levelReached, planId: input.planId, note: input.note });
    if (skillId && input.levelReached !== null) putLevel(w, { personId: input.personId, skillId, level: input.levelReached, assessedOn: input.completedOn, source: 'training', note: `Training ${row.ref}` });
    if (plan && plan.status === 'planned' && input.levelReached !== null && input.levelReached >= plan.targetLevel) w.update(trainingPlans, plan.id, { status: 'done' });
    storeFiles(w, input.files, { trainingId: row.id });
    return row.id;
  });
  return getTraining(ws, id);
}

export function updateTraining(ws: Workspace, { id, ...patch }: z.output<typeof TrainingPatch>): Training {
  const current = getTraining(ws, id);
  const next = { title: patch.title ?? current.title, completedOn: patch.completedOn ?? current.completedOn, provider: patch.provider ?? current.provider, note: patch.note ?? current.note };
  assertCompleted(ws, next.completedOn);
  write(ws, (w) => w.update(trainingRecords, id, next));
  return getTraining(ws, id);
}

export function deleteTraining(ws: Workspace, id: string) {
  getTraining(ws, id);
  const files = evidenceRowsOf(ws, 'trainingId', id);
  write(ws, (w) => {
    removeEvidenceRows(w, files);
    w.remove(trainingRecords, id);
  });
}
