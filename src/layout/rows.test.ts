import { describe, expect, it } from 'vitest';
import { layeredLayout, type LayoutInput } from './layered.ts';

/** x and w feed h1 = f(w, x), then h_i = f(w, h_{i−1}) for i = 2 … depth: the deep-chain preset's shape. */
function chain(depth: number): LayoutInput {
  const leaf = { width: 46, height: 32, kind: 'input' as const };
  const gate = { width: 44, height: 66, kind: 'gate' as const };
  const nodes = [leaf, leaf, ...Array.from({ length: depth }, () => gate)];
  const edges = [{ from: 1, to: 2 }, { from: 0, to: 2 }];
  for (let i = 3; i < depth + 2; i++) edges.push({ from: 1, to: i }, { from: i - 1, to: i });
  return { nodes, edges, output: depth + 1 };
}

const options = { layerGap: 100, nodeGap: 16, inputReach: 0, wrapWidth: 700, laneGap: 40 };

describe('wrapping a long drawing into rows', () => {
  it('leaves a drawing narrower than the wrap width, or not three times wider than tall, in one row', () => {
    const short = layeredLayout(chain(3), options);
    expect(new Set(short.nodes.map((p) => p.y)).size).toBeGreaterThan(1);
    expect(short.edges.every(({ points }) => points.every((p, i) => i === 0 || p.x >= points[i - 1].x))).toBe(true);
  });

  it('cuts a deep chain into rows no wider than the wrap width, every box inside the drawing and none on another', () => {
    const input = chain(9);
    const layout = layeredLayout(input, options);
    const unwrapped = layeredLayout(input, { ...options, wrapWidth: undefined });
    expect(layout.width).toBeLessThan(unwrapped.width);
    expect(layout.height).toBeGreaterThan(unwrapped.height);
    // Rows: the chain's gates fall into groups by height, each group left to right.
    const gates = layout.nodes.slice(2);
    const rows = [...new Set(gates.map((p) => Math.round(p.y / 100)))];
    expect(rows.length).toBeGreaterThan(1);
    const boxes = layout.nodes.map((p, v) => ({
      left: p.x - input.nodes[v].width / 2, right: p.x + input.nodes[v].width / 2,
      top: p.y - input.nodes[v].height / 2, bottom: p.y + input.nodes[v].height / 2,
    }));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(-1e-9);
      expect(b.right).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(b.top).toBeGreaterThanOrEqual(-1e-9);
      expect(b.bottom).toBeLessThanOrEqual(layout.height + 1e-9);
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart).toBe(true);
    }));
  });

  it('routes every edge from its source to its target, back left only where it changes rows', () => {
    const input = chain(9);
    const layout = layeredLayout(input, options);
    input.edges.forEach(({ from, to }, e) => {
      const { points } = layout.edges[e];
      expect(points[0].x).toBeCloseTo(layout.nodes[from].x + input.nodes[from].width / 2, 9);
      expect(points[points.length - 1].x).toBeCloseTo(layout.nodes[to].x - input.nodes[to].width / 2, 9);
      expect(points[points.length - 1].y).toBeCloseTo(layout.nodes[to].y, 9);
      const runsBack = points.some((p, i) => i > 0 && p.x < points[i - 1].x);
      const sameRow = Math.abs(layout.nodes[from].y - layout.nodes[to].y) < 150 && layout.nodes[from].x < layout.nodes[to].x;
      if (runsBack) expect(sameRow).toBe(false);
      for (const p of points) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(layout.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(layout.height);
      }
    });
  });
});
