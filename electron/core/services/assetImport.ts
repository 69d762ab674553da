import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { AssetFields, AssetPatch, ASSET_KINDS, ASSET_TYPES } from '../../../shared/contract/risk';
import { ASSET_IMPORT_FIELDS, ASSET_IMPORT_MAX_BYTES, ASSET_IMPORT_MAX_ROWS, type AssetImportField, AssetImportInput, type AssetImportResult, type AssetImportRow } from '../../../shared/contract/assetImport';
import type { ScaleStep } from '../../../shared/contract/riskMethod';
import type { Workspace } from '../db/open';
import { assets, people } from '../db/schema';
import { write } from '../db/write';
import { getMethod } from './riskMethod';
import { readTableFile } from './tableFile';

/** Header names we recognise for each field: lower case, without spaces, dashes, dots or a "(1-4)" hint. */
const HEADER_GUESSES: Record<AssetImportField, string[]> = {
  ref: ['id', 'ref', 'assetid', 'reference', 'assetref'],
  name: ['name', 'asset', 'assetname', 'title'],
  kind: ['kind', 'assetkind', 'category'],
  type: ['type', 'assettype'],
  group: ['group', 'assetgroup', 'groupname'],
  description: ['description', 'details', 'notes'],
  owner: ['owner', 'assetowner', 'ownername', 'owneremail'],
  custodian: ['custodian', 'custodianname', 'custodianemail'],
  location: ['location', 'place', 'site'],
  classification: ['classification', 'class', 'sensitivity', 'label'],
  confidentiality: ['confidentiality', 'c'],
  integrity: ['integrity', 'i'],
  availability: ['availability', 'a'],
};
const norm = (h: string) =>
  h
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[\s_\-.]/g, '');

export function guessAssetMapping(headers: string[]): Record<AssetImportField, string | null> {
  const out = {} as Record<AssetImportField, string | null>;
  for (const f of ASSET_IMPORT_FIELDS) out[f] = headers.find((h) => HEADER_GUESSES[f].includes(norm(h))) ?? null;
  return out;
}

export const TYPE_WORDS: Record<(typeof ASSET_TYPES)[number], string[]> = {
  information: ['information', 'data'],
  hardware: ['hardware', 'device', 'equipment'],
  software: ['software', 'application', 'app'],
  network: ['network'],
  people: ['people', 'person', 'staff'],
  site: ['site', 'site and premises', 'premises', 'building'],
  service: ['service', 'service and supplier', 'supplier'],
  organisation: ['organisation', 'organization'],
};

/** A C, I or A cell: the level's number or its label on this workspace's scale. */
function scaleValue(text: string, scale: ScaleStep[]): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= scale.length ? n : null;
  }
  const i = scale.findIndex((s) => s.label.toLowerCase() === t);
  return i < 0 ? null : i + 1;
}
const scaleHint = (scale: ScaleStep[]) => `1 to ${scale.length} (${scale.map((s, i) => `${i + 1} ${s.label}`).join(', ')})`;

type Fields = z.output<typeof AssetFields>;
interface Planned {
  id: string | null;
  fields: Partial<Fields>;
}
const PATCH = AssetPatch.omit({ id: true });

/**
 * risk.assetImport: read the file, map its columns, check every row as the asset form would (plus
 * the workspace's own scales and people), and report. With dryRun false and no row in error, every
 * asset is created or updated in one write; with any error nothing is written.
 * A blank cell leaves the field as it is on an update, and takes the form's default on a new asset.
 */
