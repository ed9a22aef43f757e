/**
 * Coordinates for an ordered layered graph: x by layer column; y by straightening passes that
 * pull every node toward its neighbours in the adjacent layer while keeping the layer's order
 * and minimum spacing.
 */
import type { ProperGraph } from './proper.ts';

export interface Columns {
  /** Centre x of each layer. */
  readonly x: Float64Array;
  /** Width of each layer: its widest node. */
  readonly width: Float64Array;
}

export function layerColumns(layers: readonly (readonly number[])[], width: Float64Array, layerGap: number): Columns {
  const count = layers.length;
  const columnWidth = new Float64Array(count);
  const x = new Float64Array(count);
  for (let l = 0; l < count; l++) {
    for (const v of layers[l]) columnWidth[l] = Math.max(columnWidth[l], width[v]);
    x[l] = l === 0 ? columnWidth[0] / 2 : x[l - 1] + columnWidth[l - 1] / 2 + layerGap + columnWidth[l] / 2;
  }
  return { x, width: columnWidth };
}

/** Which nodes are leaves (1), and the room between two leaves stacked in one column. */
export interface Leaves {
  readonly leaf: Uint8Array;
  readonly leafGap: number;
  /** Room under each node's box taken by a label drawn there (a fan-out's sum); none if unset. */
  readonly below?: Float64Array;
  /** Room beside an edge's waypoint (from a node or another waypoint), if not the usual. */
  readonly laneGap?: number;
}

/**
 * Centre y of every node, real and dummy. Starts from each layer stacked and centred, then
 * alternates passes down (each node toward its operands) and up (toward its consumers), and
 * ends going down so a gate sits between its operands, as in the lecture's pictures.
 */
export function assignY(
  layers: readonly (readonly number[])[],
  graph: ProperGraph,
  height: Float64Array,
  nodeGap: number,
  leaves: Leaves = { leaf: new Uint8Array(0), leafGap: nodeGap },
  rounds = 4,
): Float64Array {
  const y = new Float64Array(graph.layerOf.length);
  const { leaf, leafGap, below, laneGap } = leaves;
  const gap = (u: number, v: number): number =>
    laneGap !== undefined && (u >= graph.realCount || v >= graph.realCount) ? laneGap
      : u >= graph.realCount && v >= graph.realCount ? nodeGap / 2 : leaf[u] === 1 && leaf[v] === 1 ? leafGap : nodeGap;
  const gapAfter = (u: number, v: number): number => height[u] / 2 + (below?.[u] ?? 0) + gap(u, v) + height[v] / 2;
  for (const layer of layers) {
    let top = 0;
    for (let i = 0; i < layer.length; i++) {
      if (i > 0) top += gapAfter(layer[i - 1], layer[i]);
      y[layer[i]] = top;
    }
    for (const v of layer) y[v] -= top / 2;
  }
  // One scratch buffer for every pass: a 10,000-layer chain would otherwise allocate per layer.
  const scratch = new Scratch(Math.max(...layers.map((layer) => layer.length)));
  const place = (l: number, neighbours: readonly (readonly number[])[]): void =>
    placeLayer(layers[l], neighbours, y, gapAfter, graph.realCount, scratch);
  for (let round = 0; round < rounds; round++) {
    for (let l = 1; l < layers.length; l++) place(l, graph.up);
    for (let l = layers.length - 2; l >= 0; l--) place(l, graph.down);
  }
  for (let l = 1; l < layers.length; l++) place(l, graph.up);
  return y;
}

/**
 * One layer's best y given its neighbours: minimise Σ w·(y − desired)² subject to order and
 * spacing. With offsets o (the least distance from the layer's first node), z = y − o must be
 * non-decreasing, which is isotonic regression: pool-adjacent-violators, linear time.
 */
function placeLayer(
  layer: readonly number[],
  neighbours: readonly (readonly number[])[],
  y: Float64Array,
  gapAfter: (u: number, v: number) => number,
  realCount: number,
  { offset, blockStart, blockWeight, blockSum }: Scratch,
): void {
  const m = layer.length;
  if (m === 0) return;
  offset[0] = 0;
  let blocks = 0;
  for (let i = 0; i < m; i++) {
    const v = layer[i];
    if (i > 0) offset[i] = offset[i - 1] + gapAfter(layer[i - 1], v);
    const around = neighbours[v];
    let desired = y[v];
    // A node with nothing to follow barely resists being pushed; dummies weigh double so long edges run straight.
    let weight = 1e-3;
    if (around.length > 0) {
      let sum = 0;
      for (const u of around) sum += y[u];
      desired = sum / around.length;
      weight = v >= realCount ? 2 : 1;
    }
    blockStart[blocks] = i;
    blockWeight[blocks] = weight;
    blockSum[blocks] = weight * (desired - offset[i]);
    blocks++;
    while (blocks > 1 && blockSum[blocks - 2] / blockWeight[blocks - 2] > blockSum[blocks - 1] / blockWeight[blocks - 1]) {
      blockWeight[blocks - 2] += blockWeight[blocks - 1];
      blockSum[blocks - 2] += blockSum[blocks - 1];
      blocks--;
    }
  }
  for (let b = 0; b < blocks; b++) {
    const z = blockSum[b] / blockWeight[b];
    const end = b + 1 < blocks ? blockStart[b + 1] : m;
    for (let i = blockStart[b]; i < end; i++) y[layer[i]] = z + offset[i];
  }
}

class Scratch {
  readonly offset: Float64Array;
  readonly blockStart: Int32Array;
  readonly blockWeight: Float64Array;
  readonly blockSum: Float64Array;
  constructor(size: number) {
    this.offset = new Float64Array(size);
    this.blockStart = new Int32Array(size);
    this.blockWeight = new Float64Array(size);
    this.blockSum = new Float64Array(size);
  }
}
