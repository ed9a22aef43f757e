/**
 * The graph as paper draws it: the app's own layout (the positions GraphView uses, labels
 * placed by labelGeometry.ts), with the last step's numbers on it — each edge's value above it,
 * the gradient it carries back below, each fan-out's Σ∂ sum under its node, and every gate's
 * name (a named gate's, or the g₁₇ its formulas call it by). Plain geometry in layout units
 * (px), which the TikZ and SVG writers beside it draw.
 */
import { formatNumber, type Analysis } from '../../core/index.ts';
import { layoutGraph, type Point } from '../../layout/index.ts';
import { stepView } from '../graphState.ts';
import { GRAD_BASELINE, gradText, labelledLayout, NAME_ABOVE, SUM_BELOW, sumText, VALUE_BASELINE } from '../labelGeometry.ts';
import { layoutOptionsFor } from '../layoutOptions.ts';
import { GATE_RADIUS, gateSymbol, LABEL_FONT, nodeSize, OUTPUT_STUB } from '../nodeShape.ts';

export interface FigureNode {
  readonly at: Point;
  readonly shape: 'circle' | 'box';
  /** The circle's radius, or the box's half-width and half-height. */
  readonly halfWidth: number;
  readonly halfHeight: number;
  /** The gate's symbol, or the leaf's text. */
  readonly text: string;
  /** Above a gate: its name or its g₁₇. */
  readonly name?: FigureText;
  /** Under a fan-out: Σ∂ and its gradient. */
  readonly sum?: FigureText;
  readonly kind: 'input' | 'const' | 'gate';
}

/** A text and its baseline's middle: every label is centred on its x. */
export interface FigureText { readonly at: Point; readonly text: string }

export interface FigureEdge {
  readonly points: readonly Point[];
  readonly value: FigureText;
  readonly grad: FigureText;
}

export interface Figure {
  readonly nodes: readonly FigureNode[];
  /** The edges, then the output's stub (which has no node at its end). */
  readonly edges: readonly FigureEdge[];
  /** The bounding box of everything drawn, text included, in layout units. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** The text size the layout placed the labels for. */
  readonly fontSize: number;
}

/** More nodes than this are not drawn on paper: a page would hold only specks (and TeX runs out of memory). */
export const FIGURE_MAX_NODES = 400;

/** The figure of `analysis` in its view (`detail`), or null for a graph too big for a page. */
export function handoutFigure(analysis: Analysis, detail: string): Figure | null {
  const { graph, trace, schedule } = analysis;
  if (graph.nodes.length > FIGURE_MAX_NODES) return null;
  const { layout, anchors } = labelledLayout(analysis, layoutGraph(graph, nodeSize, layoutOptionsFor(detail)));
  const end = stepView(analysis, schedule.steps.length - 1);
  const nodes = graph.nodes.map((node): FigureNode => {
    const at = layout.nodes[node.id];
    const size = nodeSize(node);
    const gate = node.kind === 'gate';
    const name = gate ? node.name ?? node.gateName : undefined;
    return {
      at, kind: node.kind, shape: gate ? 'circle' : 'box',
      halfWidth: gate ? GATE_RADIUS : size.width / 2, halfHeight: gate ? GATE_RADIUS : size.height / 2,
      text: gate ? gateSymbol(node) : node.text,
      ...(name !== undefined && { name: { at: { x: at.x, y: at.y - GATE_RADIUS - NAME_ABOVE }, text: name } }),
      // Where NodeMark draws it: below the node's whole box, which holds a gate's name too.
      ...(end.sumShown(node.id) && { sum: { at: { x: at.x, y: at.y + size.height / 2 + SUM_BELOW }, text: sumText(trace.grads[node.id]) } }),
    };
  });
  const labels = (x: number, y: number, value: number, grad: number) => ({
    value: { at: { x, y: y + VALUE_BASELINE }, text: formatNumber(value) },
    grad: { at: { x, y: y + GRAD_BASELINE }, text: gradText(grad) },
  });
  const edges: FigureEdge[] = graph.edges.map((e) => ({
    points: layout.edges[e.id].points,
    ...labels(anchors[e.id].x, anchors[e.id].y, trace.values[e.from], trace.contributions[e.id]),
  }));
  // The output's stub, as GraphMarks' OutputStub draws it: ∂f/∂f = 1 below it.
  const out = layout.nodes[graph.output];
  const x0 = out.x + nodeSize(graph.nodes[graph.output]).width / 2;
  const x1 = x0 + OUTPUT_STUB - 20;
  edges.push({ points: [{ x: x0, y: out.y }, { x: x1, y: out.y }], ...labels((x0 + x1) / 2, out.y, trace.values[graph.output], trace.grads[graph.output]) });
  return { nodes, edges, ...bounds(nodes, edges), fontSize: LABEL_FONT };
}

/** Roughly how wide a label is: enough for the bounding box, which only needs to hold it. */
const textHalf = (text: string) => (text.length * 0.62 * LABEL_FONT) / 2;

function bounds(nodes: readonly FigureNode[], edges: readonly FigureEdge[]) {
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  const take = (x0: number, y0: number, x1: number, y1: number) => {
    left = Math.min(left, x0); top = Math.min(top, y0); right = Math.max(right, x1); bottom = Math.max(bottom, y1);
  };
  const text = ({ at, text: s }: FigureText) => take(at.x - textHalf(s), at.y - LABEL_FONT, at.x + textHalf(s), at.y + LABEL_FONT * 0.3);
  for (const n of nodes) {
    take(n.at.x - n.halfWidth, n.at.y - n.halfHeight, n.at.x + n.halfWidth, n.at.y + n.halfHeight);
    if (n.name) text(n.name);
    if (n.sum) text(n.sum);
  }
  for (const e of edges) {
    for (const p of e.points) take(p.x, p.y, p.x, p.y);
    text(e.value);
    text(e.grad);
  }
  const pad = 4;
  return { left: left - pad, top: top - pad, width: right - left + 2 * pad, height: bottom - top + 2 * pad };
}
