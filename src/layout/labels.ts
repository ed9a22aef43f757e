/**
 * Where each edge's labels go: a point on the edge's last segment, slid along it until the
 * label block (value above the edge, gradient below) clears the nodes and the labels placed
 * before it. Greedy in edge order, so the same graph and label sizes give the same picture.
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

/** Fractions along the last segment, best first: off the target, where converging edges part. */
const CANDIDATES = [0.4, 0.3, 0.52, 0.22, 0.64, 0.15, 0.76];
const CELL = 120;

/** A uniform grid of boxes: each collision test looks at a few cells, not at every label. */
class BoxGrid {
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

const boxAt = (p: Point, s: LabelSize): Box => ({ left: p.x - s.width / 2, right: p.x + s.width / 2, top: p.y - s.above, bottom: p.y + s.below });

/** Label anchors per edge. `nodes` are obstacles; labels never move off their own edge. */
export function placeLabels(
  edges: readonly { readonly points: readonly Point[] }[],
  sizes: readonly LabelSize[],
  nodes: readonly Box[],
): Point[] {
  const grid = new BoxGrid();
  for (const n of nodes) grid.add(n);
  return edges.map(({ points }, e) => {
    const a = points[points.length - 2] ?? points[0];
    const b = points[points.length - 1];
    let best: Point | null = null;
    let bestOverlap = Infinity;
    for (const t of CANDIDATES) {
      const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      const overlap = grid.overlap(boxAt(p, sizes[e]));
      if (overlap < bestOverlap) {
        best = p;
        bestOverlap = overlap;
        if (overlap === 0) break;
      }
    }
    const chosen = best as Point;
    grid.add(boxAt(chosen, sizes[e]));
    return chosen;
  });
}
