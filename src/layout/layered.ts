/**
 * A compact layered (Sugiyama-style) layout for expression DAGs: inputs in the left column,
 * the output in the right one, long edges routed through one waypoint lane per crossed layer
 * (up to a budget, see proper.ts), few crossings, straight-ish edges. Pure and iterative: no
 * recursion, so 10k-deep chains lay out, and the same input always gives the same picture.
 */
import { orderLayers } from './order.ts';
import { buildProperGraph } from './proper.ts';
import { assignY, layerColumns } from './position.ts';

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
  const y = assignY(layers, graph, height, nodeGap, { leaf, leafGap: options.leafGap ?? nodeGap, below });

  let top = Infinity;
  let bottom = -Infinity;
  for (let v = 0; v < total; v++) {
    top = Math.min(top, y[v] - height[v] / 2);
    bottom = Math.max(bottom, y[v] + height[v] / 2 + below[v]);
  }
  const at = (v: number): Point => ({ x: columns.x[graph.layerOf[v]], y: y[v] - top });
  const nodes = input.nodes.map((_, v) => at(v));
  const ports = multiEdgePorts(input, height);
  const stubbed = leafStubs(input, graph.chains, graph.layerOf, size(options.leafStub ?? 0));
  const edges = graph.chains.map((chain, e): EdgeLayout => {
    const source = nodes[chain[0]];
    const target = nodes[chain[chain.length - 1]];
    const points: Point[] = [{ x: source.x + width[chain[0]] / 2, y: source.y + ports[e] }];
    if (stubbed[e] > 0) {
      // Level out of the leaf, leaving the edge room to turn before its target.
      const room = target.x - width[chain[1]] / 2 - points[0].x;
      points.push({ x: points[0].x + Math.max(0, Math.min(stubbed[e], room - TURN)), y: points[0].y });
      points.push({ x: target.x - width[chain[1]] / 2, y: target.y + ports[e] });
      return { points, labelSegment: 1 };
    }
    for (let i = 1; i + 1 < chain.length; i++) {
      // Through a wide column the edge runs level, so it never cuts a node's box.
      const { x, y: laneY } = at(chain[i]);
      const half = columns.width[graph.layerOf[chain[i]]] / 2;
      points.push({ x: x - half, y: laneY });
      if (half > 0) points.push({ x: x + half, y: laneY });
    }
    const before = graph.layerOf[chain[chain.length - 1]] - 1;
    if (chain.length === 2 && before > graph.layerOf[chain[0]]) {
      // A long edge drawn direct (over the dummy budget) still enters level: its last segment, where labels go, is short.
      points.push({ x: columns.x[before] + columns.width[before] / 2, y: target.y + ports[e] });
    }
    points.push({ x: target.x - width[chain[chain.length - 1]] / 2, y: target.y + ports[e] });
    return { points };
  });
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
 * Longest-path layers from the left: inputs (and other leaves) at 0, a gate one past its
 * deepest operand. Then the output moves to the last layer, and each constant moves right to
 * just before its first consumer, so `2` sits beside the gate it feeds rather than by the inputs.
 * An input first used deep in the graph (a last layer's weight, a target) moves the same way: it
 * stays left of everything it feeds, but its edges no longer cross the whole picture. Inputs used
 * within two layers stay in the first column, as in the lecture's pictures.
 */
const DEEP_USE = 2;

function assignLayers(input: LayoutInput, reach: number): Int32Array {
  const n = input.nodes.length;
  const layer = new Int32Array(n);
  const consumerLayer = new Int32Array(n).fill(-1);
  const incoming: number[][] = Array.from({ length: n }, () => []);
  for (const { from, to } of input.edges) {
    if (!(from >= 0 && from < to && to < n)) throw new Error(`layeredLayout: edge ${from} → ${to} is not in topological order`);
    incoming[to].push(from);
  }
  let last = 0;
  for (let v = 0; v < n; v++) {
    for (const u of incoming[v]) layer[v] = Math.max(layer[v], layer[u] + 1);
    last = Math.max(last, layer[v]);
  }
  const output = input.output;
  const outputIsSink = output >= 0 && output < n && !input.edges.some((edge) => edge.from === output);
  if (outputIsSink) layer[output] = last;
  balanceGates(layer, incoming, input.edges, output, (v) => incoming[v].length === 0);
  for (const { from, to } of input.edges) {
    if (consumerLayer[from] < 0 || layer[to] < consumerLayer[from]) consumerLayer[from] = layer[to];
  }
  for (let v = 0; v < n; v++) {
    const kind = input.nodes[v].kind;
    if (incoming[v].length > 0 || consumerLayer[v] <= 0) continue;
    if (kind === 'const' || (kind === 'input' && consumerLayer[v] > reach)) layer[v] = consumerLayer[v] - 1;
  }
  return layer;
}

/**
 * Shorter edges, fewer dummies, fewer crossings. A gate's edges cost (layer − operand's layer)
 * each in and (consumer's layer − layer) each out, so a gate with more out-edges than in-edges
 * is best just before its nearest consumer, and one with more in-edges just after its deepest
 * operand. Passes of such moves (consumers first going right, operands first going left) walk
 * toward the least total edge length that dagre's network simplex finds, each pass linear.
 * Edges from leaves do not count: constants and deep inputs move beside their consumer later.
 */
const BALANCE_PASSES = 4;

function balanceGates(layer: Int32Array, incoming: readonly (readonly number[])[], edges: LayoutInput['edges'], output: number, leaf: (v: number) => boolean): void {
  const n = layer.length;
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  for (const { from, to } of edges) outgoing[from].push(to);
  const inCount = (v: number) => incoming[v].reduce((count, u) => count + (leaf(u) ? 0 : 1), 0);
  for (let pass = 0; pass < BALANCE_PASSES; pass++) {
    let moved = false;
    for (let v = n - 1; v >= 0; v--) {
      if (v === output || incoming[v].length === 0 || outgoing[v].length <= inCount(v)) continue;
      let nearest = Infinity;
      for (const w of outgoing[v]) nearest = Math.min(nearest, layer[w]);
      if (nearest - 1 > layer[v]) [layer[v], moved] = [nearest - 1, true];
    }
    for (let v = 0; v < n; v++) {
      if (v === output || incoming[v].length === 0 || outgoing[v].length >= inCount(v)) continue;
      let deepest = 0;
      for (const u of incoming[v]) deepest = Math.max(deepest, leaf(u) ? 1 : layer[u] + 1);
      if (deepest < layer[v]) [layer[v], moved] = [deepest, true];
    }
    if (!moved) break;
  }
}

/**
 * Moves the leaves of each too-tall mixed column into a new column just after it (see
 * LayoutOptions.splitTallColumns). A column's height is estimated as its boxes stacked with
 * their gaps; the leaves' edges then span one column, the gates' two.
 */
function splitTallColumns(input: LayoutInput, layer: Int32Array, nodeGap: number, leafGap: number, sumRoom: number): void {
  const n = layer.length;
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, layer[v] + 1);
  const uses = new Int32Array(n);
  for (const { from } of input.edges) uses[from]++;
  const stacked = new Float64Array(count);
  const leaves = new Int32Array(count);
  const gates = new Int32Array(count);
  for (let v = 0; v < n; v++) {
    const isLeaf = input.nodes[v].kind !== 'gate';
    stacked[layer[v]] += size(input.nodes[v].height) + (uses[v] > 1 ? sumRoom : 0) + (isLeaf ? leafGap : nodeGap);
    if (isLeaf) leaves[layer[v]]++;
    else gates[layer[v]]++;
  }
  const mixed = (l: number) => leaves[l] > 0 && gates[l] > 0;
  let tallestPure = 0;
  for (let l = 0; l < count; l++) if (!mixed(l)) tallestPure = Math.max(tallestPure, stacked[l]);
  const shift = new Int32Array(count + 1);
  const split = new Uint8Array(count);
  for (let l = 0; l < count; l++) {
    split[l] = mixed(l) && stacked[l] > tallestPure ? 1 : 0;
    shift[l + 1] = shift[l] + split[l];
  }
  if (shift[count] === 0) return;
  for (let v = 0; v < n; v++) {
    const l = layer[v];
    layer[v] = l + shift[l] + (split[l] && input.nodes[v].kind !== 'gate' ? 1 : 0);
  }
}

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

/** Sizes that are not finite non-negative numbers would poison every coordinate: read them as 0. */
function size(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
