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
/** Last resort before the layout is widened: every twentieth of the segment. */
const FINE = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/** A uniform grid of boxes: each collision test looks at a few cells, not at every label. */
export class BoxGrid {
  /** Cell (i, j) as one number, i · 2^21 + j: rows far apart never meet within a drawing. */
  private readonly cells = new Map<number, number[]>();
  private readonly boxes: Box[] = [];
  /** Per stored box, the last query that counted it: a box in several cells is counted once. */
  private readonly stamps: number[] = [];
  private query = 0;

  add(b: Box): void {
    const index = this.boxes.length;
    this.boxes.push(b);
    this.stamps.push(0);
    for (let i = Math.floor(b.left / CELL); i <= Math.floor(b.right / CELL); i++) {
      for (let j = Math.floor(b.top / CELL); j <= Math.floor(b.bottom / CELL); j++) {
        const cell = this.cells.get(i * 2097152 + j);
        if (cell) cell.push(index);
        else this.cells.set(i * 2097152 + j, [index]);
      }
    }
  }

  /** Total area of the box (left, right, top, bottom) covered by stored boxes, each counted once. */
  overlap(left: number, right: number, top: number, bottom: number): number {
    let area = 0;
    const query = ++this.query;
    for (let i = Math.floor(left / CELL); i <= Math.floor(right / CELL); i++) {
      for (let j = Math.floor(top / CELL); j <= Math.floor(bottom / CELL); j++) {
        const cell = this.cells.get(i * 2097152 + j);
        if (!cell) continue;
        for (const index of cell) {
          if (this.stamps[index] === query) continue;
          this.stamps[index] = query;
          const o = this.boxes[index];
          const w = Math.min(right, o.right) - Math.max(left, o.left);
          const h = Math.min(bottom, o.bottom) - Math.max(top, o.top);
          if (w > 0 && h > 0) area += w * h;
        }
      }
    }
    return area;
  }
}

export const boxAt = (p: Point, s: LabelSize): Box => ({ left: p.x - s.width / 2, right: p.x + s.width / 2, top: p.y - s.above, bottom: p.y + s.below });

/** Room between a label placed at an edge's end and the node there (the arrow head's length at the target). */
const SOURCE_PAD = 4;
const TARGET_PAD = 12;

/**
 * Fractions that put the label block just clear of the edge's source (on its first segment) or
 * just short of its target (on its last): where edges fan in, the input ends are as far apart as
 * the inputs are, so a label there fits where the middle is crowded. Tried after the usual
 * fractions, before the layout is widened.
 */
function endFractions(width: number, length: number, first: boolean, last: boolean): number[] {
  const ends: number[] = [];
  if (first) ends.push((width / 2 + SOURCE_PAD) / length);
  if (last) ends.push(1 - (width / 2 + TARGET_PAD) / length);
  return ends.filter((t) => t > 0 && t < 1);
}

/** Segments tried besides the last: the few before it, and the first. A long edge has hundreds; trying all is quadratic. */
const EARLIER_SEGMENTS = 3;

/** The segments to try, best first: the last, the few before it, then the first. */
function segmentsOf(points: readonly Point[], preferred?: number): number[] {
  const last = points.length - 1;
  if (preferred !== undefined && preferred >= 1 && preferred < last) return [preferred, ...segmentsOf(points).filter((s) => s !== preferred)];
  const segments = [last];
  for (let s = last - 1; s >= 1 && s >= last - EARLIER_SEGMENTS; s--) segments.push(s);
  if (segments[segments.length - 1] > 1) segments.push(1);
  return segments;
}

/** Label anchors and the edges that could not be placed clear. Labels never leave their own edge. */
export function placeEdgeLabels(
  edges: readonly { readonly points: readonly Point[]; readonly labelSegment?: number }[],
  sizes: readonly LabelSize[],
  obstacles: readonly Box[],
): Placement {
  const grid = new BoxGrid();
  for (const o of obstacles) grid.add(o);
  const clashes: { edge: number; box: Box }[] = [];
  const anchors = edges.map(({ points, labelSegment }, e) => {
    const { width, above, below } = sizes[e];
    let best: Point = points[points.length - 1];
    if (points.length < 2) return best;
    let bestX = best.x;
    let bestY = best.y;
    let bestOverlap = Infinity;
    const last = points.length - 1;
    search: for (const s of segmentsOf(points, labelSegment)) {
      const a = points[s - 1];
      const b = points[s];
      if (s < last && a.x === b.x && a.y === b.y) continue;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      const ends = length > 0 ? endFractions(width, length, s === 1, s === last) : [];
      for (const t of [...(s === last ? CANDIDATES : OTHER_SEGMENT), ...ends, ...FINE]) {
        const x = a.x + t * (b.x - a.x);
        const y = a.y + t * (b.y - a.y);
        const overlap = grid.overlap(x - width / 2, x + width / 2, y - above, y + below);
        if (overlap < bestOverlap) {
          [bestX, bestY, bestOverlap] = [x, y, overlap];
          if (overlap === 0) break search;
        }
      }
    }
    best = { x: bestX, y: bestY };
    const box = boxAt(best, sizes[e]);
    // A clash is not an obstacle for the labels after it: the caller makes room and places all
    // again, and a pile of clashing boxes would only make every later look-up slow.
    if (bestOverlap > 0) clashes.push({ edge: e, box });
    else grid.add(box);
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
