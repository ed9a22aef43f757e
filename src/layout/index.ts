/**
 * Graph → positions for the view: adapts the engine's Graph to the layered layout and caches
 * the result by graph shape, so editing a number or stepping through the schedule never lays
 * the graph out again.
 */
import type { Graph, GraphNode } from '../core/types.ts';
import { layeredLayout, type Layout, type LayoutInput, type LayoutOptions } from './layered.ts';

export { countCrossings, layeredLayout, defaultLayerGap, defaultNodeGap } from './layered.ts';
export { placeLabels, type Box, type LabelSize } from './labels.ts';
export type { EdgeLayout, Layout, LayoutInput, LayoutOptions, NodeKind, Point } from './layered.ts';

export interface NodeSize {
  readonly width: number;
  readonly height: number;
}

const cacheLimit = 32;
const cache = new Map<string, Layout>();

/**
 * Lays out `graph`, with each node's box from `size`. Results are shared and frozen.
 * The cache key is the graph's shape (`layoutKey`), the options, and the box sizes: the sizes
 * cost a join to check, and without them a size that depends on more than shape (a constant's
 * digits, say) would be drawn with stale boxes. When sizes follow shape alone, every graph of
 * one shape hits the same entry.
 */
export function layoutGraph(graph: Graph, size: (node: GraphNode) => NodeSize, options: LayoutOptions = {}): Layout {
  const sizes = graph.nodes.map(size);
  const key = [
    graph.layoutKey,
    options.layerGap ?? '',
    options.nodeGap ?? '',
    sizes.map((s) => `${s.width}x${s.height}`).join(','),
  ].join('|');
  const cached = cache.get(key);
  if (cached) {
    // Re-insert so the Map's insertion order doubles as recency: the first key is the least recent.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const input: LayoutInput = {
    nodes: graph.nodes.map((node, i) => ({ width: sizes[i].width, height: sizes[i].height, kind: node.kind })),
    edges: graph.edges.map((edge) => ({ from: edge.from, to: edge.to })),
    output: graph.output,
  };
  const layout = freeze(layeredLayout(input, options));
  cache.set(key, layout);
  if (cache.size > cacheLimit) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return layout;
}

/** Cached layouts are shared between callers, so none of them may change one. */
function freeze(layout: Layout): Layout {
  for (const point of layout.nodes) Object.freeze(point);
  for (const edge of layout.edges) {
    for (const point of edge.points) Object.freeze(point);
    Object.freeze(edge.points);
    Object.freeze(edge);
  }
  Object.freeze(layout.nodes);
  Object.freeze(layout.edges);
  return Object.freeze(layout);
}
