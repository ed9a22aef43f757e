/**
 * The computational graph: React renders every node, edge and label as SVG; D3 supplies the
 * edge paths (d3-shape) and zoom/pan (d3-zoom, attached once). Layout comes from src/layout,
 * cached by graph shape, so stepping or editing a value never lays the graph out again; big
 * graphs are laid out in a worker (useLayout) and mounted a block per frame, so the page never
 * freezes while they appear. Forward values sit above each edge, gradients below it, with a ∂
 * prefix, bolder and in another colour, so the two read apart on a projector and without colour.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Analysis } from '../core/index.ts';
import type { Layout, Point } from '../layout/index.ts';
import { useChainrule } from '../store/store.ts';
import { ArrowMarker, EdgeChunk, NodeChunk, OutputStub } from './GraphMarks.tsx';
import { stepView, type StepView } from './graphState.ts';
import { LAPTOP_SCALES, MARGIN, PRESENTER_SCALES, useGraphZoom } from './useGraphZoom.ts';
import { useLayout } from './useLayout.ts';
import { BigGraphNote, DRAW_MAX_NODES } from './BigGraphNote.tsx';
import { useT } from './useT.ts';
import { loadGraphFont } from './graphFont.ts';

/** Room between columns for a label like "∂ -0.19661" at 14 px; one object so the layout cache hits. */
const LAYOUT_OPTIONS = { layerGap: 100, nodeGap: 60 };
/**
 * The Statements view, drawn like the course's network pictures: each input in the column just
 * before the statement it feeds first, inputs stacked a label block apart (32 px boxes, 14 apart:
 * the 40.4 px label blocks beside them tile), an input used once leading out level with its
 * labels on that stretch, room under each fan-out's sum, and a column too tall for the window
 * giving its inputs a column of their own. Layout units, labels included: mlp-2321 980×1027 →
 * 1300×555, net-222 843×574 → 1193×330 (wider, much shorter: both fit 1280×720 with the side
 * panels folded, see tests/e2e/statements-fit.spec.ts).
 */
const STATEMENT_LAYOUT_OPTIONS = {
  layerGap: 100, nodeGap: 16, inputReach: 0, leafGap: 14, sumRoom: 24, leafStub: 100, splitTallColumns: true,
  wrapWidth: 700, laneGap: 40,
};
/**
 * Marks mounted per frame: a few hundred keep each frame's script well under 100 ms. Every frame
 * also repaints the visible SVG whatever was added (traces show paint dominating these frames),
 * so blocks are no smaller than that, and a huge graph takes bigger ones in at most MAX_FRAMES
 * frames: mounting stays linear in its size rather than quadratic.
 */
const BLOCK = 400;
const MAX_FRAMES = 12;
/** Past this many nodes, marks change without CSS transitions: hundreds of fades cost the compositor more than they show. */
const CALM_NODES = 300;

interface Props {
  analysis: Analysis;
  step: number;
  stale: boolean;
  /** A big text is being analysed: what is drawn is the analysis before it. */
  analysing?: boolean;
  /** Forward mode or practice: another view of the step, tangent labels, numbers kept out of tooltips. */
  overlay?: GraphOverlay;
}

export interface GraphOverlay {
  readonly view: StepView;
  /** The label below an edge leaving `node` (forward mode's tangent) instead of its gradient. */
  readonly gradText?: (node: number) => string;
  /** Practice: tooltips name nodes without their numbers. */
  readonly quiet?: boolean;
}

/** The graph, or past the drawing cap the message that stands in for it. */
export function GraphView(props: Props) {
  const { nodes } = props.analysis.graph;
  return nodes.length > DRAW_MAX_NODES ? <BigGraphNote nodes={nodes.length} analysing={props.analysing === true} /> : <DrawnGraph {...props} />;
}

