/**
 * The layout the view draws, and the analysis it belongs to. A small graph is laid out in place
 * (a keystroke on a preset draws in the same frame); a big one goes to the layout worker, and
 * until its answer is in the cache the view keeps drawing what it drew before.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Analysis } from '../core/index.ts';
import { cachedLayout, layoutGraph, layoutRequest, type Layout, type LayoutOptions } from '../layout/index.ts';
import { requestLayout, subscribeLayouts, WORKER_MIN_NODES } from '../worker/layoutClient.ts';
import { nodeSize } from './nodeShape.ts';

export interface Drawing {
  readonly analysis: Analysis;
  readonly layout: Layout;
}

export function useLayout(analysis: Analysis, options: LayoutOptions): { drawing: Drawing | null; pending: boolean } {
  const { graph } = analysis;
  const inPlace = graph.nodes.length < WORKER_MIN_NODES;
  const request = useMemo(() => (inPlace ? null : layoutRequest(graph, nodeSize, options)), [graph, inPlace, options]);
  const fromWorker = useSyncExternalStore(subscribeLayouts, () => (request ? cachedLayout(request.key) : undefined));
  const layout = useMemo(() => (inPlace ? layoutGraph(graph, nodeSize, options) : fromWorker), [inPlace, graph, options, fromWorker]);
  useEffect(() => {
    if (request && !layout) requestLayout(request);
  }, [request, layout]);

  const current = useMemo(() => (layout ? { analysis, layout } : null), [analysis, layout]);
  // The last drawing stays on screen while the next one is laid out: no blank flash per keystroke.
  const last = useRef<Drawing | null>(null);
  if (current) last.current = current;
  return { drawing: current ?? last.current, pending: current === null };
}
