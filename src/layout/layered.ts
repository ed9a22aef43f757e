/**
 * A compact layered (Sugiyama-style) layout for expression DAGs: inputs in the left column,
 * the output in the right one, long edges routed through one waypoint lane per crossed layer
 * (up to a budget, see proper.ts), few crossings, straight-ish edges. Pure and iterative: no
 * recursion, so 10k-deep chains lay out, and the same input always gives the same picture.
 */
import { orderLayers } from './order.ts';
import { buildProperGraph } from './proper.ts';
import { assignY, layerColumns } from './position.ts';
import { assignLayers, DEEP_USE, size, splitTallColumns } from './layers.ts';
import { wrapInRows } from './wrapRows.ts';

export { countCrossings } from './crossings.ts';

export type NodeKind = 'input' | 'const' | 'gate';

export interface LayoutInput {
  /** Index = node id, in topological order (every node after its operands). */
  readonly nodes: readonly { readonly width: number; readonly height: number; readonly kind: NodeKind }[];
  /** Index = edge id. */
  readonly edges: readonly { readonly from: number; readonly to: number }[];
  /** The node drawn rightmost. */
  readonly output: number;
}

export interface LayoutOptions {
  /** Horizontal room between columns; the edge labels (value above, gradient below) live there. */
  readonly layerGap?: number;
  /** Least vertical room between nodes of one column. */
  readonly nodeGap?: number;
  /** Least vertical room between two leaves (inputs, constants) of one column; nodeGap if unset. */
  readonly leafGap?: number;
  /**
   * How many layers an input may sit left of its first consumer before it moves right to just
   * before it (DEEP_USE if unset). 0 puts every input beside the node it feeds first.
   */
  readonly inputReach?: number;
  /**
   * Extra room under every node with more than one out-edge, where the view draws its Σ∂ sum
   * (0 if unset): the next node down keeps its gap from the sum, not from the box.
   */
  readonly sumRoom?: number;
  /**
   * How far an edge from a leaf used once runs level out of the leaf before it turns to its
   * target (0 if unset): its labels sit on that stretch, at the leaf's own height, so a column
   * of leaves is a column of labels however the edges converge after it.
   */
  readonly leafStub?: number;
  /**
   * A column holding both gates and leaves that would stand taller than every other column
   * gives its leaves a column of their own, just after it: the picture grows wider, not taller.
   */
  readonly splitTallColumns?: boolean;
  /**
   * Past this width, if also over three times wider than tall, the columns wrap into rows, each
   * below the last (rows.ts); unset, never.
   * The length of an entering edge's level run (its labels sit there) is `leafStub`, else 100.
   */
  readonly wrapWidth?: number;
  /**
   * In a drawing wrapped into rows, the least vertical room beside a long edge's waypoint (from
   * a node or another waypoint); elsewhere, and if unset, nodeGap from a node and half of it
   * between waypoints. A label block's height keeps apart the labels of a chain and of the
   * edges of a weight running beside it.
   */
  readonly laneGap?: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface EdgeLayout {
  /** From the source's right side, through waypoints, to the target's left side; x never decreases. */
  readonly points: readonly Point[];
  /** The segment (from points[s − 1] to points[s]) where its labels go first, if not the usual ones (labels.ts). */
  readonly labelSegment?: number;
}

export interface Layout {
  /** Node centres, by node id. */
  readonly nodes: readonly Point[];
  /** By edge id. */
  readonly edges: readonly EdgeLayout[];
  readonly layers: number;
  /** Bounding box from (0, 0); every coordinate is inside it. */
  readonly width: number;
  readonly height: number;
}

export const defaultLayerGap = 150;
export const defaultNodeGap = 64;

export function layeredLayout(input: LayoutInput, options: LayoutOptions = {}): Layout {
  const layerGap = options.layerGap ?? defaultLayerGap;
  const nodeGap = options.nodeGap ?? defaultNodeGap;
  const n = input.nodes.length;
  if (n === 0) return { nodes: [], edges: [], layers: 0, width: 0, height: 0 };

  const nodeLayers = assignLayers(input, options.inputReach ?? DEEP_USE);
  if (options.splitTallColumns) splitTallColumns(input, nodeLayers, nodeGap, options.leafGap ?? nodeGap, size(options.sumRoom ?? 0));
  const graph = buildProperGraph(nodeLayers, input.edges);
  const layers = orderLayers(graph);
  const total = graph.layerOf.length;
  const width = new Float64Array(total);
  const height = new Float64Array(total);
  input.nodes.forEach((node, v) => {
    width[v] = size(node.width);
    height[v] = size(node.height);
  });
  const columns = layerColumns(layers, width, layerGap);
  const leaf = new Uint8Array(total);
  input.nodes.forEach((node, v) => (leaf[v] = node.kind === 'gate' ? 0 : 1));
  const below = new Float64Array(total);
  const sumRoom = size(options.sumRoom ?? 0);
  if (sumRoom > 0) {
    const fanOut = new Int32Array(n);
    for (const { from } of input.edges) fanOut[from]++;
    for (let v = 0; v < n; v++) if (fanOut[v] > 1) below[v] = sumRoom;
  }
  const leaves = { leaf, leafGap: options.leafGap ?? nodeGap, below };
  let y = assignY(layers, graph, height, nodeGap, leaves);
  const extent = () => {
    let top = Infinity;
    let bottom = -Infinity;
    for (let v = 0; v < total; v++) {
      top = Math.min(top, y[v] - height[v] / 2);
      bottom = Math.max(bottom, y[v] + height[v] / 2 + below[v]);
    }
    return { top, bottom };
  };
  let { top, bottom } = extent();
  const fullWidth = columns.x[layers.length - 1] + columns.width[layers.length - 1] / 2;
  const wide = options.wrapWidth !== undefined && n <= WRAP_MAX_NODES && fullWidth > options.wrapWidth && fullWidth > WRAP_ASPECT * (bottom - top);
  if (wide && options.laneGap !== undefined) {
    y = assignY(layers, graph, height, nodeGap, { ...leaves, laneGap: options.laneGap });
    ({ top, bottom } = extent());
  }
  const ports = multiEdgePorts(input, height);
  const wrap = wide ? wrapInRows(graph, layers, columns, y, height, below, ports, options.wrapWidth, size(options.leafStub ?? 0) || 100) : null;
  const rowOfLayer = (l: number) => (wrap ? wrap.rows.rowOf[l] : 0);
  const columnX = (l: number) => columns.x[l] + (wrap ? wrap.rows.dx[wrap.rows.rowOf[l]] : 0);
  const at = (v: number): Point => {
    const l = graph.layerOf[v];
    return { x: columnX(l), y: wrap ? y[v] + wrap.rows.dy[wrap.rows.rowOf[l]] : y[v] - top };
  };
  const nodes = input.nodes.map((_, v) => at(v));
  const stubbed = leafStubs(input, graph.chains, graph.layerOf, size(options.leafStub ?? 0));
  const edges = graph.chains.map((chain, e): EdgeLayout => {
    const source = nodes[chain[0]];
    const target = nodes[chain[chain.length - 1]];
    const points: Point[] = [{ x: source.x + width[chain[0]] / 2, y: source.y + ports[e] }];
    const sameRow = rowOfLayer(graph.layerOf[chain[0]]) === rowOfLayer(graph.layerOf[chain[chain.length - 1]]);
    if (stubbed[e] > 0 && sameRow) {
      // Level out of the leaf, leaving the edge room to turn before its target.
      const room = target.x - width[chain[1]] / 2 - points[0].x;
      points.push({ x: points[0].x + Math.max(0, Math.min(stubbed[e], room - TURN)), y: points[0].y });
      points.push({ x: target.x - width[chain[1]] / 2, y: target.y + ports[e] });
      return { points, labelSegment: 1 };
    }
    let labelSegment: number | undefined;
    for (let i = 1; i < chain.length; i++) {
      const turn = wrap?.turns.get(`${e}:${i}`);
      if (turn) {
        points.push(...turn);
        // Entering the target straight from the margin: the labels go on the level run.
        labelSegment = i === chain.length - 1 ? points.length - 1 : undefined;
      }
      if (i === chain.length - 1) break;
      if (wrap?.skip.has(`${e}:${i}`)) continue;
      // Through a wide column the edge runs level, so it never cuts a node's box.
      const { x, y: laneY } = at(chain[i]);
      const half = columns.width[graph.layerOf[chain[i]]] / 2;
      points.push({ x: x - half, y: laneY });
      if (half > 0) points.push({ x: x + half, y: laneY });
    }
    const before = graph.layerOf[chain[chain.length - 1]] - 1;
    if (chain.length === 2 && before > graph.layerOf[chain[0]] && rowOfLayer(before) === rowOfLayer(before + 1)) {
      // A long edge drawn direct (over the dummy budget) still enters level: its last segment, where labels go, is short.
      points.push({ x: columnX(before) + columns.width[before] / 2, y: target.y + ports[e] });
    }
    points.push({ x: target.x - width[chain[chain.length - 1]] / 2, y: target.y + ports[e] });
    return labelSegment === undefined ? { points } : { points, labelSegment };
  });
  if (wrap) return { nodes, edges, layers: layers.length, width: wrap.rows.width, height: wrap.rows.height };
  const last = layers.length - 1;
  return {
    nodes,
    edges,
    layers: layers.length,
    width: columns.x[last] + columns.width[last] / 2,
    height: bottom - top,
  };
}

/**
 * Only a drawing this many times wider than tall wraps, a long chain rather than a wide network,
 * and only a lesson-sized one: a big program is read by zooming along it.
 */
const WRAP_ASPECT = 3;
const WRAP_MAX_NODES = 200;

/** The least run left to a stubbed edge after its level stretch, to turn toward its target. */
const TURN = 30;

/** Per edge, the level run out of its source (0 for none): edges from a leaf with no other edge, to the next column. */
function leafStubs(input: LayoutInput, chains: readonly (readonly number[])[], layerOf: Int32Array, stub: number): Float64Array {
  const runs = new Float64Array(input.edges.length);
  if (stub === 0) return runs;
  const uses = new Int32Array(input.nodes.length);
  for (const { from } of input.edges) uses[from]++;
  chains.forEach((chain, e) => {
    const from = chain[0];
    if (input.nodes[from].kind !== 'gate' && uses[from] === 1 && chain.length === 2 && layerOf[chain[1]] === layerOf[from] + 1) runs[e] = stub;
  });
  return runs;
}

/**
 * Vertical offsets at both ends for parallel edges (x*x: two edges from x to one gate), so
 * each has its own line and its own last segment for its labels. Other edges meet nodes at mid-height.
 */
function multiEdgePorts(input: LayoutInput, height: Float64Array): Float64Array {
  const offsets = new Float64Array(input.edges.length);
  const groups = new Map<string, number[]>();
  input.edges.forEach(({ from, to }, e) => {
    const key = `${from}>${to}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const { from, to } = input.edges[group[0]];
    // Spread over the middle 60% of the shorter box, so every port stays on the box's side.
    const step = (0.6 * Math.min(height[from], height[to])) / (group.length - 1);
    group.forEach((e, i) => (offsets[e] = (i - (group.length - 1) / 2) * step));
  }
  return offsets;
}
