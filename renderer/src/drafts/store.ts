/**
 * Unsaved drafts, kept in the browser's local storage per workspace and record, so that typed work
 * survives navigation, a reload or a crash (issue 9). Nothing here is authoritative: a draft is
 * offered back to the form it came from and removed once that form saves or discards it.
 */
const PREFIX = 'isms-draft';
let workspaceId = 'none';

/** Drafts belong to one workspace: the app sets this whenever the open workspace changes. */
export function setDraftWorkspace(id: string | null) {
  workspaceId = id ?? 'none';
}

const storageKey = (key: string) => `${PREFIX}:${workspaceId}:${key}`;

export interface StoredDraft<T> {
  values: T;
  savedAt: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: drafts then live only as long as the page
  }
}

export function readDraft<T>(key: string): StoredDraft<T> | null {
  const raw = storage()?.getItem(storageKey(key));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    return parsed && typeof parsed === 'object' && 'values' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, values: T) {
  try {
    storage()?.setItem(storageKey(key), JSON.stringify({ values, savedAt: new Date().toISOString() }));
  } catch {
    // quota exceeded: the leave guard still protects the work while the page is open
  }
}

export function clearDraft(key: string) {
  storage()?.removeItem(storageKey(key));
}

/** Every form with edits not yet saved to the workspace, by a token unique to the form instance. */
const dirty = new Map<string, string>();
const listeners = new Set<() => void>();

export function setDirty(token: string, label: string | null) {
  const was = dirty.get(token);
  if (label === null) dirty.delete(token);
  else dirty.set(token, label);
  if (was !== (label ?? undefined)) listeners.forEach((l) => l());
}

/** What has unsaved edits right now, in words ("Issue", "Policy text"). */
export function unsavedLabels(): string[] {
  return [...new Set(dirty.values())];
}

export function onDirtyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
