/**
 * Where the live class's panel goes once a door is open; it and the Socket.IO client load then.
 * In presenter mode, where the header is hidden, the slot holds "Start a live class" itself.
 */
import { lazy, Suspense } from 'react';
import { useChainrule } from '../../store/store.ts';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { useDoor } from './entry.ts';
import { LiveClassButtons } from './LiveClassButtons.tsx';

const LiveClassPanel = lazy(() => import('./LiveClassPanel.tsx'));
// Inline (through the CSSOM, CSP-safe): the panel's stylesheet loads only with the panel.
const CORNER = { position: 'fixed', left: '0.75rem', bottom: '0.75rem', zIndex: 30 } as const;

export function LiveClassSlot() {
  const door = useDoor();
  const presenter = useChainrule((s) => s.presenter);
  if (door === null) return presenter ? <div className="live-class-corner" style={CORNER}><LiveClassButtons presenterOnly /></div> : null;
  return <ErrorBoundary panel="liveClass"><Suspense fallback={null}><LiveClassPanel door={door} /></Suspense></ErrorBoundary>;
}
