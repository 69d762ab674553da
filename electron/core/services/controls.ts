import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import { INCLUSION_REASONS, type Control, type ControlPatch, type ControlQuery, type CustomControlFields, type InclusionReason, type SoaCheck } from '../../../shared/contract/controls';
import { ANNEX_A } from '../catalog/annexA';
import type { Workspace } from '../db/open';
import { controlRequirements, controls, parties, partyRequirements, people, riskControls, treatmentActions } from '../db/schema';
import { assertDeleteConfirmed } from './references';
import { customControlReferences } from './riskReferences';
import { write, type Writer } from '../db/write';
import { contains } from './query';
import { assertPerson } from './people';

/** How many risk ids a control lists by name; the rest are counted. */
const REFS_SHOWN = 10;

/** 4.2 requirement types give the SoA's inclusion reason. */
const REASON_OF_REQUIREMENT: Record<string, InclusionReason> = { legal: 'legal', regulatory: 'legal', contractual: 'contractual', expectation: 'business' };

function riskLinks(ws: Workspace, ids: string[]) {
  const counts = new Map<string, number>();
  const refs = new Map<string, string[]>();
  if (ids.length === 0) return { counts, refs };
  for (const r of ws.db.select({ controlId: riskControls.controlId, n: sql<number>`count(*)` }).from(riskControls).where(inArray(riskControls.controlId, ids)).groupBy(riskControls.controlId).all()) counts.set(r.controlId, r.n);
  // The first few risk ids per control, in the order they were linked: each a short walk of the
  // control's index, instead of numbering every link of every control.
  const first = ws.sqlite.prepare(`select r.ref from risk_controls rc join risks r on r.id = rc.risk_id where rc.control_id = ? order by rc.rowid limit ${REFS_SHOWN}`);
  const rows = ids.filter((id) => counts.has(id)).flatMap((controlId) => (first.all(controlId) as { ref: string }[]).map((r) => ({ controlId, ref: r.ref })));
  for (const r of rows) refs.set(r.controlId, [...(refs.get(r.controlId) ?? []), r.ref]);
  return { counts, refs };
}

function requirementLinks(ws: Workspace, ids: string[]) {
  const out = new Map<string, { id: string; reason: InclusionReason; source: string }[]>();
  if (ids.length === 0) return out;
  const rows = ws.db
    .select({ controlId: controlRequirements.controlId, id: partyRequirements.id, type: partyRequirements.type, party: parties.name, text: partyRequirements.text })
    .from(controlRequirements)
    .innerJoin(partyRequirements, eq(controlRequirements.requirementId, partyRequirements.id))
    .innerJoin(parties, eq(partyRequirements.partyId, parties.id))
    .where(inArray(controlRequirements.controlId, ids))
    .all();
  for (const r of rows) out.set(r.controlId, [...(out.get(r.controlId) ?? []), { id: r.id, reason: REASON_OF_REQUIREMENT[r.type] ?? 'business', source: `${r.party}: ${r.text}` }]);
  return out;
}

type ControlRow = typeof controls.$inferSelect & { ownerName: string | null };

function hydrate(ws: Workspace, rows: ControlRow[]): Control[] {
  const ids = rows.map((r) => r.id);
  const { counts, refs } = riskLinks(ws, ids);
  const reqs = requirementLinks(ws, ids);
  return rows.map((r) => {
    const n = counts.get(r.id) ?? 0;
    const shown = refs.get(r.id) ?? [];
    const riskRefs = n > shown.length ? [...shown, `and ${n - shown.length} more`] : shown;
    const autoReasons = [
      ...(n > 0 ? [{ reason: 'risk' as const, source: `Treats ${n === 1 ? 'risk' : `${n} risks`}: ${riskRefs.join(', ')}` }] : []),
      ...(reqs.get(r.id) ?? []).map((q) => ({ reason: q.reason, source: q.source })),
    ];
    const manual = JSON.parse(r.reasons) as InclusionReason[];
    const all = new Set<InclusionReason>([...manual, ...autoReasons.map((a) => a.reason)]);
    const allReasons = INCLUSION_REASONS.filter((x) => all.has(x));
    const problems: string[] = [];
    if (r.applicable === false && n > 0) problems.push(`Chosen to treat ${riskRefs.join(', ')} but marked not applicable.`);
    if (r.applicable === true && allReasons.length === 0 && !r.justification.trim()) problems.push('Applicable without a justification.');
    if (r.applicable === false && !r.exclusionReason.trim()) problems.push('Excluded without a reason.');
    return {
      id: r.id,
      ref: r.code,
      title: r.title,
      theme: r.theme as Control['theme'],
      description: r.description,
      custom: r.custom,
      applicable: r.applicable,
      reasons: manual,
      justification: r.justification,
      exclusionReason: r.exclusionReason,
      status: r.status as Control['status'],
      ownerId: r.ownerId,
      ownerName: r.ownerName,
      requirementIds: (reqs.get(r.id) ?? []).map((q) => q.id),
      autoReasons,
      allReasons,
      riskRefs,
      problems,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      createdBy: r.createdBy,
      updatedBy: r.updatedBy,
    };
  });
}