export async function importAssets(ws: Workspace, input: z.output<typeof AssetImportInput>): Promise<AssetImportResult> {
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length === 0) throw new AppError('UNSUPPORTED_FILE', 'The file is empty.');
  if (bytes.length > ASSET_IMPORT_MAX_BYTES) throw new AppError('UNSUPPORTED_FILE', 'The file is larger than 5 MB.');
  const table = await readTableFile(input.fileName, bytes);
  if (table.rows.length === 0) throw new AppError('UNSUPPORTED_FILE', 'The file has no rows.');
  const headers = table.rows[0]!;
  if (table.rows.length - 1 > ASSET_IMPORT_MAX_ROWS) throw new AppError('UNSUPPORTED_FILE', `The file has more than ${ASSET_IMPORT_MAX_ROWS} rows; split it.`);

  const chosen = Object.entries(input.mapping ?? {}).filter(([, v]) => v !== undefined);
  const mapping = { ...guessAssetMapping(headers), ...Object.fromEntries(chosen) } as Record<AssetImportField, string | null>;
  for (const f of ASSET_IMPORT_FIELDS) {
    const h = mapping[f];
    if (h !== null && !headers.includes(h)) throw new AppError('VALIDATION', `The file has no column "${h}".`, { field: `mapping.${f}` });
  }
  if (!mapping.name && !mapping.ref) throw new AppError('VALIDATION', 'Say which column holds the asset names: no column is called Name.', { field: 'mapping.name' });
  const used = new Set(Object.values(mapping).filter((h): h is string => h !== null));
  const ignored = headers.filter((h) => h !== '' && !used.has(h));

  const method = getMethod(ws);
  const scales = { confidentiality: method.assetScales.c, integrity: method.assetScales.i, availability: method.assetScales.a };
  const existing = ws.db.select().from(assets).all();
  const byRef = new Map(existing.map((a) => [a.ref.toLowerCase(), a]));
  const byName = new Map<string, (typeof existing)[number][]>();
  for (const a of existing) byName.set(a.name.toLowerCase(), [...(byName.get(a.name.toLowerCase()) ?? []), a]);
  const classifications = new Set(existing.map((a) => a.classification.toLowerCase()).filter(Boolean));
  const staff = ws.db.select({ id: people.id, name: people.name, email: people.email }).from(people).all();
  const byEmail = new Map(staff.filter((p) => p.email).map((p) => [p.email.toLowerCase(), p.id]));
  const byPersonName = new Map<string, string[]>();
  for (const p of staff) byPersonName.set(p.name.toLowerCase(), [...(byPersonName.get(p.name.toLowerCase()) ?? []), p.id]);

  const seenNames = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const newClassifications = new Map<string, number>();
  const planned: Planned[] = [];

  const rows: AssetImportRow[] = table.rows.slice(1).map((values, i) => {
    const line = table.lines[i + 1]!;
    const cell = (f: AssetImportField) => (mapping[f] === null ? '' : (values[headers.indexOf(mapping[f]!)] ?? '').trim());
    const errors: AssetImportRow['errors'] = [];
    const warnings: AssetImportRow['warnings'] = [];
    const fail = (f: AssetImportField, message: string) => errors.push({ column: mapping[f] ?? f, message });
    const fields: Partial<Fields> = {};

    // Which asset the row is about: its Id, else its name.
    let target: (typeof existing)[number] | null = null;
    const ref = cell('ref');
    if (ref) {
      target = byRef.get(ref.toLowerCase()) ?? null;
      if (!target) fail('ref', `No asset has the id ${ref}. Leave the Id empty to add a new asset.`);
    }
    const name = cell('name');
    if (name) fields.name = name;
    else if (!target && !ref) fail('name', 'Name is required.');
    if (!target && !ref && name) {
      const same = byName.get(name.toLowerCase()) ?? [];
      if (same.length > 1) fail('name', `${same.length} assets are already called "${name}" (${same.map((a) => a.ref).join(', ')}); give the Id of the one to update.`);
      else target = same[0] ?? null;
    } else if (target && name && name.toLowerCase() !== target.name.toLowerCase()) {
      const other = (byName.get(name.toLowerCase()) ?? []).find((a) => a.id !== target!.id);
      if (other) fail('name', `${other.ref} is already called "${name}".`);
    }
    const key = target ? target.id : `name:${name.toLowerCase()}`;
    const earlier = seenIds.get(key);
    if (earlier !== undefined && (name || target)) fail(target && ref ? 'ref' : 'name', `The same asset is also on line ${earlier}.`);
    else if (name || target) seenIds.set(key, line);
    if (name) {
      const before = seenNames.get(name.toLowerCase());
      if (before !== undefined && earlier === undefined) fail('name', `"${name}" is also on line ${before}.`);
      else if (before === undefined) seenNames.set(name.toLowerCase(), line);
    }

    const type = cell('type');
    if (type) {
      const found = ASSET_TYPES.find((t) => TYPE_WORDS[t].includes(type.toLowerCase()));
      if (found) fields.type = found;
      else fail('type', `"${type}" is not an asset type. Use one of: ${ASSET_TYPES.join(', ')}.`);
    }
    const kind = cell('kind');
    if (kind) {
      const k = kind.toLowerCase();
      const found = k === 'primary' ? 'information' : ASSET_KINDS.find((x) => x === k || `${x} asset` === k);
      if (found) fields.kind = found;
      else fail('kind', `"${kind}" is not a kind of asset. Use information or supporting.`);
    } else if (!target) fields.kind = (fields.type ?? 'information') === 'information' ? 'information' : 'supporting';

    for (const f of ['confidentiality', 'integrity', 'availability'] as const) {
      const v = cell(f);
      if (!v) continue;
      const n = scaleValue(v, scales[f]);
      if (n === null) fail(f, `"${v}" is not on this workspace's ${f} scale: use ${scaleHint(scales[f])}.`);
      else fields[f] = n;
    }
    for (const f of ['owner', 'custodian'] as const) {
      const v = cell(f);
      if (!v) continue;
      const ids = v.includes('@') ? [byEmail.get(v.toLowerCase())].filter((x): x is string => !!x) : (byPersonName.get(v.toLowerCase()) ?? []);
      if (ids.length === 1) fields[f === 'owner' ? 'ownerId' : 'custodianId'] = ids[0]!;
      else if (ids.length === 0) fail(f, `Nobody called "${v}" is in the people register. Add the person first, or import the people register.`);
      else fail(f, `${ids.length} people are called "${v}"; give the email address instead.`);
    }
    for (const f of ['group', 'description', 'location', 'classification'] as const) {
      const v = cell(f);
      if (v) fields[f] = v;
    }
    const cls = fields.classification?.toLowerCase();
    if (cls && classifications.size > 0 && !classifications.has(cls)) {
      const first = newClassifications.get(cls);
      warnings.push({ column: mapping.classification!, message: first === undefined ? `No asset is classified "${fields.classification}" yet: check the spelling.` : `New classification, as on line ${first}.` });
      if (first === undefined) newClassifications.set(cls, line);
    }

    // Lengths and shapes exactly as the asset form checks them.
    const parsed = (target ? PATCH : AssetFields).safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'name') as AssetImportField;
        const f = ASSET_IMPORT_FIELDS.includes(field) ? field : 'name';
        if (!errors.some((e) => e.column === (mapping[f] ?? f))) fail(f, issue.message);
      }
    }
    // In the order of the file's columns, as the user reads the row.
    errors.sort((x, y) => headers.indexOf(x.column) - headers.indexOf(y.column));
    const changes = target && parsed.success ? Object.entries(parsed.data).filter(([k, v]) => (target as Record<string, unknown>)[k] !== v).map(([k]) => k.replace(/Id$/, '')) : [];
    const shown: Partial<Fields> = parsed.success ? parsed.data : fields;
    if (!errors.length && parsed.success) planned.push({ id: target?.id ?? null, fields: parsed.data });
    return {
      line,
      action: errors.length ? 'error' : target ? 'update' : 'create',
      name: name || target?.name || '',
      ref: target?.ref ?? null,
      type: shown.type ?? target?.type ?? '',
      owner: cell('owner'),
      confidentiality: shown.confidentiality ?? target?.confidentiality ?? null,
      integrity: shown.integrity ?? target?.integrity ?? null,
      availability: shown.availability ?? target?.availability ?? null,
      changes,
      errors,
      warnings,
    };
  });

  const errorCount = rows.filter((r) => r.action === 'error').length;
  const createCount = rows.filter((r) => r.action === 'create').length;
  const updateCount = rows.filter((r) => r.action === 'update').length;
  const result: AssetImportResult = { headers, mapping, ignored, rows, createCount, updateCount, errorCount, written: null };
  if (input.dryRun) return result;
  if (errorCount > 0) {
    const bad = rows.filter((r) => r.errors.length);
    const first = bad[0]!;
    throw new AppError('VALIDATION', `${errorCount} of ${rows.length} rows have problems; nothing was imported. Line ${first.line}, ${first.errors[0]!.column}: ${first.errors[0]!.message}`, {
      rows: bad.map((r) => ({ line: r.line, errors: r.errors })),
    });
  }
  if (rows.length === 0) throw new AppError('VALIDATION', 'The file has a header but no assets.');
  write(ws, (w) => {
    for (const p of planned) {
      if (p.id) {
        if (Object.keys(p.fields).length) w.update(assets, p.id, p.fields);
      } else w.insert(assets, AssetFields.parse(p.fields));
    }
  });
  return { ...result, written: { created: createCount, updated: updateCount } };
}
