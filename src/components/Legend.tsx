/**
 * What the drawing's marks mean, in a small collapsible box over the graph. The entries load
 * the first time it opens: nobody needs them at first paint.
 */
import { lazy, Suspense, useState } from 'react';

import { useT } from './useT.ts';

const LegendItems = lazy(() => import('./LegendItems.tsx'));

export function Legend() {
  const TEXT = useT().legend;
  const [open, setOpen] = useState(false);
  return (
    <details className="legend" data-explains="" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{TEXT.summary}</summary>
      {open && <Suspense fallback={null}><LegendItems /></Suspense>}
    </details>
  );
}
