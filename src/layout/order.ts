/**
 * The order of nodes within each layer of the proper layered graph: barycenter (or median)
 * sweeps down and up with local swaps, keeping the ordering with the fewest crossings seen.
 * Deterministic: ties keep the current order, which starts as creation order or depth-first order.
 */
import { countInversions } from './crossings.ts';
import type { ProperGraph } from './proper.ts';

/**
 * Layers as arrays of node ids, top to bottom: rounds of a barycenter pass down and one up, each
 * followed by local swaps; the ordering with the fewest crossings seen wins. A graph of up to
 * SMALL nodes with waypoints gets up to 12 rounds and stops after two that find nothing better,
 * sorted by barycenters and by medians (each wins on some graphs), from the depth-first order
 * and, up to TWO_STARTS, from creation order too; a bigger one gets 4 rounds of barycenters from
 * the depth-first order and stops after one, so it stays inside its time budget.
 */
const SMALL = 8_000;
const TWO_STARTS = 2_000;

export function orderLayers(graph: ProperGraph, sweeps?: number): number[][] {
  const small = graph.layerOf.length <= SMALL;
  const starts = graph.layerOf.length <= TWO_STARTS ? [creationOrder(graph), depthFirstOrder(graph)] : [depthFirstOrder(graph)];
  let best: number[][] = starts[0];
  let bestCrossings = Infinity;
  for (const start of starts) {
    for (const median of small ? [false, true] : [false]) {
      const found = sweep(graph, start.map((layer) => layer.slice()), sweeps ?? (small ? 12 : 4), small, median);
      if (found.crossings < bestCrossings) [best, bestCrossings] = [found.layers, found.crossings];
    }
  }
  return best;
}

/** Real nodes by id, then dummies by edge id. */
function creationOrder(graph: ProperGraph): number[][] {
  const layers: number[][] = Array.from({ length: graph.layerCount }, () => []);
  for (let v = 0; v < graph.layerOf.length; v++) layers[graph.layerOf[v]].push(v);
  return layers;
}

/**
 * Depth-first from each node with no operands, in id order, following edges forward: a node's
 * consumers land next to each other in their layers, so the sweeps start near a good order.
 * Iterative, so a 10,000-deep chain does not overflow the stack.
 */
function depthFirstOrder(graph: ProperGraph): number[][] {
  const total = graph.layerOf.length;
  const layers: number[][] = Array.from({ length: graph.layerCount }, () => []);
  const seen = new Uint8Array(total);
  const stack: number[] = [];
  for (let root = 0; root < total; root++) {
    if (seen[root] || graph.up[root].length > 0) continue;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen[v]) continue;
      seen[v] = 1;
      layers[graph.layerOf[v]].push(v);
      const next = graph.down[v];
      for (let i = next.length - 1; i >= 0; i--) if (!seen[next[i]]) stack.push(next[i]);
    }
  }
  return layers;
}

/** Rounds of sweeps from one starting order; the best ordering seen and its crossings. */
function sweep(graph: ProperGraph, layers: number[][], rounds: number, small: boolean, median: boolean): { layers: number[][]; crossings: number } {
  const patience = small ? 2 : 1;
  const swapRounds = small ? 4 : 2;
  const index = new Int32Array(graph.layerOf.length);
  for (const layer of layers) layer.forEach((v, i) => (index[v] = i));

  const barycenter = new Float64Array(graph.layerOf.length);
  let best = layers.map((layer) => layer.slice());
  let bestCrossings = totalCrossings(layers, graph, index);
  let idle = 0;
  for (let round = 0; round < rounds && bestCrossings > 0 && idle < patience; round++) {
    const before = bestCrossings;
    for (const downward of [true, false]) {
      if (downward) for (let l = 1; l < layers.length; l++) reorder(layers, l, l - 1, graph.up, index, barycenter, median);
      else for (let l = layers.length - 2; l >= 0; l--) reorder(layers, l, l + 1, graph.down, index, barycenter, median);
      transpose(layers, graph, index, swapRounds);
      const crossings = totalCrossings(layers, graph, index);
      if (crossings < bestCrossings) {
        bestCrossings = crossings;
        best = layers.map((layer) => layer.slice());
      }
    }
    idle = bestCrossings < before ? 0 : idle + 1;
  }
  return { layers: best, crossings: bestCrossings };
}

