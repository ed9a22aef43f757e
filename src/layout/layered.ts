/**
 * A compact layered (Sugiyama-style) layout for expression DAGs: inputs in the left column,
 * the output in the right one, long edges routed through one waypoint lane per crossed layer
 * (up to a budget, see proper.ts), few crossings, straight-ish edges. Pure and iterative: no
 * recursion, so 10k-deep chains lay out, and the same input always gives the same picture.
 */
import { orderLayers } from './order.ts';
import { buildProperGraph } from './proper.ts';
import { assignY, layerColumns, type Columns } from './position.ts';
import type { ProperGraph } from './proper.ts';
import { ENTRY_PITCH, LANE, rowsOfLayers, stackRows, type Rows } from './rows.ts';

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

/**
 * Only a drawing this many times wider than tall wraps, a long chain rather than a wide network,
 * and only a lesson-sized one: a big program is read by zooming along it.
 */
const WRAP_ASPECT = 3;
const WRAP_MAX_NODES = 200;

/**
 * Rows for a drawing wider than `wrapWidth`, and the route of every edge across a row's end:
 * keyed "edge:i" for the step from chain[i − 1] to chain[i], the points between the two
 * (level to the row's right, down its lane, left along the channel, down the margin to its
 * entry level, level to the end of the entry run). Null when one row is enough.
 */
function wrapInRows(
  graph: ProperGraph,
  layers: readonly (readonly number[])[],
  columns: Columns,
  y: Float64Array,
  height: Float64Array,
  below: Float64Array,
  ports: Float64Array,
  wrapWidth: number,
  entryRun: number,
): { rows: Rows; turns: Map<string, Point[]>; skip: ReadonlySet<string> } | null {
  const rowOf = rowsOfLayers(columns, wrapWidth);
  const count = rowOf.length === 0 ? 1 : rowOf[rowOf.length - 1] + 1;
  if (count < 2) return null;
  interface Crossing { key: string; from: number; to: number; exitY: number; targetY: number; entryY: number; lane: number; pitch: number; short: number }
  const crossings: Crossing[] = [];
  const last = (chain: readonly number[], i: number) => i === chain.length - 1;
  // A node lowest in its column can leave for a later row straight down from its own side,
  // without running to its row's end: a weight that every statement uses does.
  const lowest = new Uint8Array(graph.layerOf.length);
  for (const layer of layers) if (layer.length > 0) lowest[layer[layer.length - 1]] = 1;
  const skip = new Set<string>();
  const skipped = new Set<number>();
  graph.chains.forEach((chain, e) => {
    const source = chain[0];
    const home = rowOf[graph.layerOf[source]];
    for (let i = 1; i < chain.length; i++) {
      const from = rowOf[graph.layerOf[chain[i - 1]]];
      const to = rowOf[graph.layerOf[chain[i]]];
      if (from === to) continue;
      const direct = source < graph.realCount && lowest[source] === 1 && graph.up[source].length === 0 && from === home;
      let start = i;
      if (direct) {
        // Down from the source at once: the waypoints between it and the next row are skipped.
        for (let k = 1; k < i; k++) {
          skip.add(`${e}:${k}`);
          skipped.add(chain[k]);
        }
        start = 1;
      }
      const exitY = y[chain[start - 1]] + (start === 1 ? ports[e] : 0);
      const targetY = y[chain[i]] + (last(chain, i) ? ports[e] : 0);
      const pitch = last(chain, i) ? ENTRY_PITCH : 2 * LANE;
      crossings.push({ key: `${e}:${i}`, from, to, exitY, targetY, entryY: targetY, lane: 0, pitch, short: direct ? source : -1 });
    }
  });
  // Each layer's extent, without the waypoints of edges that left early.
  const layerTop = new Float64Array(layers.length).fill(Infinity);
  const layerBottom = new Float64Array(layers.length).fill(-Infinity);
  layers.forEach((layer, l) => {
    for (const v of layer) {
      if (skipped.has(v)) continue;
      layerTop[l] = Math.min(layerTop[l], y[v] - height[v] / 2);
      layerBottom[l] = Math.max(layerBottom[l], y[v] + height[v] / 2 + below[v]);
    }
  });
  const crossing = new Int32Array(count);
  const entryTop = new Float64Array(count).fill(Infinity);
  const entryBottom = new Float64Array(count).fill(-Infinity);
  for (let r = 0; r < count; r++) {
    // Lanes: the topmost exit takes the outermost lane, so the routes nest instead of crossing.
    const leaving = crossings.filter((c) => c.from === r).sort((a, b) => a.exitY - b.exitY);
    leaving.forEach((c, j) => (c.lane = leaving.length - 1 - j));
    crossing[r] = leaving.length;
    // Entries stack a label block apart, each as near its target's height as that allows.
    const entering = crossings.filter((c) => c.to === r).sort((a, b) => a.targetY - b.targetY || b.lane - a.lane);
    let floor = -Infinity;
    let previous = 0;
    for (const c of entering) {
      c.entryY = Math.max(c.targetY, floor + Math.max(previous, c.pitch) / 2);
      floor = c.entryY + c.pitch / 2;
      previous = c.pitch;
      entryTop[r] = Math.min(entryTop[r], c.entryY - c.pitch / 2);
      entryBottom[r] = Math.max(entryBottom[r], c.entryY + c.pitch / 2);
    }
  }
  const rows = stackRows(columns, rowOf, { top: layerTop, bottom: layerBottom, crossing, entryTop, entryBottom }, entryRun);
  const turns = new Map<string, Point[]>();
  for (const c of crossings) {
    const downX = c.short >= 0 ? columns.x[graph.layerOf[c.short]] + rows.dx[c.from] + columns.width[graph.layerOf[c.short]] / 2 + (1 + c.lane) * LANE : rows.exitX[c.from] + c.lane * LANE;
    const laneY = rows.channelY[c.from] + c.lane * LANE;
    const inX = rows.entryX - (1 + c.lane) * LANE;
    const entryY = c.entryY + rows.dy[c.to];
    turns.set(c.key, [
      { x: downX, y: c.exitY + rows.dy[c.from] },
      { x: downX, y: laneY },
      { x: inX, y: laneY },
      { x: inX, y: entryY },
      { x: rows.entryX + rows.entryRun, y: entryY },
    ]);
  }
  return { rows, turns, skip };
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
