import { z } from 'zod';

/** One partial-update helper for every area (see common.ts). */
export { patchOf } from './common';

/** Text field without a default, for shapes used by both create (with defaults) and patch. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` });
