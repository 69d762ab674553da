import { z } from 'zod';

/** Limits shared by every schema: long enough for real text, short enough to refuse abuse. */
export const LIMITS = { name: 200, shortText: 500, longText: 20_000, search: 200, pageSize: 500 } as const;

export const Id = z.uuid({ error: 'Must be a record id (UUID).' });

export const requiredText = (label: string, max: number = LIMITS.name) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` });

export const optionalText = (label: string, max: number = LIMITS.longText) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .default('');

/** Calendar date as YYYY-MM-DD, or null. */
export const IsoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });

export const Stamps = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  updatedBy: z.string(),
});

/** The human-readable id of a register row (CTX-001; shared/refs.ts), given by the core, never by the caller. */
export const Ref = z.string();

export const SortDir = z.enum(['asc', 'desc']);

export const pageQuery = <S extends readonly [string, ...string[]]>(sortable: S) =>
  z.object({
    search: z.string().trim().max(LIMITS.search).default(''),
    sort: z.enum(sortable).default(sortable[0]),
    dir: SortDir.default('asc'),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
  });

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const IdInput = z.object({ id: Id });
export const Empty = z.object({}).strict().default({});
export const Ok = z.object({ ok: z.literal(true) });
