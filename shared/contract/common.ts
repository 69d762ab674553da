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

/** A version of a document (policy, scope statement), addressed the same way in every area. */
export const VersionIdInput = z.object({ versionId: Id });

/** Approving a version, alike in every area: which version, who approves, and when (today when left out). */
export const ApprovalInput = z.object({ versionId: Id, approverId: Id, approvedOn: IsoDate.optional(), reason: z.string().trim().max(LIMITS.shortText).optional() });

/**
 * Partial updates (DESIGN.md, Data): every field of a record's schema becomes optional and loses its
 * default, so a field left out keeps its stored value; a nullable field given as null is cleared.
 * The service merges the patch with the stored record and checks the result with the full schema,
 * so cross-field rules hold for the record as it will be saved.
 */
type Patch<S extends z.core.$ZodLooseShape> = { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]> };

export function patchOf<S extends z.core.$ZodLooseShape>(shape: S): z.ZodObject<Patch<S>> {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()]),
  );
  return z.object(fields) as unknown as z.ZodObject<Patch<S>>;
}

/** An update: the record's id and the fields to change. */
export const updateOf = <S extends z.core.$ZodLooseShape>(shape: S) => patchOf(shape).extend({ id: Id });

/** Many rows of one register changed at once: which rows, and the fields to set on each (all or nothing). */
export const bulkIds = z.array(Id).min(1, { error: 'Choose at least one record.' }).max(1000, { error: 'At most 1,000 records at once.' });
export const BULK = 'All or nothing: when one record cannot change (unknown id, unknown person), nothing changes and the error names it. Only the fields given change; null clears.';

/** Shown in the doc of every update method. */
export const PARTIAL = 'Only the fields given change; a field left out keeps its value, and null clears a field that may be empty.';

/**
 * Deletes that other records point to are refused with CONFLICT and `details.references` (kind, id,
 * label, and what would happen to each) unless the caller says `confirm: true`.
 */
export const DeleteInput = z.object({
  id: Id,
  confirm: z.boolean({ error: 'confirm must be true or false.' }).default(false),
});
export const REFERENCES = 'When other records refer to it, the delete is refused with CONFLICT listing them in details.references; repeat with confirm: true to go ahead.';

export const Reference = z.object({
  kind: z.string(),
  id: z.string(),
  label: z.string(),
  /** What the delete does to it: the link is cleared, or the record goes too. */
  effect: z.enum(['unlinked', 'deleted']),
});
export type Reference = z.infer<typeof Reference>;
export const Empty = z.object({}).strict().default({});
export const Ok = z.object({ ok: z.literal(true) });
