import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { CampaignCheck, type AttendanceSave, type Campaign, type CampaignDetail, type CampaignFields, type CampaignPatch, type Coverage } from '../../../shared/contract/awareness';
import type { Reference } from '../../../shared/contract/common';
import { mergePatch } from '../validation';
import type { Workspace } from '../db/open';
import { awarenessAttendance, awarenessAudience, awarenessCampaigns, orgUnits, people, roleAssignments, roles } from '../db/schema';
import { write, type Writer } from '../db/write';
import { attachmentMetas, removeAttachment, storeAttachment } from './attachments';
import { assertDeleteConfirmed } from './references';
import { todayOf } from './dates';

/* 7.3 awareness: campaigns, who they reached, how well they worked, and who was not reached this year. */

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });

type Row = typeof awarenessCampaigns.$inferSelect;

function audienceOf(ws: Workspace, campaignIds: string[]) {
  const map = new Map<string, { roleIds: string[]; personIds: string[] }>();
  if (campaignIds.length === 0) return map;
  for (const a of ws.db.select().from(awarenessAudience).where(inArray(awarenessAudience.campaignId, campaignIds)).orderBy(asc(awarenessAudience.createdAt)).all()) {
    const entry = map.get(a.campaignId) ?? { roleIds: [], personIds: [] };
    if (a.roleId) entry.roleIds.push(a.roleId);
    if (a.personId) entry.personIds.push(a.personId);
    map.set(a.campaignId, entry);
  }
  return map;
}

/** Everyone in the register, by name. */
const everyone = (ws: Workspace) => ws.db.select({ personId: people.id, personName: people.name }).from(people).orderBy(asc(people.name)).all();

/** The people a campaign is meant for: everyone, or the holders of the chosen roles and the chosen people. */
function audiencePeople(ws: Workspace, c: { audience: string }, chosen: { roleIds: string[]; personIds: string[] }) {
  const all = everyone(ws);
  if (c.audience === 'everyone') return all;
  const holders = chosen.roleIds.length ? ws.db.select({ personId: roleAssignments.personId }).from(roleAssignments).where(inArray(roleAssignments.roleId, chosen.roleIds)).all().map((r) => r.personId) : [];
  const wanted = new Set([...holders, ...chosen.personIds]);
  return all.filter((p) => wanted.has(p.personId));
}

function attendanceOf(ws: Workspace, campaignId: string) {
  return ws.db
    .select({ id: awarenessAttendance.id, personId: awarenessAttendance.personId, personName: people.name, quizScore: awarenessAttendance.quizScore })
    .from(awarenessAttendance)
    .innerJoin(people, eq(awarenessAttendance.personId, people.id))
    .where(eq(awarenessAttendance.campaignId, campaignId))
    .orderBy(asc(people.name))
    .all();
}

function shape(ws: Workspace, c: Row, chosen: { roleIds: string[]; personIds: string[] }, metas: ReturnType<typeof attachmentMetas>): CampaignDetail {
  const attendance = attendanceOf(ws, c.id);
  const audience = audiencePeople(ws, c, chosen);
  const came = new Set(attendance.map((a) => a.personId));
  const scores = attendance.flatMap((a) => (a.quizScore === null ? [] : [a.quizScore]));
  return {
    id: c.id,
    ref: c.ref,
    topic: c.topic,
    description: c.description,
    heldOn: c.heldOn,
    audience: c.audience as Campaign['audience'],
    roleIds: chosen.roleIds,
    personIds: chosen.personIds,
    materialText: c.materialText,
    materialLink: c.materialLink,
    materialFile: c.materialAttachmentId ? (metas.get(c.materialAttachmentId) ?? null) : null,
    effectiveness: c.effectiveness,
    effectivenessNote: c.effectivenessNote,
    audienceSize: audience.length,
    attended: attendance.length,
    averageScore: scores.length ? Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) / 10 : null,
    attendance,
    missing: audience.filter((p) => !came.has(p.personId)),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    createdBy: c.createdBy,
    updatedBy: c.updatedBy,
  };
}