const base = (ws: Workspace) => ws.db.select({ control: controls, ownerName: people.name }).from(controls).leftJoin(people, eq(controls.ownerId, people.id));
const flat = (r: { control: typeof controls.$inferSelect; ownerName: string | null }): ControlRow => ({ ...r.control, ownerName: r.ownerName });

/** Annex A in its own order, then custom controls. */
export function listControls(ws: Workspace, q: z.output<typeof ControlQuery>): Control[] {
  const f: SQL[] = [];
  if (q.search) f.push(or(contains(controls.code, q.search), contains(controls.title, q.search))!);
  if (q.theme) f.push(eq(controls.theme, q.theme));
  if (q.applicable) f.push(q.applicable === 'undecided' ? sql`${controls.applicable} is null` : eq(controls.applicable, q.applicable === 'yes'));
  const rows = base(ws).where(f.length ? and(...f) : undefined).orderBy(asc(controls.custom), asc(controls.position), asc(controls.code)).all().map(flat);
  return hydrate(ws, rows);
}

export function getControl(ws: Workspace, id: string): Control {
  const row = base(ws).where(eq(controls.id, id)).get();
  if (!row) throw notFound('Control', id);
  return hydrate(ws, [flat(row)])[0];
}

function fail(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { field, fields: [{ path: field, message }] });
}

export function updateControl(ws: Workspace, { id, requirementIds, ...patch }: z.output<typeof ControlPatch>): Control {
  const current = getControl(ws, id);
  if (!current.custom && (patch.title !== undefined || patch.description !== undefined)) fail('title', 'The title of an Annex A control is fixed; add a custom control for wording of your own.');
  const applicable = patch.applicable === undefined ? current.applicable : patch.applicable;
  const exclusionReason = patch.exclusionReason ?? current.exclusionReason;
  if (applicable === false && !exclusionReason.trim()) fail('exclusionReason', 'Say why this control is excluded.');
  assertPerson(ws, patch.ownerId ?? null, 'ownerId');
  if (requirementIds?.length) {
    const unique = [...new Set(requirementIds)];
    const found = ws.db.select({ id: partyRequirements.id }).from(partyRequirements).where(inArray(partyRequirements.id, unique)).all().length;
    if (found !== unique.length) throw new AppError('NOT_FOUND', 'One of the 4.2 requirements does not exist.', { field: 'requirementIds' });
  }
  const { reasons, ...rest } = patch;
  write(ws, (w) => {
    w.update(controls, id, { ...rest, ...(reasons ? { reasons: JSON.stringify([...new Set(reasons)]) } : {}) });
    if (requirementIds) syncRequirements(w, id, [...new Set(requirementIds)]);
  });
  return getControl(ws, id);
}

function syncRequirements(w: Writer, controlId: string, wanted: string[]) {
  const current = w.db.select({ id: controlRequirements.id, requirementId: controlRequirements.requirementId }).from(controlRequirements).where(eq(controlRequirements.controlId, controlId)).all();
  for (const row of current) if (!wanted.includes(row.requirementId)) w.remove(controlRequirements, row.id);
  for (const r of wanted) if (!current.some((c) => c.requirementId === r)) w.insert(controlRequirements, { controlId, requirementId: r });
}

export function createCustomControl(ws: Workspace, input: z.output<typeof CustomControlFields>): Control {
  const id = write(ws, (w) => {
    const max = w.db.select({ n: sql<number | null>`max(cast(substr(${controls.code}, 5) as integer))` }).from(controls).where(eq(controls.custom, true)).get()?.n ?? 0;
    const n = max + 1;
    return w.insert(controls, { code: `CUS-${String(n).padStart(3, '0')}`, title: input.title, description: input.description, theme: 'custom', custom: true, position: 1000 + n, reasons: '[]' }).id;
  });
  return getControl(ws, id);
}

