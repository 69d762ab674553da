import { z } from 'zod';

/**
 * Partial updates (DESIGN.md, Data): every field optional and without defaults, so a field left out
 * keeps its stored value; `null` clears a nullable field. (zod's own `.partial()` would fill defaults
 * and so overwrite fields the caller never sent.)
 */
export function patchOf<S extends z.ZodRawShape>(shape: S) {
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) out[key] = (schema as z.ZodType).optional();
  return z.object(out as { [K in keyof S]: z.ZodOptional<S[K]> });
}

/** Text field without a default, for shapes used by both create (with defaults) and patch. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` });
