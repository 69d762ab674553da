import type { z } from 'zod';
import { AppError } from '../../shared/errors';

/** A zod failure as the contract's VALIDATION error, with every field's path and message. */
export function validationError(err: z.ZodError): AppError {
  const fields = err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = fields[0];
  const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'The input is not valid.';
  return new AppError('VALIDATION', message, { fields });
}

/** Keys the caller actually gave (zod leaves optional fields out when they were not sent). */
function given<P extends object>(patch: P): Partial<P> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<P>;
}

/**
 * A partial update: the stored record with the given fields laid over it, checked with the
 * record's full schema (cross-field rules included), so what is saved is always a valid record.
 */
export function mergePatch<S extends z.ZodType>(schema: S, current: object, patch: object): z.output<S> {
  const parsed = schema.safeParse({ ...current, ...given(patch) });
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
