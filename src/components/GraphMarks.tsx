/**
 * The pieces of the graph drawing, each memoised on plain props: a step changes a few
 * booleans, so only the nodes and edges whose state changed re-render, even on big graphs.
 * Values sit above an edge, gradients below it with a ∂, bolder and red.
 */
import { curveMonotoneX, line } from 'd3-shape';
import { memo } from 'react';
import { formatNumber, type Analysis } from '../core/index.ts';
import { catalogs, type Catalog } from '../i18n/index.ts';
import type { EdgeLayout, Layout, Point } from '../layout/index.ts';
import type { NodeState, StepView } from '../view/graphState.ts';
import { GATE_RADIUS, gateSymbol, nodeSize } from '../view/nodeShape.ts';
import { BLANK, NO_BLANKS, type Blanks } from '../view/presenter/hideNumbers.ts';
import { OUTPUT_STUB } from './useGraphZoom.ts';

const curve = line<Point>().x((p) => p.x).y((p) => p.y).curve(curveMonotoneX).digits(1);
/** An edge wrapping to the next row runs back left (src/layout/rows.ts): straight runs, no monotone curve. */
const polyline = line<Point>().x((p) => p.x).y((p) => p.y).digits(1);
const runsBack = (points: readonly Point[]) => points.some((p, i) => i > 0 && p.x < points[i - 1].x);
/** Layouts are cached and frozen, so an edge's path string is built once, not on every value edit. */
const paths = new WeakMap<EdgeLayout, string>();
function edgePath(geometry: EdgeLayout): string {
  let d = paths.get(geometry);
  if (d === undefined) {
    d = (runsBack(geometry.points) ? polyline : curve)(geometry.points as Point[]) ?? '';
    paths.set(geometry, d);
  }
  return d;
}

export function ArrowMarker() {
  return (
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
        <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
      </marker>
    </defs>
  );
}

interface EdgeProps {
  analysis: Analysis; id: number; geometry: EdgeLayout; at: Point; valueOn: boolean; gradOn: boolean; active: boolean; gradText?: string;
  /** "Hide numbers": the current step's new value or term shows as a blank. */
  valueBlank?: boolean; gradBlank?: boolean;
}

/** A gradient label: `∂ 3`, a tangent's own text (`d/dx 3`), or under "Hide numbers" `∂ ?` (`d/dx ?`). */
const gradLabel = (v: number, gradText: string | undefined, blank: boolean | undefined) =>
  blank ? `${gradText?.split(' ')[0] ?? '∂'} ${BLANK}` : gradText ?? `∂ ${formatNumber(v)}`;

/** `at` is where the labels go (src/layout/labels.ts): the value above it, the gradient below. */
export const EdgeMark = memo(function EdgeMark({ analysis, id, geometry, at, valueOn, gradOn, active, gradText, valueBlank, gradBlank }: EdgeProps) {
  const { graph, trace } = analysis;
  const edge = graph.edges[id];
  return (
    <g className={`edge${active ? ' active' : ''}`}>
      <EdgePath geometry={geometry} />
      <text className={`edge-value${valueOn ? ' on' : ''}`} x={at.x} y={at.y - 7} textAnchor="middle">
        {valueOn ? (valueBlank ? BLANK : formatNumber(trace.values[edge.from])) : ''}
      </text>
      <text className={`edge-grad${gradOn ? ' on' : ''}${gradText ? ' tangent' : ''}`} x={at.x} y={at.y + 17} textAnchor="middle">
        {gradOn ? gradLabel(trace.contributions[id], gradText, gradBlank) : ''}
      </text>
    </g>
  );
}, sameEdge);

/** The edge's line alone: its geometry changes with the layout, never with a value. */
const EdgePath = memo(function EdgePath({ geometry }: { geometry: EdgeLayout }) {
  return <path d={edgePath(geometry)} markerEnd="url(#arrow)" />;
});

/** A short edge leaving the output: its value above, ∂f/∂f = 1 below once the backward pass starts. */
export const OutputStub = memo(function OutputStub({ analysis, at, valueOn, gradOn, gradText, valueBlank, gradBlank }: {
  analysis: Analysis; at: Point; valueOn: boolean; gradOn: boolean; gradText?: string; valueBlank?: boolean; gradBlank?: boolean;
}) {
  const { graph, trace } = analysis;
  const x0 = at.x + nodeSize(graph.nodes[graph.output]).width / 2;
  const x1 = x0 + OUTPUT_STUB - 20;
  return (
    <g className="edge output-stub">
      <path d={`M${x0},${at.y} L${x1},${at.y}`} markerEnd="url(#arrow)" />
      <text className={`edge-value${valueOn ? ' on' : ''}`} x={(x0 + x1) / 2} y={at.y - 7} textAnchor="middle">
        {valueOn ? (valueBlank ? BLANK : formatNumber(trace.values[graph.output])) : ''}
      </text>
      <text className={`edge-grad${gradOn ? ' on' : ''}${gradText ? ' tangent' : ''}`} x={(x0 + x1) / 2} y={at.y + 17} textAnchor="middle">
        {gradOn ? gradLabel(trace.grads[graph.output], gradText, gradBlank) : ''}
      </text>
    </g>
  );
});