/**
 * Sorts layer `l` by the mean (or, with `median`, the median) position of each node's
 * neighbours in the fixed layer. The median ignores one far-off neighbour that drags the mean
 * across the layer. Positions are normalised to (0, 1) so a node with no neighbours there can
 * keep its own place on the same scale; the stable sort breaks ties by current order.
 */
function reorder(
  layers: number[][],
  l: number,
  fixed: number,
  neighbours: readonly (readonly number[])[],
  index: Int32Array,
  barycenter: Float64Array,
  median: boolean,
): void {
  const layer = layers[l];
  const fixedSize = layers[fixed].length;
  const size = layer.length;
  for (let i = 0; i < size; i++) {
    const v = layer[i];
    const around = neighbours[v];
    if (median && around.length > 2) {
      // Up to two neighbours, the median is the mean.
      const at = around.map((u) => index[u]).sort((a, b) => a - b);
      const m = at.length >> 1;
      barycenter[v] = ((at.length % 2 === 1 ? at[m] : (at[m - 1] + at[m]) / 2) + 0.5) / fixedSize;
      continue;
    }
    let sum = 0;
    for (const u of around) sum += (index[u] + 0.5) / fixedSize;
    barycenter[v] = around.length > 0 ? sum / around.length : (i + 0.5) / size;
  }
  layer.sort((p, q) => barycenter[p] - barycenter[q]);
  layer.forEach((v, i) => (index[v] = i));
}

/** Crossings of the whole ordering: per layer pair, inversions among the lower ends of segments listed top to bottom. */
function totalCrossings(layers: readonly number[][], graph: ProperGraph, index: Int32Array): number {
  let segments = 0;
  for (const around of graph.down) segments += around.length;
  const lower = new Float64Array(segments);
  const scratch = new Float64Array(segments);
  let crossings = 0;
  for (let l = 0; l + 1 < layers.length; l++) {
    let count = 0;
    for (const u of layers[l]) {
      const start = count;
      for (const v of graph.down[u]) lower[count++] = index[v];
      // Segments from one node share their upper end: list them by lower end, so they never count.
      if (count - start > 1) sortRange(lower, start, count);
    }
    crossings += countInversions(lower.subarray(0, count), scratch.subarray(0, count));
  }
  return crossings;
}

/** Insertion sort of a short range: a node's fan-out is a handful of segments. */
function sortRange(values: Float64Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const value = values[i];
    let j = i - 1;
    while (j >= start && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * Swaps neighbours in a layer while that strictly lowers their crossings with both adjacent
 * layers: barycenters only see averages, this fixes the local mistakes they leave.
 */
function transpose(layers: number[][], graph: ProperGraph, index: Int32Array, maxRounds: number): void {
  for (let round = 0; round < maxRounds; round++) {
    let improved = false;
    for (const layer of layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i];
        const w = layer[i + 1];
        // Positive when w above u crosses less than u above w: one pass over both sides counts both orders.
        if (swapGain(graph.up[u], graph.up[w], index) + swapGain(graph.down[u], graph.down[w], index) > 0) {
          layer[i] = w;
          layer[i + 1] = u;
          index[w] = i;
          index[u] = i + 1;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
}

/**
 * Between the segments of two neighbouring nodes toward one adjacent layer: crossings with
 * `upper` above `lower`, minus crossings with them swapped. Segments sharing an end never cross.
 */
function swapGain(upper: readonly number[], lower: readonly number[], index: Int32Array): number {
  let gain = 0;
  for (let i = 0; i < upper.length; i++) {
    const a = index[upper[i]];
    for (let j = 0; j < lower.length; j++) {
      const b = index[lower[j]];
      if (a > b) gain++;
      else if (a < b) gain--;
    }
  }
  return gain;
}
