/**
 * Which column each node goes in: longest-path layers, balanced toward short edges, with leaves
 * moved beside their first consumer and too-tall mixed columns split (layered.ts uses them).
 */
import type { LayoutInput } from './layered.ts';

/**
 * Longest-path layers from the left: inputs (and other leaves) at 0, a gate one past its
 * deepest operand. Then the output moves to the last layer, and each constant moves right to
 * just before its first consumer, so `2` sits beside the gate it feeds rather than by the inputs.
 * An input first used deep in the graph (a last layer's weight, a target) moves the same way: it
 * stays left of everything it feeds, but its edges no longer cross the whole picture. Inputs used
 * within two layers stay in the first column, as in the lecture's pictures.
 */
export const DEEP_USE = 2;

export function assignLayers(input: LayoutInput, reach: number): Int32Array {
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
export function splitTallColumns(input: LayoutInput, layer: Int32Array, nodeGap: number, leafGap: number, sumRoom: number): void {
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

/** Sizes that are not finite non-negative numbers would poison every coordinate: read them as 0. */
export function size(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
