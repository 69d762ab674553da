import type { z } from 'zod';
import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from '../api/client';
import { notifyError, notifySaved } from '../notify';
import type { DraftControl } from '../drafts/useDraftForm';

/** Step and form validation from the contract's own zod schemas: one message per field path. */
export function zodValidate<T>(schema: z.ZodType) {
  return (values: T): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (path && !errors[path]) errors[path] = issue.message;
    }
    return errors;
  };
}

/** Shows a refused call's field messages next to the fields; returns false when it was not a field error. */
export function showServerErrors(form: Pick<UseFormReturnType<object>, 'setErrors'>, err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  const fields = err.fieldErrors;
  if (Object.keys(fields).length === 0) return false;
  form.setErrors(fields);
  return true;
}

/**
 * The save step every record form shares: run the call, confirm, close; on refusal show field
 * messages next to their fields, or a notification when the error is not about one field. A form
 * from useDraftForm has its draft cleared once the save succeeds (and only then).
 */
export async function saveForm(
  form: Pick<UseFormReturnType<object>, 'setErrors'> & { draft?: DraftControl },
  save: () => Promise<unknown>,
  messages: { saved: string; failed: string },
  onDone?: () => void,
): Promise<boolean> {
  try {
    await save();
    form.draft?.clear(); // saved: the draft kept on this computer is no longer needed
    notifySaved(messages.saved);
    onDone?.();
    return true;
  } catch (err) {
    if (!showServerErrors(form, err)) notifyError(err, messages.failed);
    return false;
  }
}
