/**
 * The computational graph: React renders every node, edge and label as SVG; D3 supplies the
 * edge paths (d3-shape) and zoom/pan (d3-zoom, attached once). Layout comes from src/layout,
 * cached by graph shape, so stepping or editing a value never lays the graph out again; big
 * graphs are laid out in a worker (useLayout) and mounted a few chunks per frame, as many as a
 * time budget allows, so the page never freezes while they appear. Forward values sit above each edge, gradients below it, with a ∂
 * prefix, bolder and in another colour, so the two read apart on a projector and without colour.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Analysis } from '../core/index.ts';
import type { Layout, Point } from '../layout/index.ts';
import { useChainrule } from '../store/store.ts';
import { ArrowMarker, EdgeChunk, NodeChunk, OutputStub } from './GraphMarks.tsx';
import { stepView } from '../view/graphState.ts';
import { numbersHidden } from '../store/slices.ts';
import { NO_BLANKS, stepBlanks } from '../view/presenter/hideNumbers.ts';
import { fitsReadable, LAPTOP_SCALES, MARGIN, PRESENTER_SCALES, useGraphZoom } from './useGraphZoom.ts';
import { EdgeStubs } from './EdgeStubs.tsx';
import { neighbourhood } from '../view/neighbourhood.ts';
import { keyhole } from '../view/presenter/keyhole.ts';
import { usePresenterLayout } from './presenter/usePresenterLayout.ts';
import { useLayout } from './useLayout.ts';
import { BigGraphNote, DRAW_MAX_NODES } from './BigGraphNote.tsx';
import { useT } from './useT.ts';
import { loadGraphFont } from '../view/graphFont.ts';
import type { GraphOverlay } from '../view/lessonView.ts';

// Only once "Fit to screen" finds the graph too big to read whole.
const GraphOverview = lazy(() => import('./GraphOverview.tsx'));

/** Room between columns for a label like "∂ -0.19661" at 14 px; one object so the layout cache hits. */
const LAYOUT_OPTIONS = { layerGap: 100, nodeGap: 60 };
/**
 * The Statements view, drawn like the course's network pictures: each input in the column just
 * before the statement it feeds first, inputs stacked a label block apart (32 px boxes, 14 apart:
 * the 40.4 px label blocks beside them tile), an input used once leading out level with its
 * labels on that stretch, room under each fan-out's sum, and a column too tall for the window
 * giving its inputs a column of their own. Layout units, labels included: mlp-2321 980×1027 →
 * 1300×555, net-222 843×574 → 1193×330 (wider, much shorter: both fit 1280×720 with the side
 * panels folded, which "Fit to screen" does for them: see tests/e2e/statements-fit.spec.ts).
 */
const STATEMENT_LAYOUT_OPTIONS = {
  layerGap: 100, nodeGap: 16, inputReach: 0, leafGap: 14, sumRoom: 24, leafStub: 100, splitTallColumns: true,
  wrapWidth: 700, laneGap: 40,
};
/**
 * Marks (nodes or edges) per chunk: each chunk is one memoised component, so a step re-renders
 * only the chunks whose marks changed, and a big graph mounts whole chunks, as many a frame as
 * the frame's budget allows (useMountedMarks).
 */
const CHUNK = 50;
/** A graph of at most this many marks (every preset) mounts at once: drawn in the keystroke's own frame. */
const AT_ONCE = 800;
/** Marks in the first frame of a bigger graph: it measures what a mark costs on this machine, now. */
const FIRST = 200;
/**
 * React's work per frame while a big graph mounts. Mounting by count misjudged a loaded machine
 * (400 marks a frame took 330 ms there); by time, each frame stays short however busy the
 * machine is, and the browser's style, layout and paint of the new marks fit beside it.
 * 25 ms, not 10: a big paste is drawn in fewer frames (A/B on clean builds, the bench's typing
 * then pastes: Primitives of the 2,002-node paste 2.5 s, was 4.0; the 4,952-node paste 7.0 s,
 * was 12.1), each frame well inside the 200 ms a paste may take.
 */
const FRAME_BUDGET_MS = 25;
/** React's work for the marks a new shape keeps from the drawing before (re-rendered in place, no flash); the rest mount as above. */
const KEEP_BUDGET_MS = 50;
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
  /** The side panels' room, which "Fit to screen" may take when the drawing needs it to be read whole. */
  room?: PanelRoom;
  /** The page's own controls for the graph (legend, table view, panel toggles), in the strip above the drawing. */
  controls?: ReactNode;
}

export interface PanelRoom {
  /**
   * The drawing's size in px once the side panels fold (the graph then takes the centre's height
   * above the timeline), or null when none is open beside it.
   */
  folded(): { width: number; height: number } | null;
  /** Folds them. */
  fold(): void;
}

