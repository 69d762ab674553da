import { useOpenDialog } from '../../router';

export interface RecordDialog<T> {
  /** null when closed; `record` is undefined for a new one. `extra` holds what a new one was opened with. */
  editing: { record?: T; extra: string[] } | null;
  openNew: (...extra: string[]) => void;
  openEdit: (record: T) => void;
  close: () => void;
}

/**
 * A page's dialog for one kind of record, named in the URL (`open=person:<id>` or `open=person:new`)
 * so a reload reopens it; the record is looked up in what the page has loaded (issue 9).
 */
export function useRecordDialog<T extends { id: string }>(kind: string, records: readonly T[] | undefined): RecordDialog<T> {
  const dialog = useOpenDialog();
  const parts = dialog.parts?.[0] === kind ? dialog.parts : null;
  let editing: RecordDialog<T>['editing'] = null;
  if (parts?.[1] === 'new') editing = { extra: parts.slice(2) };
  else if (parts) {
    const record = records?.find((r) => r.id === parts[1]);
    if (record) editing = { record, extra: [] };
  }
  return {
    editing,
    openNew: (...extra) => dialog.show(kind, 'new', ...extra),
    openEdit: (record) => dialog.show(kind, record.id),
    close: dialog.close,
  };
}
