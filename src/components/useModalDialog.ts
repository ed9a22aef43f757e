/**
 * A modal <dialog> that opens at its top: showModal() would focus the first control, and in a
 * long dialog that control (a Close button at the end) scrolls the top out of sight. Focus goes
 * to the title instead, so the dialog reads from its beginning; Esc closes it, and focus returns
 * to where the student was.
 */
import { useEffect, useRef } from 'react';

export function useModalDialog(onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const returnTo = document.activeElement as HTMLElement | null;
    if (!d.open) d.showModal();
    title.current?.focus({ preventScroll: true });
    d.scrollTop = 0;
    d.addEventListener('close', onClose);
    return () => {
      d.removeEventListener('close', onClose);
      // The dialog's own return of focus is not guaranteed once React removes the element.
      returnTo?.focus?.();
    };
  }, [onClose]);
  return { dialog, title };
}
