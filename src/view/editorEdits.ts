/**
 * App edits as the browser's own edits. A slider, "declare" or an example pick replaces text in
 * the program textarea through `execCommand('insertText')`, which Chromium (and Firefox) put on
 * the textarea's native undo stack: each app edit is one Ctrl+Z step among the student's typing,
 * and undoing typing keeps working as it always did. Only the changed middle of the text is
 * replaced, so the student's caret and scroll stay where they were.
 *
 * The edit needs the textarea focused for a moment; focus then goes back where it was, and
 * `isApplyingEdit()` lets blur handlers tell this dance from the student leaving a field.
 */

let applying = false;
/** The last grouped edit: a later edit of the same group amends it if the text is still its result. */
let lastGroup: { readonly group: string; readonly after: string } | null = null;

/** True while an app edit holds the focus in the editor. */
export const isApplyingEdit = () => applying;

/**
 * Replaces the textarea's whole text with `next` as one undoable edit; false if the browser
 * cannot. An edit of the same `group` as the last one, with the text still as that one left it,
 * first undoes it, so a slider drag of fifty values is one Ctrl+Z step (the redo it leaves is
 * dropped by the new edit, as after any edit).
 */
export function replaceText(area: HTMLTextAreaElement, next: string, group?: string): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const amend = group !== undefined && lastGroup?.group === group && lastGroup.after === area.value;
  lastGroup = null;
  const previous = document.activeElement as HTMLElement | null;
  const [selStart, selEnd] = [area.selectionStart, area.selectionEnd];
  applying = true;
  try {
    area.focus({ preventScroll: true });
    if (amend) document.execCommand('undo');
    const before = area.value;
    if (before === next) return true; // the gesture came back to where it started: no step at all
    const { start, end } = changedRange(before, next);
    const insert = next.slice(start, next.length - (before.length - end));
    area.setSelectionRange(start, end);
    const ok = insert === '' ? document.execCommand('delete') : document.execCommand('insertText', false, insert);
    if (!ok || area.value !== next) return false;
    if (group !== undefined) lastGroup = { group, after: next };
    // The student's caret, moved along if the edit was before it.
    const shift = (at: number) => (at >= end ? at + next.length - before.length : Math.min(at, start));
    if (previous !== area) area.setSelectionRange(shift(selStart), shift(selEnd));
    return true;
  } finally {
    if (previous && previous !== area && previous !== document.body) previous.focus({ preventScroll: true });
    else if (previous !== area) area.blur();
    applying = false;
  }
}

/** Runs the browser's undo or redo on the editor's stack, from wherever the focus is. */
export function undoInEditor(area: HTMLTextAreaElement, command: 'undo' | 'redo'): void {
  const previous = document.activeElement as HTMLElement | null;
  applying = true;
  try {
    area.focus({ preventScroll: true });
    document.execCommand(command);
  } finally {
    if (previous && previous !== area && previous !== document.body) previous.focus({ preventScroll: true });
    else if (previous !== area) area.blur();
    applying = false;
  }
}

/** The range of `before` that differs from `next`, after their common prefix and suffix. */
export function changedRange(before: string, next: string): { start: number; end: number } {
  let start = 0;
  const shortest = Math.min(before.length, next.length);
  while (start < shortest && before[start] === next[start]) start++;
  let suffix = 0;
  while (suffix < shortest - start && before[before.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  return { start, end: before.length - suffix };
}

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

/** Fields with their own undo: Ctrl+Z there belongs to them, not to the program. */
export function editsText(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}
