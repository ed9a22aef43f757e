/**
 * How far each node is from the output, in edges, and the gradient magnitude at each distance:
 * the data of the "Gradient magnitude by depth" chart, where vanishing gradients show as bars
 * that shrink with depth.
 */
import type { Graph } from '../types.ts';

/**
 * Per node, the fewest edges from it to the output (−1 where the output does not use it).
 * Nodes are in topological order, so one backward sweep settles every distance.
 */
export function distanceFromOutput(graph: Graph): Int32Array {
  const dist = new Int32Array(graph.nodes.length).fill(-1);
  dist[graph.output] = 0;
  for (let id = graph.output; id >= 0; id--) {
    if (dist[id] < 0) continue;
    const node = graph.nodes[id];
    if (node.kind !== 'gate') continue;
    for (const a of node.args) if (dist[a] < 0 || dist[a] > dist[id] + 1) dist[a] = dist[id] + 1;
  }
  return dist;
}

export interface DepthBar {
  readonly depth: number;
  /** The largest |∂out/∂node| among the nodes at this distance that get a gradient. */
  readonly magnitude: number;
  /** Names (or expressions) of the nodes at this distance, for the bar's label. */
  readonly nodes: readonly string[];
}

/** One bar per distance 0…max, over inputs and gates (numeric literals get no gradient). */
export function gradientByDepth(graph: Graph, grads: ArrayLike<number>): DepthBar[] {
  const dist = distanceFromOutput(graph);
  const bars: { depth: number; magnitude: number; nodes: string[] }[] = [];
  for (const node of graph.nodes) {
    const d = dist[node.id];
    if (d < 0 || node.kind === 'const') continue;
    while (bars.length <= d) bars.push({ depth: bars.length, magnitude: 0, nodes: [] });
    bars[d].magnitude = Math.max(bars[d].magnitude, Math.abs(grads[node.id]));
    bars[d].nodes.push(node.name ?? node.text);
  }
  return bars;
}
