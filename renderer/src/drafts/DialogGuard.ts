import { createContext, useContext } from 'react';

/** What a form inside a FormDialog tells the dialog, so closing it can ask before discarding. */
export interface DialogMember {
  dirty: boolean;
  label: string;
  restoredAt: string | null;
  discard: () => void;
}

export interface DialogGuard {
  report: (token: string, member: DialogMember | null) => void;
  /** Close as if by Cancel: asks first when a member has unsaved edits. */
  requestClose: () => void;
}

export const DialogGuardContext = createContext<DialogGuard | null>(null);
export const useDialogGuard = () => useContext(DialogGuardContext);
