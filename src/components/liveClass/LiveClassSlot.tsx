/**
 * Where the live class's panel goes once a door is open; it and the Socket.IO client load then.
 * In presenter mode, where the header is hidden, "Start a live class" is in the Inputs drawer
 * (PresenterDrawer), not over the drawing or the step buttons.
 */
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { useDoor } from './entry.ts';

const LiveClassPanel = lazy(() => import('./LiveClassPanel.tsx'));

export function LiveClassSlot() {
  const door = useDoor();
  if (door === null) return null;
  return <ErrorBoundary panel="liveClass"><Suspense fallback={null}><LiveClassPanel door={door} /></Suspense></ErrorBoundary>;
}
