/**
 * What the graph area holds for a program past the drawing cap: how big it is, the cap, and the
 * way to its answers. Mounting tens of thousands of SVG nodes takes seconds of main-thread work
 * (and the browser's memory), and a picture that size is unreadable anyway; the analysis is
 * there all the same, so the timeline, the step explanation and the gradients table still work.
 */
import { useChainrule } from '../store/store.ts';
import { useT } from './useT.ts';

/**
 * Graphs up to this many nodes are drawn. Measured with bench:browser under load: a 5,000-node
 * paste mounts in blocks of ≈ 420 marks per frame, each frame's task under 100 ms; past it the
 * blocks (a twelfth of the graph each, see GraphView) grow until a frame takes several hundred.
 */
export const DRAW_MAX_NODES = 5000;

export function BigGraphNote({ nodes, analysing }: { nodes: number; analysing: boolean }) {
  const t = useT().bigGraph;
  const last = useChainrule((s) => s.last);
  return (
    <section className="graph-view big-graph" aria-label={t.region}>
      {analysing && <p className="busy-note" role="status">{t.analysing}</p>}
      <p className="big-graph-message">{t.tooBig(nodes, DRAW_MAX_NODES)}</p>
      <p>{t.available}</p>
      <button type="button" onClick={last}>{t.showGradients}</button>
    </section>
  );
}
