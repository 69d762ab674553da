import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { AppError, notFound } from '../../../shared/errors';
import type { Asset, AssetFields, AssetPatch, AssetQuery } from '../../../shared/contract/risk';
import type { Workspace } from '../db/open';
import { assets, people, risks } from '../db/schema';
import { write } from '../db/write';
import { assertDeleteConfirmed } from './references';
import { assetReferences } from './riskReferences';
import { contains, refMatches } from './query';
import { assertPerson } from './people';
import { assertOnScale, getMethod } from './riskMethod';

const owner = alias(people, 'owner');
const custodian = alias(people, 'custodian');

const columns = {
  id: assets.id,
  ref: assets.ref,
  name: assets.name,
  kind: assets.kind,
  type: assets.type,
  group: assets.group,
  description: assets.description,
  ownerId: assets.ownerId,
  custodianId: assets.custodianId,
  ownerName: owner.name,
  custodianName: custodian.name,
  location: assets.location,
  classification: assets.classification,
  confidentiality: assets.confidentiality,
  integrity: assets.integrity,
  availability: assets.availability,
  riskCount: sql<number>`(select count(*) from "risks" as "r" where "r"."asset_id" = "assets"."id")`,
  createdAt: assets.createdAt,
  updatedAt: assets.updatedAt,
  createdBy: assets.createdBy,
  updatedBy: assets.updatedBy,
};

const sortColumns = {
  ref: sql`"assets"."rowid"`,
  name: sql`lower(${assets.name})`,
  type: assets.type,
  group: sql`lower(${assets.group})`,
  confidentiality: assets.confidentiality,
  integrity: assets.integrity,
  availability: assets.availability,
};

const base = (ws: Workspace) => ws.db.select(columns).from(assets).leftJoin(owner, eq(assets.ownerId, owner.id)).leftJoin(custodian, eq(assets.custodianId, custodian.id));

export function listAssets(ws: Workspace, q: z.output<typeof AssetQuery>): { items: Asset[]; total: number } {
  const filters: SQL[] = [];
  if (q.search) filters.push(or(contains(assets.name, q.search), refMatches(assets, q.search), contains(assets.group, q.search), contains(assets.location, q.search))!);
  if (q.type) filters.push(eq(assets.type, q.type));
  const where = filters.length ? and(...filters) : undefined;
  const order = q.dir === 'asc' ? asc : desc;
  const items = base(ws).where(where).orderBy(order(sortColumns[q.sort]), asc(sql`"assets"."rowid"`)).limit(q.limit).offset(q.offset).all() as Asset[];
  const total = ws.db.select({ n: count() }).from(assets).where(where).get()?.n ?? 0;
  return { items, total };
}

export function getAsset(ws: Workspace, id: string): Asset {
  const row = base(ws).where(eq(assets.id, id)).get();
  if (!row) throw notFound('Asset', id);
  return row as Asset;
}

function check(ws: Workspace, v: { ownerId?: string | null; custodianId?: string | null; confidentiality?: number; integrity?: number; availability?: number }) {
  assertPerson(ws, v.ownerId ?? null, 'ownerId');
  assertPerson(ws, v.custodianId ?? null, 'custodianId');
  const s = getMethod(ws).assetScales;
  const len: Record<string, number> = { confidentiality: s.c.length, integrity: s.i.length, availability: s.a.length };
  assertOnScale(getMethod(ws), { confidentiality: v.confidentiality, integrity: v.integrity, availability: v.availability }, (f) => len[f]);
}

export function createAsset(ws: Workspace, input: z.output<typeof AssetFields>): Asset {
  check(ws, input);
  const id = write(ws, (w) => w.insert(assets, input).id);
  return getAsset(ws, id);
}

export function updateAsset(ws: Workspace, { id, ...patch }: z.output<typeof AssetPatch>): Asset {
  getAsset(ws, id);
  check(ws, patch);
  write(ws, (w) => w.update(assets, id, patch));
  return getAsset(ws, id);
}

/** An asset a risk is built on cannot go: the risk would lose its scenario. */
export function deleteAsset(ws: Workspace, id: string, confirm = false) {
  const a = getAsset(ws, id);
  if (a.riskCount > 0) throw new AppError('CONFLICT', `${a.ref} is the asset of ${a.riskCount} risk(s). Change or delete those risks first.`, { id });
  assertDeleteConfirmed(a.ref, assetReferences(ws, id), confirm);
  write(ws, (w) => w.remove(assets, id));
}
