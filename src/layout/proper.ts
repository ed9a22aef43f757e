/**
 * The proper layered graph: every edge spanning several layers split into a chain of dummy
 * nodes, one per crossed layer, so ordering and straightening only ever see adjacent layers.
 */
export interface ProperGraph {
  /** Ids below this are the real nodes; the rest are dummies. */
  readonly realCount: number;
  readonly layerCount: number;
  /** Layer of every node, real and dummy. */
  readonly layerOf: Int32Array;
  /** Neighbours in the previous layer, with multiplicity (x*x gives x twice). */
  readonly up: readonly (readonly number[])[];
  /** Neighbours in the next layer, with multiplicity. */
  readonly down: readonly (readonly number[])[];
  /** By edge id: the nodes it passes, source, dummies, target (just the ends for an edge drawn direct). */
  readonly chains: readonly (readonly number[])[];
}

/**
 * Dummies grow with edge length times edge count: a 10,000-term sum of distinct inputs would
 * need fifty million. Past this many, the longest edges are drawn direct instead (`chains`
 * holds just their ends) and ordering ignores them; ordinary programs stay far below it.
 */
export const dummyBudget = 30_000;

export function buildProperGraph(layer: Int32Array, edges: readonly { from: number; to: number }[], budget = dummyBudget): ProperGraph {
  const realCount = layer.length;
  let layerCount = 0;
  for (let v = 0; v < realCount; v++) layerCount = Math.max(layerCount, layer[v] + 1);
  const span = edges.map(({ from, to }) => layer[to] - layer[from]);
  let wanted = 0;
  span.forEach((s, e) => {
    if (!(s >= 1)) throw new Error(`layeredLayout: edge ${edges[e].from} → ${edges[e].to} does not point to a later layer`);
    wanted += s - 1;
  });
  const routed = new Uint8Array(edges.length).fill(1);
  let total = realCount + wanted;
  if (wanted > budget) {
    // Shortest edges first (ties by id, the sort is stable): they are most of the picture.
    const byLength = span.map((_, e) => e).sort((a, b) => span[a] - span[b]);
    total = realCount;
    for (const e of byLength) {
      if (total - realCount + span[e] - 1 > budget) routed[e] = 0;
      else total += span[e] - 1;
    }
  }
  const layerOf = new Int32Array(total);
  layerOf.set(layer);
  const up: number[][] = Array.from({ length: total }, () => []);
  const down: number[][] = Array.from({ length: total }, () => []);
  let next = realCount;
  const chains = edges.map(({ from, to }, e) => {
    if (!routed[e]) return [from, to];
    const chain = [from];
    for (let l = layer[from] + 1; l < layer[to]; l++) {
      layerOf[next] = l;
      chain.push(next++);
    }
    chain.push(to);
    for (let i = 1; i < chain.length; i++) {
      down[chain[i - 1]].push(chain[i]);
      up[chain[i]].push(chain[i - 1]);
    }
    return chain;
  });
  return { realCount, layerCount, layerOf, up, down, chains };
}
