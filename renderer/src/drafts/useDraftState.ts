import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { clearDraft, readDraft, setDirty, writeDraft } from './store';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface DraftState<T> {
  value: T;
  set: (value: T | ((previous: T) => T)) => void;
  dirty: boolean;
  restoredAt: string | null;
  /** After a successful save; the next `saved` from the workspace becomes the clean state. */
  clear: () => void;
  /** Back to what is saved, draft removed. */
  discard: () => void;
}

/**
 * Working state of an editor that is not a Mantine form (scope statement, RACI matrix, policy
 * text), kept as a draft like useDraftForm: restored on open, guarded on leave. `saved` is what the
 * workspace holds; when it changes and there are no edits, the editor follows it.
 */
export function useDraftState<T>(draftKey: string | null, label: string, saved: T): DraftState<T> {
  const token = useId();
  const [pending] = useState(() => (draftKey ? readDraft<T>(draftKey) : null));
  const restore = pending && !same(pending.values, saved) ? pending : null;
  const [value, setValue] = useState<T>(() => (restore ? restore.values : saved));
  const [restoredAt, setRestoredAt] = useState<string | null>(restore?.savedAt ?? null);
  const base = useRef(saved);
  const dirty = !same(value, saved);

  // Follow the workspace while there is nothing unsaved (another write, a save that just landed).
  useEffect(() => {
    const wasClean = same(value, base.current);
    base.current = saved;
    if (wasClean) setValue(saved);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(saved)]);

  useEffect(() => {
    if (!draftKey) return;
    if (dirty) writeDraft(draftKey, value);
    else clearDraft(draftKey);
  }, [draftKey, dirty, value]);

  useEffect(() => {
    setDirty(token, dirty ? label : null);
  }, [token, dirty, label]);
  useEffect(() => () => setDirty(token, null), [token]);

  const clear = useCallback(() => {
    if (draftKey) clearDraft(draftKey);
    setRestoredAt(null);
  }, [draftKey]);
  const discard = useCallback(() => {
    if (draftKey) clearDraft(draftKey);
    setValue(base.current);
    setRestoredAt(null);
  }, [draftKey]);
  return { value, set: setValue, dirty, restoredAt, clear, discard };
}
