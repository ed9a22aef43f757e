import { describe, expect, it } from 'vitest';
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
