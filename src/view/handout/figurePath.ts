/**
 * An edge's line as the app draws it (GraphMarks' edgePath): d3's monotone curve through the
 * layout's points, or straight runs where an edge wraps back to the next row. Given as moves,
 * lines and cubic Béziers, so SVG and TikZ draw the very same curve.
 */
import { curveMonotoneX, line } from 'd3-shape';
import type { Point } from '../../layout/index.ts';

export type Segment =
  | { readonly kind: 'move'; readonly to: Point }
  | { readonly kind: 'line'; readonly to: Point }
  | { readonly kind: 'curve'; readonly c1: Point; readonly c2: Point; readonly to: Point };

const runsBack = (points: readonly Point[]) => points.some((p, i) => i > 0 && p.x < points[i - 1].x);

export function edgeSegments(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  const at = (x: number, y: number): Point => ({ x, y });
  const context = {
    moveTo: (x: number, y: number) => { out.push({ kind: 'move', to: at(x, y) }); },
    lineTo: (x: number, y: number) => { out.push({ kind: 'line', to: at(x, y) }); },
    bezierCurveTo: (x1: number, y1: number, x2: number, y2: number, x: number, y: number) => {
      out.push({ kind: 'curve', c1: at(x1, y1), c2: at(x2, y2), to: at(x, y) });
    },
    closePath: () => {},
  };
  const path = line<Point>().x((p) => p.x).y((p) => p.y);
  if (!runsBack(points)) path.curve(curveMonotoneX);
  // d3 draws into anything with the canvas path methods it calls: these four, for a line.
  path.context(context as unknown as CanvasRenderingContext2D)(points as Point[]);
  return out;
}
