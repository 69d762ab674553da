import { List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { Reference } from '../../../shared/contract/common';
import { ApiError } from '../api/client';
import { notifyError } from '../notify';

/** The references a refused delete lists (issue 7: CONFLICT with details.references), or null. */
export function referencesOf(err: unknown): Reference[] | null {
  if (!(err instanceof ApiError) || err.code !== 'CONFLICT') return null;
  const refs = (err.details as { references?: unknown } | undefined)?.references;
  return Array.isArray(refs) && refs.length ? (refs as Reference[]) : null;
}

const EFFECT = { unlinked: 'loses the link', deleted: 'is deleted too' } as const;

/** The second question, when other records point to the one being deleted: what will change, one line each. */
function confirmReferences(what: string, refs: Reference[], remove: () => Promise<unknown>, onDone: () => void) {
  modals.openConfirmModal({
    title: `Other records refer to ${what}`,
    children: (
      <Stack gap="xs">
        <Text size="sm">Deleting it changes these records too:</Text>
        <List size="sm" spacing={4} aria-label="Records that will change" style={{ maxHeight: 320, overflowY: 'auto' }}>
          {refs.map((r) => (
            <List.Item key={`${r.kind}:${r.id}`}>
              {r.label}: {EFFECT[r.effect]}
            </List.Item>
          ))}
        </List>
      </Stack>
    ),
    labels: { confirm: 'Delete anyway', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () => void remove().then(onDone, notifyError),
  });
}

/**
 * Every delete asks first, naming what goes. `remove(confirm)` calls the delete method; when the
 * workspace answers that other records refer to it, the list is shown and a second confirmation
 * repeats the call with confirm: true. Nothing is detached without the user seeing it.
 */
export function confirmDelete(what: string, remove: (confirm: boolean) => Promise<unknown>, onDone: () => void) {
  modals.openConfirmModal({
    title: `Delete ${what}?`,
    children: <Text size="sm">This cannot be undone. The record is removed from the workspace file.</Text>,
    labels: { confirm: 'Delete', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void remove(false).then(onDone, (err: unknown) => {
        const refs = referencesOf(err);
        if (refs) confirmReferences(what, refs, () => remove(true), onDone);
        else notifyError(err);
      }),
  });
}
