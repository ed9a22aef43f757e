/**
 * Where each edge's labels go: a point on the edge, slid along its segments (the last one
 * first, where the reader looks for it) until the label block (value above the edge, gradient
 * below) clears the obstacles (nodes, their names and sums) and the labels placed before it.
 * Greedy in edge order, so the same graph and label sizes give the same picture. Edges whose
 * every candidate still overlaps something come back as clashes: labelRoom.ts widens the
 * layout there and places again.
 */
import type { Point } from './layered.ts';

export interface LabelSize {
  readonly width: number;
  /** Extent above and below the anchor point (value text above the edge, gradient below). */
  readonly above: number;
  readonly below: number;
}

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Placement {
  /** Label anchor per edge. */
  readonly anchors: Point[];
  /** Edges whose label could not be placed clear of everything; each with the box it took. */
  readonly clashes: { readonly edge: number; readonly box: Box }[];
}

/** Fractions along a segment, best first: off the target, where converging edges part. */
const CANDIDATES = [0.4, 0.3, 0.52, 0.22, 0.64, 0.15, 0.76, 0.08, 0.88];
/** On the other segments of a long edge the middle reads best. */
const OTHER_SEGMENT = [0.5, 0.35, 0.65, 0.2, 0.8];
const CELL = 120;

/** A uniform grid of boxes: each collision test looks at a few cells, not at every label. */
export class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.left / CELL); i <= Math.floor(b.right / CELL); i++) {
      for (let j = Math.floor(b.top / CELL); j <= Math.floor(b.bottom / CELL); j++) keys.push(`${i},${j}`);
    }
    return keys;
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
    }
  }

  /** Total area of `b` covered by stored boxes (overlaps counted once per stored box). */
  overlap(b: Box): number {
    let area = 0;
    const seen = new Set<Box>();
    for (const key of this.keys(b)) {
      for (const o of this.cells.get(key) ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        const w = Math.min(b.right, o.right) - Math.max(b.left, o.left);
        const h = Math.min(b.bottom, o.bottom) - Math.max(b.top, o.top);
        if (w > 0 && h > 0) area += w * h;
      }
    }
    return area;
  }
}

export const boxAt = (p: Point, s: LabelSize): Box => ({ left: p.x - s.width / 2, right: p.x + s.width / 2, top: p.y - s.above, bottom: p.y + s.below });

/** Candidate anchors along an edge, best first: the last segment, then the others from the target back. */
function* candidates(points: readonly Point[]): Generator<Point> {
  const last = points.length - 1;
  for (let s = last; s >= 1; s--) {
    const a = points[s - 1];
    const b = points[s];
    if (s < last && a.x === b.x && a.y === b.y) continue;
    for (const t of s === last ? CANDIDATES : OTHER_SEGMENT) yield { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
  }
  if (points.length === 1) yield points[0];
}

/** Label anchors and the edges that could not be placed clear. Labels never leave their own edge. */
export function placeEdgeLabels(
  edges: readonly { readonly points: readonly Point[] }[],
  sizes: readonly LabelSize[],
  obstacles: readonly Box[],
): Placement {
  const grid = new BoxGrid();
  for (const o of obstacles) grid.add(o);
  const clashes: { edge: number; box: Box }[] = [];
  const anchors = edges.map(({ points }, e) => {
    let best: Point = points[points.length - 1];
    let bestOverlap = Infinity;
    for (const p of candidates(points)) {
      const overlap = grid.overlap(boxAt(p, sizes[e]));
      if (overlap < bestOverlap) {
        best = p;
        bestOverlap = overlap;
        if (overlap === 0) break;
      }
    }
    const box = boxAt(best, sizes[e]);
    if (bestOverlap > 0) clashes.push({ edge: e, box });
    grid.add(box);
    return best;
  });
  return { anchors, clashes };
}

/** Label anchors per edge. `nodes` are obstacles; labels never move off their own edge. */
export function placeLabels(
  edges: readonly { readonly points: readonly Point[] }[],
  sizes: readonly LabelSize[],
  nodes: readonly Box[],
): Point[] {
  return placeEdgeLabels(edges, sizes, nodes).anchors;
}

export const overlaps = (a: Box, b: Box, slack = 0): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