export function allCampaigns(ws: Workspace): CampaignDetail[] {
  const rows = ws.db.select().from(awarenessCampaigns).orderBy(desc(awarenessCampaigns.heldOn), desc(awarenessCampaigns.createdAt)).all();
  const chosen = audienceOf(ws, rows.map((r) => r.id));
  const metas = attachmentMetas(ws);
  return rows.map((r) => shape(ws, r, chosen.get(r.id) ?? { roleIds: [], personIds: [] }, metas));
}

export function listCampaigns(ws: Workspace): Campaign[] {
  return allCampaigns(ws).map(({ attendance: _a, missing: _m, ...c }) => c);
}

export function getCampaign(ws: Workspace, id: string): CampaignDetail {
  const row = ws.db.select().from(awarenessCampaigns).where(eq(awarenessCampaigns.id, id)).get();
  if (!row) throw notFound('Awareness campaign', id);
  return shape(ws, row, audienceOf(ws, [id]).get(id) ?? { roleIds: [], personIds: [] }, attachmentMetas(ws));
}

function checkAudience(ws: Workspace, v: { roleIds: string[]; personIds: string[] }) {
  const known = (table: typeof roles | typeof people, list: string[]) => new Set(list.length ? ws.db.select({ id: table.id }).from(table).where(inArray(table.id, list)).all().map((r) => r.id) : []);
  const r = known(roles, v.roleIds);
  v.roleIds.forEach((id, i) => {
    if (!r.has(id)) throw new AppError('NOT_FOUND', 'That role does not exist.', { field: `roleIds.${i}`, id });
  });
  const p = known(people, v.personIds);
  v.personIds.forEach((id, i) => {
    if (!p.has(id)) throw new AppError('NOT_FOUND', 'That person is not in the people register.', { field: `personIds.${i}`, id });
  });
}

const unique = (list: string[]) => [...new Set(list)];

function writeAudience(w: Writer, campaignId: string, v: { audience: string; roleIds: string[]; personIds: string[] }) {
  for (const row of w.db.select({ id: awarenessAudience.id }).from(awarenessAudience).where(eq(awarenessAudience.campaignId, campaignId)).all()) w.remove(awarenessAudience, row.id);
  if (v.audience !== 'chosen') return;
  for (const roleId of unique(v.roleIds)) w.insert(awarenessAudience, { campaignId, roleId, personId: null });
  for (const personId of unique(v.personIds)) w.insert(awarenessAudience, { campaignId, roleId: null, personId });
}

const columnsOf = (v: z.output<typeof CampaignCheck>) => ({ topic: v.topic, description: v.description, heldOn: v.heldOn, audience: v.audience, materialText: v.materialText, materialLink: v.materialLink, effectiveness: v.effectiveness, effectivenessNote: v.effectivenessNote });

export function createCampaign(ws: Workspace, input: z.output<typeof CampaignFields>): CampaignDetail {
  checkAudience(ws, input);
  const id = write(ws, (w) => {
    const file = input.materialFile ? storeAttachment(w, input.materialFile, 'materialFile.dataBase64') : null;
    const row = w.insert(awarenessCampaigns, { ...columnsOf(input), materialAttachmentId: file?.id ?? null });
    writeAudience(w, row.id, input);
    return row.id;
  });
  return getCampaign(ws, id);
}

export function updateCampaign(ws: Workspace, { id, materialFile, ...patch }: z.output<typeof CampaignPatch>): CampaignDetail {
  const current = getCampaign(ws, id);
  const merged = mergePatch(CampaignCheck, current, patch);
  checkAudience(ws, merged);
  const oldFile = ws.db.select({ id: awarenessCampaigns.materialAttachmentId }).from(awarenessCampaigns).where(eq(awarenessCampaigns.id, id)).get()?.id ?? null;
  write(ws, (w) => {
    let fileId = oldFile;
    if (materialFile !== undefined) fileId = materialFile ? storeAttachment(w, materialFile, 'materialFile.dataBase64').id : null;
    w.update(awarenessCampaigns, id, { ...columnsOf(merged), materialAttachmentId: fileId });
    if (oldFile && fileId !== oldFile) removeAttachment(w, oldFile);
    if (patch.audience !== undefined || patch.roleIds !== undefined || patch.personIds !== undefined) writeAudience(w, id, merged);
  });
  return getCampaign(ws, id);
}

