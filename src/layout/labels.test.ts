import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionDag } from '../testing/fixtures.ts';
import { layeredLayout } from './layered.ts';
import { labelOverlaps, layoutLabels, type Attached } from './labelRoom.ts';
import { placeLabels, type Box } from './labels.ts';

const size = { width: 60, above: 20, below: 23 };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const box = (p: { x: number; y: number }): Box => ({ left: p.x - 30, right: p.x + 30, top: p.y - 20, bottom: p.y + 23 });

describe('edge label placement', () => {
  it('puts a lone label 40% along the edge', () => {
    const [p] = placeLabels([{ points: [{ x: 0, y: 0 }, { x: 100, y: 50 }] }], [size], []);
    expect(p).toEqual({ x: 40, y: 20 });
  });

  it('slides labels of edges leaving one node apart along their edges so they do not overlap', () => {
    // three edges fan out from (0, 100) to targets 60 px apart: at 40% their labels would collide
    const edges = [0, 60, 120].map((y) => ({ points: [{ x: 0, y: 100 }, { x: 200, y }] }));
    const anchors = placeLabels(edges, edges.map(() => size), []);
    expect(anchors).toHaveLength(3);
    for (let i = 0; i < anchors.length; i++) {
      for (let j = i + 1; j < anchors.length; j++) expect(overlaps(box(anchors[i]), box(anchors[j]))).toBe(false);
    }
    anchors.forEach((p, i) => {
      // still on its own edge: y = 100 + (target − 100) · x / 200
      const target = edges[i].points[1].y;
      expect(p.y).toBeCloseTo(100 + ((target - 100) * p.x) / 200, 9);
    });
  });

  it('keeps labels off the nodes when the edge leaves room', () => {
    const node: Box = { left: 30, right: 70, top: -20, bottom: 20 };
    const [p] = placeLabels([{ points: [{ x: 0, y: 0 }, { x: 200, y: 0 }] }], [size], [node]);
    expect(overlaps(box(p), node)).toBe(false);
  });

  it('is deterministic', () => {
    const edges = [0, 10, 20, 30].map((y) => ({ points: [{ x: 0, y }, { x: 150, y: 40 - y }] }));
    const sizes = edges.map(() => size);
    expect(placeLabels(edges, sizes, [])).toEqual(placeLabels(edges, sizes, []));
  });
});

/**
 * The property the drawing needs, in layout coordinates: after layoutLabels, no edge label
 * overlaps another, a node, or a label attached to a node (a fan-out's sum), and no attached
 * label sits on another node. Checked pair by pair (labelOverlaps), not through the placement's grid.
 */
describe('labels with room made for them (labelRoom.ts)', () => {
  // The shared expression DAGs, with a label width per edge and a Σ∂ sum under some nodes.
  const dag = fc
    .record({
      input: expressionDag,
      labelWidths: fc.array(fc.integer({ min: 10, max: 130 }), { minLength: 100, maxLength: 100 }),
      sums: fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }),
    })
    .map(({ input, labelWidths, sums }) => {
      const attached: Attached[] = input.nodes.flatMap((n, id) => {
        const shape: Attached = { node: id, box: { left: -n.width / 2, right: n.width / 2, top: -n.height / 2, bottom: n.height / 2 } };
        const sum: Attached = { node: id, label: true, box: { left: -45, right: 45, top: n.height / 2 + 5, bottom: n.height / 2 + 22 } };
        return sums[id % sums.length] && n.kind === 'gate' ? [shape, sum] : [shape];
      });
      const sizes = input.edges.map((_, e) => ({ width: labelWidths[e % labelWidths.length], above: 21, below: 21 }));
      return { input, attached, sizes };
    });

  it('leaves no label on another label or on a node, on random expression graphs', () => {
    fc.assert(
      fc.property(dag, ({ input, attached, sizes }) => {
        const placed = layoutLabels(layeredLayout(input, { layerGap: 100, nodeGap: 60 }), sizes, attached);
        expect(labelOverlaps(placed.layout, placed.anchors, sizes, attached)).toEqual([]);
        expect(placed.clashes).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('only ever widens: every node keeps its row (up to one shift of the whole) and moves right by the same or more as the nodes left of it', () => {
    fc.assert(
      fc.property(dag, ({ input, attached, sizes }) => {
        const base = layeredLayout(input, { layerGap: 100, nodeGap: 60 });
        const placed = layoutLabels(base, sizes, attached);
        // The whole drawing may move down, so labels over the top row lie inside its box.
        const down = placed.layout.nodes[0].y - base.nodes[0].y;
        expect(down).toBeGreaterThanOrEqual(0);
        base.nodes.forEach((p, v) => {
          expect(placed.layout.nodes[v].y).toBeCloseTo(p.y + down, 9);
          expect(placed.layout.nodes[v].x).toBeGreaterThanOrEqual(p.x);
        });
        const order = base.nodes.map((_, v) => v).sort((a, b) => base.nodes[a].x - base.nodes[b].x);
        for (let i = 1; i < order.length; i++) {
          expect(placed.layout.nodes[order[i]].x).toBeGreaterThanOrEqual(placed.layout.nodes[order[i - 1]].x);
        }
        expect(placed.layout.width).toBeGreaterThanOrEqual(base.width);
      }),
      { numRuns: 20 },
    );
  });
});
