import { List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { unsavedLabels } from './store';

/** Asks before leaving a page with unsaved edits; resolves true when the user chooses to leave. */
export function confirmLeave(): Promise<boolean> {
  const labels = unsavedLabels();
  if (labels.length === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Leave with unsaved changes?',
      children: (
        <>
          <Text size="sm">These are not saved to the workspace yet:</Text>
          <List size="sm" my="xs">
            {labels.map((l) => (
              <List.Item key={l}>{l}</List.Item>
            ))}
          </List>
          <Text size="sm">A draft stays on this computer and is offered again when you come back.</Text>
        </>
      ),
      labels: { confirm: 'Leave this page', cancel: 'Stay and save' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}

/** Asks before a dialog throws away edits (Cancel, Escape, a click outside). */
export function confirmDiscard(what: string): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Discard your changes?',
      children: <Text size="sm">{what} has changes that are not saved. Discarding removes them, including the draft kept on this computer.</Text>,
      labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}

/** The browser's own prompt when the window closes or reloads with unsaved edits. */
export function installUnloadGuard(): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (unsavedLabels().length === 0) return;
    event.preventDefault();
    event.returnValue = ''; // older Chromium (Electron) needs the legacy property set
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