/** Risks and actions lose the link (logged); the Annex A controls cannot be deleted. */
export function deleteCustomControl(ws: Workspace, id: string, confirm = false) {
  const c = getControl(ws, id);
  if (!c.custom) throw new AppError('CONFLICT', 'Annex A controls cannot be deleted; mark the control not applicable with a reason instead.', { id });
  assertDeleteConfirmed(`Control ${c.ref}`, customControlReferences(ws, id), confirm);
  write(ws, (w) => {
    for (const row of w.db.select({ id: riskControls.id }).from(riskControls).where(eq(riskControls.controlId, id)).all()) w.remove(riskControls, row.id);
    for (const row of w.db.select({ id: controlRequirements.id }).from(controlRequirements).where(eq(controlRequirements.controlId, id)).all()) w.remove(controlRequirements, row.id);
    w.detach(treatmentActions, treatmentActions.controlId, id);
    w.remove(controls, id);
  });
}

/** The SoA check's findings for one control; checkSoa and soaCounts both decide with it, so they agree. */
function findingsOf(c: { applicable: boolean | null; treatsRisk: boolean; hasReason: boolean; justification: string; exclusionReason: string }) {
  return {
    omitted: c.applicable === false && c.treatsRisk,
    unjustified: c.applicable === true && !c.hasReason && !c.justification.trim(),
    excludedWithoutReason: c.applicable === false && !c.exclusionReason.trim(),
  };
}

/** 6.1.3 c): nothing necessary omitted, every inclusion and exclusion justified. */
export function checkSoa(ws: Workspace, listed?: Control[]): SoaCheck {
  const all = listed ?? listControls(ws, { search: '' });
  const pick = (c: Control) => ({ controlId: c.id, ref: c.ref, title: c.title });
  const f = new Map(all.map((c) => [c.id, findingsOf({ ...c, treatsRisk: c.autoReasons.some((a) => a.reason === 'risk'), hasReason: c.allReasons.length > 0 })]));
  return {
    omitted: all.filter((c) => f.get(c.id)!.omitted).map((c) => ({ ...pick(c), riskRefs: c.riskRefs })),
    unjustified: all.filter((c) => f.get(c.id)!.unjustified).map(pick),
    excludedWithoutReason: all.filter((c) => f.get(c.id)!.excludedWithoutReason).map(pick),
    undecided: all.filter((c) => c.applicable === null).length,
    applicable: all.filter((c) => c.applicable === true).length,
    excluded: all.filter((c) => c.applicable === false).length,
    total: all.length,
  };
}

/**
 * The same check as numbers only, for readiness: whether each control treats a risk or meets a 4.2
 * requirement is one index probe (exists), not counting and naming the 100,000 links of a large
 * register (issue 11 item 9). A manual reason, a treated risk or a requirement each give a reason.
 */
export function soaCounts(ws: Workspace) {
  const rows = ws.sqlite
    .prepare(
      `select c.applicable as applicable, c.reasons as reasons, c.justification as justification, c.exclusion_reason as exclusionReason,
         exists (select 1 from risk_controls as rc where rc.control_id = c.id) as treatsRisk,
         exists (select 1 from control_requirements as cr where cr.control_id = c.id) as meetsRequirement
       from controls as c`,
    )
    .all() as { applicable: number | null; reasons: string; justification: string; exclusionReason: string; treatsRisk: number; meetsRequirement: number }[];
  const out = { omitted: 0, unjustified: 0, excludedWithoutReason: 0, undecided: 0, applicable: 0, excluded: 0, total: rows.length };
  for (const r of rows) {
    const applicable = r.applicable === null ? null : r.applicable === 1;
    const hasReason = r.treatsRisk === 1 || r.meetsRequirement === 1 || (JSON.parse(r.reasons) as unknown[]).length > 0;
    const found = findingsOf({ applicable, treatsRisk: r.treatsRisk === 1, hasReason, justification: r.justification, exclusionReason: r.exclusionReason });
    out.omitted += Number(found.omitted);
    out.unjustified += Number(found.unjustified);
    out.excludedWithoutReason += Number(found.excludedWithoutReason);
    out.undecided += Number(applicable === null);
    out.applicable += Number(applicable === true);
    out.excluded += Number(applicable === false);
  }
  return out;
}

export function seedAnnexA(w: Writer) {
  ANNEX_A.forEach((c, position) => w.insert(controls, { code: c.ref, title: c.title, theme: c.theme, description: '', custom: false, position, reasons: '[]' }));
}

