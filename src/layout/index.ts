/**
 * Graph → positions for the view: adapts the engine's Graph to the layered layout and caches
 * the result by graph shape, so editing a number or stepping through the schedule never lays
 * the graph out again. A big graph is laid out in a worker (src/worker): `layoutRequest` names
 * the work and its cache key, the worker's answer is stored with `rememberLayout`, and
 * `cachedLayout` finds it again.
 */
import type { Graph, GraphNode } from '../core/types.ts';
import { layeredLayout, type Layout, type LayoutInput, type LayoutOptions } from './layered.ts';

export { countCrossings, layeredLayout, defaultLayerGap, defaultNodeGap } from './layered.ts';
export { placeLabels, type Box, type LabelSize } from './labels.ts';
export { packInput, packLayout, unpackInput, unpackLayout, buffersOf, type PackedInput, type PackedLayout } from './packed.ts';
export type { EdgeLayout, Layout, LayoutInput, LayoutOptions, NodeKind, Point } from './layered.ts';

export interface NodeSize {
  readonly width: number;
  readonly height: number;
}

export interface LayoutRequest {
  readonly key: string;
  readonly input: LayoutInput;
  readonly options: LayoutOptions;
}

/**
 * A layout costs about 1 kB per node (points as objects), so the cache is bounded by the nodes
 * it holds as well as by entries: a few big graphs or many small ones, never a gigabyte.
 */
const cacheLimit = 32;
const cacheNodeLimit = 24_000;
const cache = new Map<string, Layout>();
let cachedNodes = 0;

/**
 * What laying out `graph` means, with each node's box from `size`. The cache key is the graph's
 * shape (`layoutKey`), the options, and the box sizes: the sizes cost a join to check, and
 * without them a size that depends on more than shape (a constant's digits, say) would be drawn
 * with stale boxes. When sizes follow shape alone, every graph of one shape shares one entry.
 */
export function layoutRequest(graph: Graph, size: (node: GraphNode) => NodeSize, options: LayoutOptions = {}): LayoutRequest {
  const sizes = graph.nodes.map(size);
  const key = [
    graph.layoutKey,
    options.layerGap ?? '',
    options.nodeGap ?? '',
    options.leafGap ?? '',
    options.inputReach ?? '',
    options.sumRoom ?? '',
    options.leafStub ?? '',
    options.splitTallColumns ?? '',
    options.wrapWidth ?? '',
    options.laneGap ?? '',
    sizes.map((s) => `${s.width}x${s.height}`).join(','),
  ].join('|');
  const input: LayoutInput = {
    nodes: graph.nodes.map((node, i) => ({ width: sizes[i].width, height: sizes[i].height, kind: node.kind })),
    edges: graph.edges.map((edge) => ({ from: edge.from, to: edge.to })),
    output: graph.output,
  };
  return { key, input, options };
}

/** The cached layout for `key`, if any; results are shared and frozen. */
export function cachedLayout(key: string): Layout | undefined {
  const cached = cache.get(key);
  if (cached) {
    // Re-insert so the Map's insertion order doubles as recency: the first key is the least recent.
    cache.delete(key);
    cache.set(key, cached);
  }
  return cached;
}

/** Stores a layout computed elsewhere (the worker) under its request's key. */
export function rememberLayout(key: string, layout: Layout): Layout {
  const old = cache.get(key);
  if (old) return old;
  const frozen = freeze(layout);
  cache.set(key, frozen);
  cachedNodes += frozen.nodes.length;
  // Evict least recent first, but never the entry just stored.
  while (cache.size > 1 && (cache.size > cacheLimit || cachedNodes > cacheNodeLimit)) {
    const [oldest, entry] = cache.entries().next().value as [string, Layout];
    cache.delete(oldest);
    cachedNodes -= entry.nodes.length;
  }
  return frozen;
}

/** Lays out `graph` here and now (or finds it in the cache). */
export function layoutGraph(graph: Graph, size: (node: GraphNode) => NodeSize, options: LayoutOptions = {}): Layout {
  const request = layoutRequest(graph, size, options);
  return cachedLayout(request.key) ?? rememberLayout(request.key, layeredLayout(request.input, request.options));
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
