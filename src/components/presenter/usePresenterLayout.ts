/**
 * The projector layout while presenting (src/view/presenter/keyhole.ts), by the screen's shape;
 * null otherwise. In the first chunk (a few lines): the graph asks for it on every render.
 */
import { useSyncExternalStore } from 'react';
import type { LayoutOptions } from '../../layout/index.ts';
import { useChainrule } from '../../store/store.ts';
import { PRESENTER_LAYOUTS } from '../../view/presenter/keyhole.ts';

/** The screen is wide (16:9, 16:10) rather than 4:3. */
const wideQuery = () => window.matchMedia?.('(min-aspect-ratio: 3/2)');

const subscribe = (change: () => void) => {
  const query = wideQuery();
  query?.addEventListener('change', change);
  return () => query?.removeEventListener('change', change);
};
const wide = () => wideQuery()?.matches ?? true;

export function usePresenterLayout(): LayoutOptions | null {
  const presenter = useChainrule((s) => s.presenter);
  const isWide = useSyncExternalStore(subscribe, wide, () => true);
  if (!presenter) return null;
  return isWide ? PRESENTER_LAYOUTS.wide : PRESENTER_LAYOUTS.square;
}
