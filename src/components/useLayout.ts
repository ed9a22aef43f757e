/**
 * The layout the view draws, with its labels placed, and the analysis it belongs to. A small
 * graph is laid out and labelled in place (a keystroke on a preset draws in the same frame); a
 * big one is laid out by the layout worker, then labelled in short tasks of their own before it is
 * drawn, so neither piece makes one long task with the first block of marks. Until then the
 * view keeps drawing what it drew before.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Analysis } from '../core/index.ts';
import { cachedLayout, layoutGraph, layoutRequest, type Layout, type LayoutOptions } from '../layout/index.ts';
import type { LabelledLayout } from '../layout/labelRoom.ts';
import { requestLayout, subscribeLayouts, WORKER_MIN_NODES } from '../worker/layoutClient.ts';
import { labelledLayout, labelledLayoutInStages } from '../view/labelGeometry.ts';
import { nodeSize } from '../view/nodeShape.ts';

export interface Drawing {
  readonly analysis: Analysis;
  readonly layout: Layout;
  /** `layout` widened where labels need room, with every label's place (labelGeometry.ts). */
  readonly labelled: LabelledLayout;
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

  const inPlaceDrawing = useMemo(() => (inPlace && layout ? { analysis, layout, labelled: labelledLayout(analysis, layout) } : null), [inPlace, analysis, layout]);
  const [placed, setPlaced] = useState<Drawing | null>(null);
  useEffect(() => {
    if (inPlace || !layout) return;
    // Labelled in stages, a task each: placing a 2,000-node graph's labels is ~80 ms in one piece.
    const stages = labelledLayoutInStages(analysis, layout);
    const next = () => {
      const r = stages.next();
      if (r.done) setPlaced({ analysis, layout, labelled: r.value });
      else id = setTimeout(next);
    };
    let id = setTimeout(next);
    return () => clearTimeout(id);
  }, [inPlace, analysis, layout]);
  const current = inPlaceDrawing ?? (placed && placed.analysis === analysis && placed.layout === layout ? placed : null);
  // The last drawing stays on screen while the next one is laid out: no blank flash per keystroke.
  const last = useRef<Drawing | null>(null);
  if (current) last.current = current;
  return { drawing: current ?? last.current, pending: current === null };
}
