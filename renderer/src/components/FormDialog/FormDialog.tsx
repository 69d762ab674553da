import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Modal, Stack, type ModalProps } from '@mantine/core';
import { DialogGuardContext, useDialogGuard, type DialogGuard, type DialogMember } from '../../drafts/DialogGuard';
import { confirmDiscard } from '../../drafts/guard';
import { DraftNotice } from '../DraftNotice/DraftNotice';

/** True when Escape belongs to an open picker or list inside the dialog (a date picker, a select). */
function escapeBelongsToPopup(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('[aria-expanded="true"], .mantine-Popover-dropdown, [role="listbox"]')) return true;
  return Boolean(document.querySelector('[data-dates-dropdown]')); // a date picker's input does not say it is expanded
}

interface FormDialogProps extends Omit<ModalProps, 'onClose' | 'opened' | 'closeOnEscape' | 'closeOnClickOutside'> {
  opened: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The one dialog for forms (issue 9): an overlay click, Escape or Cancel asks before discarding
 * unsaved edits; Escape inside a date picker or list closes only that; a draft restored from an
 * earlier visit is announced at the top. Forms inside use useDraftForm and CancelButton.
 */
export function FormDialog({ opened, onClose, children, ...modal }: FormDialogProps) {
  const members = useRef(new Map<string, DialogMember>());
  const [restored, setRestored] = useState<DialogMember | null>(null);
  const asking = useRef(false);

  const requestClose = useCallback(() => {
    const dirty = [...members.current.values()].filter((m) => m.dirty);
    if (dirty.length === 0) return onClose();
    if (asking.current) return;
    asking.current = true;
    void confirmDiscard(dirty[0].label).then((discard) => {
      asking.current = false;
      if (!discard) return;
      dirty.forEach((m) => m.discard());
      onClose();
    });
  }, [onClose]);

  const guard = useMemo<DialogGuard>(
    () => ({
      report: (token, member) => {
        if (member) members.current.set(token, member);
        else members.current.delete(token);
        const first = [...members.current.values()].find((m) => m.restoredAt);
        setRestored((prev) => (prev?.restoredAt === first?.restoredAt && prev?.discard === first?.discard ? prev : (first ?? null)));
      },
      requestClose,
    }),
    [requestClose],
  );

  return (
    <Modal
      {...modal}
      opened={opened}
      onClose={requestClose}
      closeOnEscape={false}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.nativeEvent.isComposing || escapeBelongsToPopup(event.nativeEvent)) return;
        requestClose();
      }}
    >
      <DialogGuardContext.Provider value={guard}>
        <Stack gap="sm">
          {restored && <DraftNotice restoredAt={restored.restoredAt} onDiscard={restored.discard} />}
          {children}
        </Stack>
      </DialogGuardContext.Provider>
    </Modal>
  );
}

/** Cancel inside a FormDialog: asks before discarding edits. Outside a dialog it just calls onCancel. */
export function CancelButton({ onCancel, label = 'Cancel' }: { onCancel: () => void; label?: string }) {
  const dialog = useDialogGuard();
  return (
    <Button variant="default" onClick={() => (dialog ? dialog.requestClose() : onCancel())}>
      {label}
    </Button>
  );
}
