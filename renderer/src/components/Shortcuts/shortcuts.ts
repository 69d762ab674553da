/**
 * Keyboard shortcuts for the frequent actions (issue 9, part 5). They act on what the screen shows
 * rather than on each page's state, so every clause gets them without wiring: a screen marks its
 * buttons with `data-shortcut="new" | "save" | "next-step" | "prev-step"`, and where a button is
 * not marked the usual label is used ("New …", "Add …", "Next…", "Back").
 */
export interface Shortcut {
  keys: string;
  /** As shown in the help panel. */
  label: string;
  what: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: 'mod+K', label: 'Ctrl+K', what: 'Search every record by id, title or description' },
  { keys: 'alt+N', label: 'Alt+N', what: 'New record on this screen (the first "New" or "Add" button)' },
  { keys: 'mod+S', label: 'Ctrl+S', what: 'Save the open dialog or editor' },
  { keys: 'alt+ArrowRight', label: 'Alt+→', what: 'Next wizard step' },
  { keys: 'alt+ArrowLeft', label: 'Alt+←', what: 'Previous wizard step' },
  { keys: 'shift+?', label: '?', what: 'Show these shortcuts' },
];

/** Keys of the 9.2 fieldwork screen, active there while the focus is not in a text field (Escape leaves one). */
export const FIELDWORK_SHORTCUTS: Array<Pick<Shortcut, 'label' | 'what'>> = [
  { label: 'J or ↓', what: 'Next checklist item' },
  { label: 'K or ↑', what: 'Previous checklist item' },
  { label: '1 or C', what: 'Conforming' },
  { label: '2 or Shift+M', what: 'Major nonconformity' },
  { label: '3 or M', what: 'Minor nonconformity' },
  { label: '4 or O', what: 'Observation' },
  { label: '5 or I', what: 'Opportunity for improvement' },
  { label: 'N or Enter', what: 'Write the note of this item (Escape leaves the note; it is kept as you type)' },
];

const visible = (el: Element): el is HTMLElement =>
  el instanceof HTMLElement && el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"]');
const enabled = (el: HTMLElement) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true' && el.dataset.disabled === undefined;

/** The first visible, enabled element marked for `name`, or else a button whose text matches. */
function target(scope: ParentNode, name: string, fallback?: RegExp): HTMLElement | null {
  const marked = Array.from(scope.querySelectorAll(`[data-shortcut="${name}"]`)).find((el) => visible(el) && enabled(el));
  if (marked) return marked as HTMLElement;
  if (!fallback) return null;
  const buttons = Array.from(scope.querySelectorAll('button, a[href]')).filter((el): el is HTMLElement => visible(el) && enabled(el));
  return buttons.find((b) => fallback.test((b.textContent ?? '').trim())) ?? null;
}

const openDialog = () => Array.from(document.querySelectorAll('[role="dialog"]')).filter(visible).at(-1) ?? null;
const main = () => document.querySelector('main');

/** Alt+N: the screen's "New …" / "Add …" button, unless a dialog is already open. */
export function newRecord(): boolean {
  const scope = main();
  if (!scope || openDialog()) return false;
  const el = target(scope, 'new', /^(New|Add)\b/);
  el?.click();
  return Boolean(el);
}

/** Ctrl+S: submit the open dialog's form; else press the screen's Save button. */
export function save(): boolean {
  const dialog = openDialog();
  const form = dialog?.querySelector('form');
  if (form) {
    form.requestSubmit();
    return true;
  }
  const el = target(dialog ?? document, 'save', /^Save\b/);
  el?.click();
  return Boolean(el);
}

/** Alt+→ / Alt+←: the wizard's Next / Back button. */
export function step(direction: 'next' | 'prev'): boolean {
  const scope = main();
  if (!scope || openDialog()) return false;
  const el = target(scope, `${direction}-step`, direction === 'next' ? /^Next\b/ : /^Back$/);
  el?.click();
  return Boolean(el);
}
