/**
 * Layout input and output as a few typed arrays: what crosses to and from the layout worker.
 * Typed arrays are transferred, not copied, and cost the main thread no object-by-object
 * clone: a 30k-node layout comes back as four buffers instead of a hundred thousand objects.
 */
import type { Layout, LayoutInput, NodeKind, Point } from './layered.ts';

export interface PackedInput {
  readonly widths: Float64Array;
  readonly heights: Float64Array;
  /** Index into KINDS. */
  readonly kinds: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly output: number;
}

export interface PackedLayout {
  /** x, y of each node centre, interleaved. */
  readonly nodes: Float64Array;
  /** Edge e's points are points[2·pointStart[e] …  2·pointStart[e + 1]), x, y interleaved. */
  readonly pointStart: Int32Array;
  readonly points: Float64Array;
  /** Each edge's labelSegment, 0 for none. */
  readonly labelSegments: Int32Array;
  readonly layers: number;
  readonly width: number;
  readonly height: number;
}

const KINDS: readonly NodeKind[] = ['input', 'const', 'gate'];

export function packInput(input: LayoutInput): PackedInput {
  const n = input.nodes.length;
  const m = input.edges.length;
  const packed = {
    widths: new Float64Array(n), heights: new Float64Array(n), kinds: new Uint8Array(n),
    from: new Int32Array(m), to: new Int32Array(m), output: input.output,
  };
  input.nodes.forEach((node, v) => {
    packed.widths[v] = node.width;
    packed.heights[v] = node.height;
    packed.kinds[v] = KINDS.indexOf(node.kind);
  });
  input.edges.forEach((edge, e) => {
    packed.from[e] = edge.from;
    packed.to[e] = edge.to;
  });
  return packed;
}

export function unpackInput(packed: PackedInput): LayoutInput {
  const nodes = Array.from(packed.widths, (width, v) => ({ width, height: packed.heights[v], kind: KINDS[packed.kinds[v]] }));
  const edges = Array.from(packed.from, (from, e) => ({ from, to: packed.to[e] }));
  return { nodes, edges, output: packed.output };
}

export function packLayout(layout: Layout): PackedLayout {
  const nodes = new Float64Array(2 * layout.nodes.length);
  layout.nodes.forEach((p, v) => {
    nodes[2 * v] = p.x;
    nodes[2 * v + 1] = p.y;
  });
  const pointStart = new Int32Array(layout.edges.length + 1);
  layout.edges.forEach((edge, e) => (pointStart[e + 1] = pointStart[e] + edge.points.length));
  const points = new Float64Array(2 * pointStart[layout.edges.length]);
  layout.edges.forEach((edge, e) => edge.points.forEach((p, i) => {
    points[2 * (pointStart[e] + i)] = p.x;
    points[2 * (pointStart[e] + i) + 1] = p.y;
  }));
  const labelSegments = Int32Array.from(layout.edges, (edge) => edge.labelSegment ?? 0);
  return { nodes, pointStart, points, labelSegments, layers: layout.layers, width: layout.width, height: layout.height };
}

export function unpackLayout(packed: PackedLayout): Layout {
  const point = (values: Float64Array, i: number): Point => ({ x: values[2 * i], y: values[2 * i + 1] });
  const nodes = Array.from({ length: packed.nodes.length / 2 }, (_, v) => point(packed.nodes, v));
  const edges = Array.from({ length: packed.pointStart.length - 1 }, (_, e) => {
    const points: Point[] = [];
    for (let i = packed.pointStart[e]; i < packed.pointStart[e + 1]; i++) points.push(point(packed.points, i));
    const labelSegment = packed.labelSegments[e];
    return labelSegment > 0 ? { points, labelSegment } : { points };
  });
  return { nodes, edges, layers: packed.layers, width: packed.width, height: packed.height };
}

/** The buffers to transfer with a message, so they move instead of being copied. */
export function buffersOf(packed: PackedInput | PackedLayout): ArrayBuffer[] {
  return Object.values(packed).filter((v): v is ArrayBufferView => ArrayBuffer.isView(v)).map((v) => v.buffer as ArrayBuffer);
}