interface NodeProps {
  analysis: Analysis;
  id: number;
  at: Point;
  state: NodeState;
  /** Shown in the tooltip only once the pass has reached them: nothing is given away early. */
  valueOn: boolean;
  gradOn: boolean;
  /** At a fan-out, once the node's step is reached: the sum of the terms its uses sent back. */
  showSum: boolean;
  selected: boolean;
  hovered: boolean;
  onSelect: (id: number | null) => void;
  onHover: (id: number | null) => void;
  /** Practice: the tooltip names the node without its numbers. */
  quiet?: boolean;
  /** The tooltips' sentences in the current language: one object per language, so memo still holds. */
  tips: Tips;
  /** "Hide numbers": the value or gradient this step introduces shows as a blank. */
  valueBlank?: boolean;
  gradBlank?: boolean;
}

type Tips = Catalog['graph']['tooltip'];

export const NodeMark = memo(function NodeMark({ analysis, id, at, state, valueOn, gradOn, showSum, selected, hovered, onSelect, onHover, quiet, tips, valueBlank, gradBlank }: NodeProps) {
  const { graph, trace } = analysis;
  const node = graph.nodes[id];
  const size = nodeSize(node);
  const symbol = gateSymbol(node);
  const cls = `node node-${node.kind} ${state}${selected ? ' selected' : ''}${hovered ? ' hovered' : ''}`;
  return (
    <g
      className={cls} transform={`translate(${at.x},${at.y})`}
      onClick={(e) => { e.stopPropagation(); onSelect(selected ? null : id); }}
      onMouseEnter={() => onHover(id)} onMouseLeave={() => onHover(null)}
    >
      <title>{quiet ? tips.quiet(node.text) : nodeTooltip(node.text, valueOn ? trace.values[id] : null, gradOn ? trace.grads[id] : null, tips, valueBlank, gradBlank)}</title>
      {node.kind === 'gate' ? (
        <>
          <circle r={GATE_RADIUS} />
          <text className={`gate-symbol${symbol.length > 2 ? ' long' : ''}`} textAnchor="middle" dy="0.35em">{symbol}</text>
          {/* A named gate shows its name; an anonymous one the g₁, g₂ its formulas call it by. */}
          {node.name ? <text className="node-name" textAnchor="middle" y={-GATE_RADIUS - 7}>{node.name}</text>
            : node.gateName && <text className="node-name gate-name" textAnchor="middle" y={-GATE_RADIUS - 7}><GateName name={node.gateName} /></text>}
        </>
      ) : (
        <>
          <rect x={-size.width / 2} y={-size.height / 2} width={size.width} height={size.height} rx={node.kind === 'input' ? 7 : 4} />
          <text className="node-label" textAnchor="middle" dy="0.35em">{node.text}</text>
        </>
      )}
      {showSum && <text className="fanout-sum" textAnchor="middle" y={size.height / 2 + 18}>{`Σ∂ ${gradBlank ? BLANK : formatNumber(trace.grads[id])}`}</text>}
    </g>
  );
}, sameNode);

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * g₁₇ with its number as a real subscript (digits at 80 %, lowered): the Unicode subscript
 * glyphs are drawn at about half the name's size, too small to read off a projector.
 */
function GateName({ name }: { name: string }) {
  const m = /^(.*?)([₀-₉]+)$/u.exec(name);
  if (!m) return <>{name}</>;
  const digits = [...m[2]].map((d) => SUBSCRIPT_DIGITS.indexOf(d)).join('');
  return <>{m[1]}<tspan className="gate-sub" fontSize="80%" dy="0.3em">{digits}</tspan></>;
}

/**
 * A mark re-renders only when what it shows changes. Every edit brings a new analysis, so
 * comparing it by identity would redraw every mark of a big graph on each keystroke; instead
 * compare what the mark reads from it (keep these in step with the marks above), and every
 * other prop as memo would.
 */
function sameEdge(a: EdgeProps, b: EdgeProps): boolean {
  if (a.analysis !== b.analysis) {
    const from = a.analysis.graph.edges[a.id]?.from;
    if (from === undefined || from !== b.analysis.graph.edges[b.id]?.from) return false;
    if (!Object.is(a.analysis.trace.values[from], b.analysis.trace.values[from])) return false;
    if (!Object.is(a.analysis.trace.contributions[a.id], b.analysis.trace.contributions[b.id])) return false;
  }
  return sameOtherProps(a, b);
}

