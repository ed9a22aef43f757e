/**
 * Edge-crossing counts: the measure the layer ordering minimises, and the one the tests and
 * the benchmark use to compare layouts (ours, dagre's) by the same rule.
 */
import type { Layout, LayoutInput } from './layered.ts';

/**
 * Strict inversions of a sequence: pairs i < j with values[i] > values[j]. Equal values are
 * not inversions, so segments that share an endpoint never count as crossing.
 * Bottom-up merge sort: O(m log m) and no recursion. Sorts `values` in place; `scratch`, at
 * least as long, saves an allocation when called once per layer.
 */
export function countInversions(values: Float64Array, scratch: Float64Array = new Float64Array(values.length)): number {
  const m = values.length;
  let src: Float64Array = values;
  let dst: Float64Array = scratch;
  let inversions = 0;
  for (let width = 1; width < m; width *= 2) {
    for (let lo = 0; lo < m; lo += 2 * width) {
      const mid = Math.min(lo + width, m);
      const hi = Math.min(lo + 2 * width, m);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Ties take the left element first, so they are not counted.
        if (src[j] < src[i]) {
          inversions += mid - i;
          dst[k++] = src[j++];
        } else {
          dst[k++] = src[i++];
        }
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const swap = src;
    src = dst;
    dst = swap;
  }
  if (src !== values) values.set(src);
  return inversions;
}

/**
 * Crossings between two adjacent columns, given each segment's y at the left column (`a`) and
 * at the right column (`b`): two segments cross iff their order differs between the columns.
 */
export function countSegmentCrossings(a: Float64Array, b: Float64Array): number {
  const m = a.length;
  const index = Array.from({ length: m }, (_, i) => i);
  index.sort((p, q) => a[p] - a[q] || b[p] - b[q]);
  const sequence = new Float64Array(m);
  for (let i = 0; i < m; i++) sequence[i] = b[index[i]];
  return countInversions(sequence);
}

/**
 * Crossings of a drawn layout, counted on its layered structure: the columns are the distinct
 * x-coordinates of node centres; every edge is sampled where it passes each column between its
 * endpoints (its source's and target's centres at their own columns, the interpolated polyline —
 * that is, its dummy waypoint — in between); two edges cross between adjacent columns iff their
 * order there differs. The rule reads only geometry, so it applies unchanged to any layered
 * drawing whose nodes of one rank share a centre x (ours, and dagre's with rankdir LR).
 */
export function countCrossings(input: LayoutInput, layout: Layout): number {
  const columnOf = new Map<number, number>();
  const xs = [...new Set(layout.nodes.map((p) => columnKey(p.x)))].sort((p, q) => p - q);
  xs.forEach((key, i) => columnOf.set(key, i));
  const columnX = xs.map((key) => key / 1000);
  // samples[c] collects (edge's y at column c, its y at column c + 1) for edges spanning both.
  const left: number[][] = columnX.map(() => []);
  const right: number[][] = columnX.map(() => []);
  input.edges.forEach((edge, e) => {
    const source = layout.nodes[edge.from];
    const target = layout.nodes[edge.to];
    const first = columnOf.get(columnKey(source.x)) ?? 0;
    const last = columnOf.get(columnKey(target.x)) ?? 0;
    const points = layout.edges[e].points;
    let previous = source.y;
    let cursor = 0;
    for (let c = first + 1; c <= last; c++) {
      let y = target.y;
      if (c < last) {
        const x = columnX[c];
        while (cursor < points.length - 2 && points[cursor + 1].x < x) cursor++;
        y = interpolate(points[cursor], points[cursor + 1], x);
      }
      left[c - 1].push(previous);
      right[c - 1].push(y);
      previous = y;
    }
  });
  let crossings = 0;
  for (let c = 0; c < left.length; c++) {
    crossings += countSegmentCrossings(Float64Array.from(left[c]), Float64Array.from(right[c]));
  }
  return crossings;
}

/** Columns match to a thousandth of a unit, so float noise does not split a rank. */
function columnKey(x: number): number {
  return Math.round(x * 1000);
}

function interpolate(p: { x: number; y: number }, q: { x: number; y: number }, x: number): number {
  if (q.x <= p.x) return q.y;
  const t = Math.min(1, Math.max(0, (x - p.x) / (q.x - p.x)));
  return p.y + t * (q.y - p.y);
}
