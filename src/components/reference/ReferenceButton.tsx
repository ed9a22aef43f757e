/** "Language reference" in the header: opens the reference dialog, loaded on first use. */
import { lazy, Suspense, useCallback, useState } from 'react';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { useT } from '../useT.ts';

const ReferenceDialog = lazy(() => import('./ReferenceDialog.tsx'));

export function ReferenceButton() {
  const TEXT = useT().app;
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>{TEXT.languageReference}</button>
      {open && <ErrorBoundary panel="referenceDialog"><Suspense fallback={null}><ReferenceDialog onClose={close} /></Suspense></ErrorBoundary>}
    </>
  );
}