export type { GraphOverlay } from '../view/lessonView.ts';

/** The graph, or past the drawing cap the message that stands in for it. */
export function GraphView(props: Props) {
  const { nodes } = props.analysis.graph;
  if (nodes.length <= DRAW_MAX_NODES) return <DrawnGraph {...props} />;
  return (
    <>
      <div className="graph-strip">{props.controls}</div>
      <BigGraphNote nodes={nodes.length} analysing={props.analysing === true} />
    </>
  );
}

function DrawnGraph({ analysis: latest, step: latestStep, stale, analysing, overlay, room, controls }: Props) {
  const TEXT = useT().graph;
  useEffect(loadGraphFont, []);
  const t = useT().bigGraph;
  // Presenting, the Gates and Primitives views are laid out to show a gate with its operands on one screen.
  const projector = usePresenterLayout();
  const { drawing, pending } = useLayout(latest, latest.trace.rules.kind === 'lines' ? STATEMENT_LAYOUT_OPTIONS : projector ?? LAYOUT_OPTIONS);
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
  // The current node with its operands and consumers: what the framing keeps in view (src/view/framing.ts).
  const currentNode = view.current;
  const focus = useMemo(
    // Presenting, the keyhole: the node with its operands, which the formulas on screen speak of.
    () => (currentNode === null || !layout ? null : (projector ? keyhole : neighbourhood)(analysis.graph, layout, currentNode, MARGIN)),
    [analysis.graph, layout, currentNode, projector],
  );
  // Presenter mode: labels at projector size, following the current node rather than shrinking.
  const presenter = useChainrule((s) => s.presenter);
  const scales = presenter ? PRESENTER_SCALES : LAPTOP_SCALES;
  // Presenter mode's "Hide numbers": what this step introduces shows as a blank (hideNumbers.ts).
  const hideNumbers = useChainrule(numbersHidden);
  const blanks = useMemo(() => (hideNumbers ? stepBlanks(analysis, view, gradText !== undefined) : NO_BLANKS), [hideNumbers, analysis, view, gradText]);
  const { svgRef, viewGroup, fit, viewportSize, watchView, panTo } = useGraphZoom(layout ?? EMPTY_LAYOUT, focus, analysis.graph.layoutKey, scales);
  const [overview, setOverview] = useState<unknown>(null);
  // "Fit to screen": the whole drawing, readable. When the side panels leave too little room for
  // that and folding them gives enough (the course's networks in the Statements view at 1280×720),
  // they fold, and the graph is placed again as it grows. Where nothing gives enough, the overview
  // opens beside the graph: never a press that does nothing.
  const fitToScreen = () => {
    const { width, height } = viewportSize();
    const folded = presenter ? null : room?.folded() ?? null;
    if (layout && fitsReadable(layout, width, height, scales)) fit();
    else if (layout && folded && fitsReadable(layout, folded.width, folded.height, scales)) room!.fold();
    else {
      setOverview(analysis.graph.layoutKey);
      fit();
    }
  };
  // The overview belongs to the drawing it was opened on.
  const showOverview = layout !== null && overview === analysis.graph.layoutKey;
  const selected = useChainrule((s) => s.selected);
  const hovered = useChainrule((s) => s.hovered);
  const select_ = useChainrule((s) => s.select);
  const hover = useChainrule((s) => s.hover);

  const { graph } = analysis;
  const nodeChunks = Math.ceil(graph.nodes.length / CHUNK);
  const edgeChunks = Math.ceil(graph.edges.length / CHUNK);
  const total = graph.nodes.length + graph.edges.length;
  const marks = useMountedMarks(total, layout);
  // Nodes and edges mount side by side, in proportion: the drawing fills in evenly.
  const mountedNodes = Math.ceil((marks * nodeChunks) / Math.max(1, total));
  const mountedEdges = Math.ceil((marks * edgeChunks) / Math.max(1, total));
  const inChunk = (id: number | null, b: number) => (id !== null && id >= b * CHUNK && id < (b + 1) * CHUNK ? id : null);
  const chunks = (count: number) => Array.from({ length: count }, (_, b) => b);
  const calm = graph.nodes.length > CALM_NODES;

  return (
    <div className={`graph-view${stale ? ' stale' : ''}`} aria-busy={pending || marks < total}>
      {/* Every control in a strip of its own: none covers a node or a label. */}
      <div className="graph-strip">
        <div className="graph-toolbar">
          <button type="button" onClick={fitToScreen}>{TEXT.fit}</button>
        </div>
        {controls}
        {stale && <span className="stale-note">{TEXT.stale}</span>}
        {analysing && !stale && <span className="busy-note" role="status">{t.analysing}</span>}
      </div>
      <div className="graph-body">
      <svg ref={svgRef} role="img" aria-label={TEXT.name} className={`graph-svg${calm ? ' calm' : ''}`} tabIndex={0}>
        {layout ? (
          <g ref={viewGroup}>
            <g transform={`translate(${MARGIN},${MARGIN})`}>
              <ArrowMarker />
              <g className="edges">
                {chunks(mountedEdges).map((b) => (
                  <EdgeChunk
                    key={b} analysis={analysis} layout={layout} view={view} anchors={labelAnchors} gradText={gradText} blanks={blanks}
                    start={b * CHUNK} end={Math.min(graph.edges.length, (b + 1) * CHUNK)}
                  />
                ))}
              </g>
              <OutputStub
                analysis={analysis} at={layout.nodes[graph.output]}
                valueOn={view.valueShown(graph.output)} gradOn={view.nodeGradShown(graph.output)}
                gradText={gradText && view.nodeGradShown(graph.output) ? gradText(graph.output) : undefined}
                valueBlank={blanks.value(graph.output)} gradBlank={blanks.nodeGrad(graph.output)}
              />
              {chunks(mountedNodes).map((b) => (
                <NodeChunk
                  key={b} analysis={analysis} layout={layout} view={view} blanks={blanks}
                  start={b * CHUNK} end={Math.min(graph.nodes.length, (b + 1) * CHUNK)}
                  selected={inChunk(selected, b)} hovered={inChunk(hovered, b)}
                  onSelect={select_} onHover={hover} quiet={current?.quiet} tips={TEXT.tooltip}
                />
              ))}
            </g>
          </g>
        ) : (
          <text x="50%" y="50%" textAnchor="middle" className="graph-pending">{TEXT.laying}</text>
        )}
        <EdgeStubs around={layout ? focus : null} watchView={watchView} />
      </svg>
      {showOverview && (
        <Suspense fallback={null}>
          <GraphOverview layout={layout} current={view.current} watchView={watchView} panTo={panTo} onClose={() => setOverview(null)} />
        </Suspense>
      )}
      </div>
    </div>
  );
}

