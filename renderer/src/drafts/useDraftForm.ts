import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import { useDialogGuard } from './DialogGuard';
import { clearDraft, readDraft, setDirty, writeDraft } from './store';

export interface DraftControl {
  /** True while the form differs from the record it was opened with. */
  dirty: boolean;
  /** When a draft from an earlier visit was put back into the form, its time (ISO); else null. */
  restoredAt: string | null;
  /** After a successful save: forget the draft; the saved values become the clean state. */
  clear: () => void;
  /** Throw the edits away: back to the record as saved, draft removed. */
  discard: () => void;
}

export type DraftForm<T> = UseFormReturnType<T> & { draft: DraftControl };

/**
 * A Mantine form that never loses typed work (issue 9): every change is kept as a draft in local
 * storage under `draftKey` (per workspace and record) and put back when the same form opens again,
 * after navigation, a reload or a crash. While it has unsaved edits the leave guard asks before the
 * page or window goes, and a surrounding FormDialog asks before discarding. `saveForm` clears it.
 * `draftKey` null keeps the guard but stores nothing (for forms whose values must not persist).
 */
export function useDraftForm<T extends object>(draftKey: string | null, label: string, options: UseFormInput<T>): DraftForm<T> {
  const form = useForm<T>(options);
  const token = useId();
  const dialog = useDialogGuard();
  const [pending] = useState(() => (draftKey ? readDraft<T>(draftKey) : null));
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const skipClear = useRef(false);

  // Put an earlier draft back once, on open.
  useEffect(() => {
    if (pending && JSON.stringify(pending.values) !== JSON.stringify(form.getInitialValues())) {
      skipClear.current = true;
      form.setValues(pending.values);
      setRestoredAt(pending.savedAt);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const dirty = form.isDirty();
  useEffect(() => {
    if (!draftKey) return;
    if (dirty) writeDraft(draftKey, form.getValues());
    else if (skipClear.current) skipClear.current = false;
    else clearDraft(draftKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey, dirty, form.values]);

  const clear = useCallback(() => {
    if (draftKey) clearDraft(draftKey);
    form.resetDirty();
    setRestoredAt(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);
  const discard = useCallback(() => {
    if (draftKey) clearDraft(draftKey);
    form.reset();
    setRestoredAt(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  useEffect(() => {
    setDirty(token, dirty ? label : null);
    dialog?.report(token, { dirty, label, restoredAt, discard });
  }, [token, dirty, label, restoredAt, discard, dialog]);
  useEffect(
    () => () => {
      setDirty(token, null);
      dialog?.report(token, null);
    },
    [token, dialog],
  );

  return Object.assign(form, { draft: { dirty, restoredAt, clear, discard } });
}