function sameNode(a: NodeProps, b: NodeProps): boolean {
  if (a.analysis !== b.analysis) {
    const p = a.analysis.graph.nodes[a.id];
    const q = b.analysis.graph.nodes[b.id];
    if (!p || !q || p.kind !== q.kind || p.text !== q.text || p.name !== q.name || p.gateName !== q.gateName || gateSymbol(p) !== gateSymbol(q)) return false;
    if (!Object.is(a.analysis.trace.values[a.id], b.analysis.trace.values[b.id])) return false;
    if (!Object.is(a.analysis.trace.grads[a.id], b.analysis.trace.grads[b.id])) return false;
  }
  return sameOtherProps(a, b);
}

/**
 * Places are compared by value: a new shape is a new layout, whose points are new objects even
 * where nothing moved, and an edit at the end of a 5,000-node program moves few of them.
 */
function sameOtherProps<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'analysis' || Object.is(a[key], b[key])
    || (key === 'at' && samePoint(a[key] as Point, b[key] as Point))
    || (key === 'geometry' && samePoints((a[key] as EdgeLayout).points, (b[key] as EdgeLayout).points)));
}

const samePoint = (p: Point | undefined, q: Point | undefined) => p !== undefined && q !== undefined && p.x === q.x && p.y === q.y;
const samePoints = (p: readonly Point[], q: readonly Point[]) => p.length === q.length && p.every((point, i) => samePoint(point, q[i]));

/**
 * Marks in blocks, so a big drawing mounts a block per frame (never one long freeze) and a
 * block whose props did not change is skipped whole. Blocks return fragments: the SVG stays
 * flat, one `g.node` per node beside the edges.
 */
interface ChunkProps {
  analysis: Analysis;
  layout: Layout;
  view: StepView;
  start: number;
  end: number;
  /** "Hide numbers": which labels the current step introduces (NO_BLANKS when off). */
  blanks?: Blanks;
}

export const EdgeChunk = memo(function EdgeChunk({ analysis, layout, view, start, end, anchors, gradText, blanks = NO_BLANKS }: ChunkProps & { anchors: readonly Point[]; gradText?: (node: number) => string }) {
  const { edges } = analysis.graph;
  const marks = [];
  for (let id = start; id < end; id++) {
    const edge = edges[id];
    marks.push(
      <EdgeMark
        key={id} analysis={analysis} id={id} geometry={layout.edges[id]} at={anchors[id]}
        valueOn={view.valueShown(edge.from)}
        gradOn={view.gradShown(id)}
        gradText={gradText && view.gradShown(id) ? gradText(edge.from) : undefined}
        valueBlank={blanks.value(edge.from)} gradBlank={blanks.grad(id)}
        active={view.current === edge.to || view.current === edge.from}
      />,
    );
  }
  return <>{marks}</>;
});

interface NodeChunkProps extends ChunkProps {
  /** The selected and hovered node if it is in this block, else null: the other blocks skip re-rendering. */
  selected: number | null;
  hovered: number | null;
  onSelect: (id: number | null) => void;
  onHover: (id: number | null) => void;
  quiet?: boolean;
  tips: Tips;
}

export const NodeChunk = memo(function NodeChunk({ analysis, layout, view, start, end, selected, hovered, onSelect, onHover, quiet, tips, blanks = NO_BLANKS }: NodeChunkProps) {
  const marks = [];
  for (let id = start; id < end; id++) {
    marks.push(
      <NodeMark
        key={id} analysis={analysis} id={id} at={layout.nodes[id]}
        state={view.nodeState(id)}
        valueOn={view.valueShown(id)} gradOn={view.nodeGradShown(id)}
        showSum={view.sumShown(id)} quiet={quiet}
        selected={selected === id} hovered={hovered === id}
        onSelect={onSelect} onHover={onHover} tips={tips}
        valueBlank={blanks.value(id)} gradBlank={blanks.nodeGrad(id)}
      />,
    );
  }
  return <>{marks}</>;
});

/** "q: value 3, gradient -4", with only what the lesson has reached so far. */
export function nodeTooltip(text: string, value: number | null, grad: number | null, tips: Tips = catalogs.en.graph.tooltip, valueBlank = false, gradBlank = false): string {
  if (value === null) return tips.notComputed(text);
  const v = valueBlank ? BLANK : formatNumber(value);
  return grad === null ? tips.value(text, v) : tips.valueAndGradient(text, v, gradBlank ? BLANK : formatNumber(grad));
}