const NO_ANCHORS: readonly Point[] = [];
const EMPTY_LAYOUT: Layout = { nodes: [], edges: [], layers: 0, width: 0, height: 0 };

/**
 * How many marks are mounted: all at once for a small graph; for a big one, FIRST in the first
 * frame, then each frame as many as FRAME_BUDGET_MS allows at the cost per mark the frame before
 * measured (React's render and commit, from this render to its layout effect). A new shape keeps
 * as many marks as were on screen, up to KEEP_BUDGET_MS of them (they re-render in place, no flash
 * on an edit), and mounts the rest the same way.
 */
function useMountedMarks(total: number, layout: Layout | null): number {
  const [state, setState] = useState({ layout, marks: FIRST });
  const perMark = useRef(0);
  // Marks kept across a new shape re-render in one commit, so only as many as KEEP_BUDGET_MS allows.
  const keepCap = perMark.current > 0 ? Math.floor(KEEP_BUDGET_MS / perMark.current) : Infinity;
  const kept = state.layout === layout ? state.marks : Math.max(FIRST, Math.min(state.marks, total, keepCap));
  if (state.layout !== layout) setState({ layout, marks: kept });
  const marks = total <= AT_ONCE ? total : Math.min(total, kept);
  // When this render began, and how many marks the last commit held: what a mark costs.
  const began = useRef({ marks: 0, layout, at: 0 });
  if (began.current.marks !== marks || began.current.layout !== layout) began.current = { marks, layout, at: performance.now() };
  const committed = useRef(0);
  const layoutMeasured = useRef(layout);
  useLayoutEffect(() => {
    const added = marks - committed.current;
    committed.current = marks;
    // A new drawing's first commit also carries the old one's unmounting and the zoom's fit: not a mark's cost.
    if (added <= 0 || began.current.layout !== layoutMeasured.current) {
      layoutMeasured.current = began.current.layout;
      return;
    }
    // Averaged with the frames before, and a frame that took more than twice the estimate (the
    // machine busy elsewhere, a garbage collection) counted as twice: one slow frame is not the rule.
    const cost = (performance.now() - began.current.at) / added;
    perMark.current = perMark.current > 0 ? (perMark.current + Math.min(cost, 2 * perMark.current)) / 2 : cost;
  }, [marks]);
  useEffect(() => {
    if (marks >= total) return;
    const next = perMark.current > 0 ? Math.floor(FRAME_BUDGET_MS / perMark.current) : FIRST;
    const id = requestAnimationFrame(() => setState((s) => ({ ...s, marks: s.marks + Math.max(CHUNK, next) })));
    return () => cancelAnimationFrame(id);
  }, [marks, total]);
  return marks;
}