export function campaignReferences(ws: Workspace, id: string): Reference[] {
  return attendanceOf(ws, id).map((a) => ({ kind: 'awareness.attendance', id: a.id, label: `Attendance of ${a.personName}`, effect: 'deleted' as const }));
}

export function deleteCampaign(ws: Workspace, id: string, confirm: boolean) {
  const c = getCampaign(ws, id);
  assertDeleteConfirmed(`Awareness campaign ${c.ref}`, campaignReferences(ws, id), confirm);
  write(ws, (w) => {
    w.remove(awarenessCampaigns, id);
    if (c.materialFile) removeAttachment(w, c.materialFile.id);
  });
}

export function saveAttendance(ws: Workspace, input: z.output<typeof AttendanceSave>): CampaignDetail {
  getCampaign(ws, input.campaignId);
  const seen = new Set<string>();
  input.rows.forEach((r, i) => {
    if (seen.has(r.personId)) throw invalid('rows', `Each person is listed once (row ${i + 1} repeats one).`);
    seen.add(r.personId);
  });
  checkAudience(ws, { roleIds: [], personIds: input.rows.map((r) => r.personId) });
  write(ws, (w) => {
    const existing = new Map(w.db.select().from(awarenessAttendance).where(eq(awarenessAttendance.campaignId, input.campaignId)).all().map((a) => [a.personId, a]));
    for (const r of input.rows) {
      const known = existing.get(r.personId);
      if (!known) w.insert(awarenessAttendance, { campaignId: input.campaignId, personId: r.personId, quizScore: r.quizScore });
      else if (known.quizScore !== r.quizScore) w.update(awarenessAttendance, known.id, { quizScore: r.quizScore });
      existing.delete(r.personId);
    }
    for (const gone of existing.values()) w.remove(awarenessAttendance, gone.id);
  });
  return getCampaign(ws, input.campaignId);
}

/** Who in the people register no campaign held in `year` reached (this calendar year by default). */
export function coverage(ws: Workspace, year = Number(todayOf(ws).slice(0, 4))): Coverage {
  const reachedIn = new Set(
    ws.db
      .select({ personId: awarenessAttendance.personId })
      .from(awarenessAttendance)
      .innerJoin(awarenessCampaigns, eq(awarenessAttendance.campaignId, awarenessCampaigns.id))
      .where(and(gte(awarenessCampaigns.heldOn, `${year}-01-01`), lte(awarenessCampaigns.heldOn, `${year}-12-31`)))
      .all()
      .map((r) => r.personId),
  );
  const last = new Map<string, string>();
  for (const r of ws.db.select({ personId: awarenessAttendance.personId, heldOn: awarenessCampaigns.heldOn }).from(awarenessAttendance).innerJoin(awarenessCampaigns, eq(awarenessAttendance.campaignId, awarenessCampaigns.id)).all()) {
    if (!last.has(r.personId) || last.get(r.personId)! < r.heldOn) last.set(r.personId, r.heldOn);
  }
  const all = ws.db.select({ personId: people.id, personRef: people.ref, personName: people.name, unitName: orgUnits.name }).from(people).leftJoin(orgUnits, eq(people.unitId, orgUnits.id)).orderBy(asc(people.name)).all();
  return {
    year,
    inScope: all.length,
    reached: all.filter((p) => reachedIn.has(p.personId)).length,
    notReached: all.filter((p) => !reachedIn.has(p.personId)).map((p) => ({ ...p, lastReachedOn: last.get(p.personId) ?? null })),
  };
}