function DrawnGraph({ analysis: latest, step: latestStep, stale, analysing, overlay }: Props) {
  const TEXT = useT().graph;
  useEffect(loadGraphFont, []);
  const t = useT().bigGraph;
  const detail = useChainrule((s) => s.detail);
  const { drawing, pending } = useLayout(latest, detail === 'statements' ? STATEMENT_LAYOUT_OPTIONS : LAYOUT_OPTIONS);
  const analysis = drawing?.analysis ?? latest;
  // While a new shape is laid out, the previous drawing stays, at its own nearest step.
  const step = Math.min(latestStep, analysis.schedule.steps.length - 1);
  // The base layout widened where labels need room, and every label's place (labelGeometry.ts).
  const labelled = drawing?.labelled ?? null;
  const layout = labelled?.layout ?? null;
  const labelAnchors = labelled?.anchors ?? NO_ANCHORS;
  const reverseView = useMemo(() => stepView(analysis, step), [analysis, step]);
  // A lesson overlay (forward mode, practice) speaks of the latest analysis: not of a drawing kept while the next is laid out.
  const current = analysis === latest ? overlay : undefined;
  const view = current?.view ?? reverseView;
  const gradText = current?.gradText;
  const focus = view.current === null || !layout ? null : layout.nodes[view.current];
  // Presenter mode: labels at projector size, following the current node rather than shrinking.
  const presenter = useChainrule((s) => s.presenter);
  const { svgRef, transform, fit } = useGraphZoom(layout ?? EMPTY_LAYOUT, focus, analysis.graph.layoutKey, presenter ? PRESENTER_SCALES : LAPTOP_SCALES);
  const selected = useChainrule((s) => s.selected);
  const hovered = useChainrule((s) => s.hovered);
  const select_ = useChainrule((s) => s.select);
  const hover = useChainrule((s) => s.hover);

  const { graph } = analysis;
  const block = Math.max(BLOCK, Math.ceil(Math.max(graph.nodes.length, graph.edges.length) / MAX_FRAMES));
  const nodeBlocks = Math.ceil(graph.nodes.length / block);
  const edgeBlocks = Math.ceil(graph.edges.length / block);
  const frames = Math.max(nodeBlocks, edgeBlocks);
  const mounted = useMountedFrames(frames, block, layout);
  const inBlock = (id: number | null, b: number) => (id !== null && id >= b * block && id < (b + 1) * block ? id : null);
  const blocks = (count: number, mountedCount: number) => Array.from({ length: Math.min(count, mountedCount) }, (_, b) => b);
  const calm = graph.nodes.length > CALM_NODES;

  return (
    <div className={`graph-view${stale ? ' stale' : ''}`} aria-busy={pending || mounted < frames}>
      <div className="graph-toolbar">
        <button type="button" onClick={fit}>{TEXT.fit}</button>
        {stale && <span className="stale-note">{TEXT.stale}</span>}
        {analysing && !stale && <span className="busy-note" role="status">{t.analysing}</span>}
      </div>
      <svg ref={svgRef} role="img" aria-label={TEXT.name} className={`graph-svg${calm ? ' calm' : ''}`} tabIndex={0}>
        {layout ? (
          <g transform={transform.toString()}>
            <g transform={`translate(${MARGIN},${MARGIN})`}>
              <ArrowMarker />
              <g className="edges">
                {blocks(edgeBlocks, Math.ceil((mounted * edgeBlocks) / frames)).map((b) => (
                  <EdgeChunk
                    key={b} analysis={analysis} layout={layout} view={view} anchors={labelAnchors} gradText={gradText}
                    start={b * block} end={Math.min(graph.edges.length, (b + 1) * block)}
                  />
                ))}
              </g>
              <OutputStub
                analysis={analysis} at={layout.nodes[graph.output]}
                valueOn={view.valueShown(graph.output)} gradOn={view.nodeGradShown(graph.output)}
                gradText={gradText && view.nodeGradShown(graph.output) ? gradText(graph.output) : undefined}
              />
              {blocks(nodeBlocks, Math.ceil((mounted * nodeBlocks) / frames)).map((b) => (
                <NodeChunk
                  key={b} analysis={analysis} layout={layout} view={view}
                  start={b * block} end={Math.min(graph.nodes.length, (b + 1) * block)}
                  selected={inBlock(selected, b)} hovered={inBlock(hovered, b)}
                  onSelect={select_} onHover={hover} quiet={current?.quiet} tips={TEXT.tooltip}
                />
              ))}
            </g>
          </g>
        ) : (
          <text x="50%" y="50%" textAnchor="middle" className="graph-pending">{TEXT.laying}</text>
        )}
      </svg>
    </div>
  );
}

const NO_ANCHORS: readonly Point[] = [];
const EMPTY_LAYOUT: Layout = { nodes: [], edges: [], layers: 0, width: 0, height: 0 };

/**
 * How many frames' worth of blocks are mounted: all at once for a small graph; for a big one, one
 * more block of nodes and edges per animation frame. A new shape keeps as many marks as were on
 * screen (they re-render in place, no flash on an edit) and mounts the rest the same way.
 */
function useMountedFrames(frames: number, block: number, layout: Layout | null): number {
  const [state, setState] = useState({ layout, marks: block });
  let { marks } = state;
  if (state.layout !== layout) {
    // Counted in marks, not blocks: a much bigger graph has bigger blocks.
    marks = Math.max(block, Math.floor(marks / block) * block);
    setState({ layout, marks });
  }
  const mounted = Math.min(frames, Math.ceil(marks / block));
  useEffect(() => {
    if (mounted >= frames) return;
    const id = requestAnimationFrame(() => setState((s) => ({ ...s, marks: s.marks + block })));
    return () => cancelAnimationFrame(id);
  }, [mounted, frames, block]);
  return mounted;
}
