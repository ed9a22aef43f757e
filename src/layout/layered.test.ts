import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode, Span } from '../core/types.ts';
import { layoutGraph, placeLabels } from './index.ts';
import { countCrossings, layeredLayout, type Layout, type LayoutInput } from './layered.ts';
import { expressionDag } from '../testing/fixtures.ts';

type Node = LayoutInput['nodes'][number];

const fast = { numRuns: 50 };
const epsilon = 1e-6;

function allPoints(layout: Layout): { x: number; y: number }[] {
  return [...layout.nodes, ...layout.edges.flatMap((edge) => edge.points)];
}

describe('layeredLayout', () => {
  it('never lets two node boxes overlap', () => {
    fc.assert(
      fc.property(expressionDag, (input) => {
        const { nodes } = layeredLayout(input);
        const overlapping: string[] = [];
        for (let a = 0; a < nodes.length; a++) {
          for (let b = a + 1; b < nodes.length; b++) {
            const apartX = Math.abs(nodes[a].x - nodes[b].x) >= (input.nodes[a].width + input.nodes[b].width) / 2 - epsilon;
            const apartY = Math.abs(nodes[a].y - nodes[b].y) >= (input.nodes[a].height + input.nodes[b].height) / 2 - epsilon;
            if (!apartX && !apartY) overlapping.push(`${a} and ${b}`);
          }
        }
        expect(overlapping).toEqual([]);
      }),
      fast,
    );
  });

  it('draws every edge rightwards from its source’s right side to its target’s left side', () => {
    fc.assert(
      fc.property(expressionDag, (input) => {
        const layout = layeredLayout(input);
        input.edges.forEach(({ from, to }, e) => {
          const { points } = layout.edges[e];
          for (let i = 1; i < points.length; i++) expect(points[i].x).toBeGreaterThanOrEqual(points[i - 1].x);
          const [first, last] = [points[0], points[points.length - 1]];
          expect(first.x).toBeCloseTo(layout.nodes[from].x + input.nodes[from].width / 2, 6);
          expect(Math.abs(first.y - layout.nodes[from].y)).toBeLessThanOrEqual(input.nodes[from].height / 2);
          expect(last.x).toBeCloseTo(layout.nodes[to].x - input.nodes[to].width / 2, 6);
          expect(Math.abs(last.y - layout.nodes[to].y)).toBeLessThanOrEqual(input.nodes[to].height / 2);
        });
      }),
      fast,
    );
  });

  it('gives every edge, parallel ones too, its own last segment, and places each edge\'s label on one of its segments', () => {
    fc.assert(
      fc.property(expressionDag, (input) => {
        const layout = layeredLayout(input);
        const anchors = placeLabels(layout.edges, layout.edges.map(() => ({ width: 50, above: 20, below: 23 })), []);
        expect(anchors).toHaveLength(input.edges.length);
        const seen = new Set<string>();
        layout.edges.forEach(({ points }, e) => {
          const [a, b] = [points[points.length - 2], points[points.length - 1]];
          const key = [a.x, a.y, b.x, b.y].map((v) => v.toFixed(3)).join(',');
          expect(seen.has(key), `two edges share the last segment ${key}`).toBe(false);
          seen.add(key);
          // A label may slide onto any segment of its own edge (labels.ts), never off it.
          const p = anchors[e];
          const onSegment = points.slice(1).some((q, i) => {
            const o = points[i];
            const cross = (q.x - o.x) * (p.y - o.y) - (q.y - o.y) * (p.x - o.x);
            return Math.abs(cross) <= 1e-6 * (1 + Math.hypot(q.x - o.x, q.y - o.y) ** 2) && p.x >= o.x - epsilon && p.x <= q.x + epsilon;
          });
          expect(onSegment).toBe(true);
        });
      }),
      fast,
    );
  });

  it('puts inputs left of everything they feed, in the first column unless first used deep in the graph, and the output rightmost', () => {
    fc.assert(
      fc.property(expressionDag, (input) => {
        const { nodes } = layeredLayout(input);
        const xs = nodes.map((p) => p.x);
        const columns = [...new Set(xs)].sort((a, b) => a - b);
        input.nodes.forEach((node, v) => {
          if (node.kind !== 'input') return;
          const uses = input.edges.filter((e) => e.from === v).map((e) => columns.indexOf(nodes[e.to].x));
          for (const use of uses) expect(use).toBeGreaterThan(columns.indexOf(nodes[v].x));
          const firstUse = Math.min(...uses);
          if (uses.length === 0 || firstUse <= 2) expect(nodes[v].x).toBe(columns[0]);
          else expect(columns.indexOf(nodes[v].x)).toBe(firstUse - 1);
        });
        expect(nodes[input.output].x).toBe(Math.max(...xs));
      }),
      fast,
    );
  });

  it('keeps every coordinate finite and inside the bounding box from (0, 0)', () => {
    fc.assert(
      fc.property(expressionDag, (input) => {
        const layout = layeredLayout(input);
        const inside = ({ x, y }: { x: number; y: number }) => x >= 0 && y >= 0 && x <= layout.width + epsilon && y <= layout.height + epsilon;
        expect(allPoints(layout).filter((point) => !inside(point))).toEqual([]);
      }),
      fast,
    );
  });

  it('draws the same picture for the same input', () => {
    fc.assert(
      fc.property(expressionDag, (input) => {
        expect(layeredLayout(input)).toEqual(layeredLayout(structuredClone(input)));
      }),
      { numRuns: 20 },
    );
  });

  it('draws a two-operand gate without crossings', () => {
    const input: LayoutInput = {
      nodes: [
        { width: 40, height: 30, kind: 'input' },
        { width: 40, height: 30, kind: 'input' },
        { width: 40, height: 40, kind: 'gate' },
      ],
      edges: [
        { from: 0, to: 2 },
        { from: 1, to: 2 },
      ],
      output: 2,
    };
    const layout = layeredLayout(input);
    expect(layout.layers).toBe(2);
    expect(countCrossings(input, layout)).toBe(0);
  });

  it('moves a constant next to the gate it feeds', () => {
    // x → a → b → (b * 2): the constant 2 sits in b's column, not with the inputs.
    const input: LayoutInput = {
      nodes: [
        { width: 40, height: 30, kind: 'input' },
        { width: 40, height: 40, kind: 'gate' },
        { width: 40, height: 40, kind: 'gate' },
        { width: 30, height: 30, kind: 'const' },
        { width: 40, height: 40, kind: 'gate' },
      ],
      edges: [
        { from: 0, to: 1 },
        { from: 1, to: 2 },
        { from: 2, to: 4 },
        { from: 3, to: 4 },
      ],
      output: 4,
    };
    const { nodes } = layeredLayout(input);
    expect(nodes[3].x).toBe(nodes[2].x);
  });

  it('lays out a 10,000-deep chain without overflowing the stack', () => {
    const nodes: Node[] = [{ width: 40, height: 30, kind: 'input' }];
    const edges: { from: number; to: number }[] = [];
    for (let i = 1; i <= 10_000; i++) {
      edges.push({ from: i - 1, to: i });
      nodes.push({ width: 40, height: 40, kind: 'gate' });
    }
    const layout = layeredLayout({ nodes, edges, output: 10_000 });
    expect(layout.layers).toBe(10_001);
    expect(countCrossings({ nodes, edges, output: 10_000 }, layout)).toBe(0);
  });

  it('lays out a 1,000-term sum x + x + … + x, drawing the longest edges direct', () => {
    // x feeds every add, so one dummy per crossed layer would total half a million.
    const terms = 1_000;
    const nodes: Node[] = [{ width: 40, height: 30, kind: 'input' }];
    const edges: { from: number; to: number }[] = [];
    for (let k = 1; k < terms; k++) {
      const id = nodes.length;
      edges.push({ from: k === 1 ? 0 : id - 1, to: id }, { from: 0, to: id });
      nodes.push({ width: 40, height: 40, kind: 'gate' });
    }
    const layout = layeredLayout({ nodes, edges, output: nodes.length - 1 });
    expect(layout.layers).toBe(terms);
    expect(layout.edges[edges.length - 1].points, 'the longest edge: source side, bend, target side').toHaveLength(3);
    for (const { points } of layout.edges) {
      for (let i = 1; i < points.length; i++) expect(points[i].x).toBeGreaterThanOrEqual(points[i - 1].x);
    }
  });

  it('puts each input of a long sum a0 + a1 + a2 + … first used past the second column beside the add it feeds', () => {
    const terms = 200;
    const nodes: Node[] = [];
    const edges: { from: number; to: number }[] = [];
    for (let k = 0; k < terms; k++) nodes.push({ width: 40, height: 30, kind: 'input' });
    for (let k = 1; k < terms; k++) {
      const id = nodes.length;
      edges.push({ from: k === 1 ? 0 : id - 1, to: id }, { from: k, to: id });
      nodes.push({ width: 40, height: 40, kind: 'gate' });
    }
    const layout = layeredLayout({ nodes, edges, output: nodes.length - 1 });
    // a_k feeds the k-th add, in column k: from a3 on, that edge is one column long (2 points).
    edges.forEach(({ from }, e) => {
      if (from >= 3 && from < terms) expect(layout.edges[e].points).toHaveLength(2);
    });
  });
});

describe('layeredLayout options (the Statements view)', () => {
  it('with inputReach 0 puts every input in the column just before its first consumer', () => {
    fc.assert(
      fc.property(expressionDag, (input) => {
        const { nodes } = layeredLayout(input, { inputReach: 0 });
        const columns = [...new Set(nodes.map((p) => p.x))].sort((a, b) => a - b);
        input.nodes.forEach((node, v) => {
          const uses = input.edges.filter((e) => e.from === v).map((e) => columns.indexOf(nodes[e.to].x));
          if (node.kind !== 'input' || uses.length === 0) return;
          expect(columns.indexOf(nodes[v].x)).toBe(Math.min(...uses) - 1);
        });
      }),
      fast,
    );
  });

  it('stacks leaves leafGap apart, and a leaf and a gate nodeGap apart', () => {
    // Three inputs feeding one gate: one column of leaves, so its height is 3 boxes and 2 leaf gaps.
    const nodes: Node[] = [
      { width: 40, height: 30, kind: 'input' }, { width: 40, height: 30, kind: 'input' }, { width: 40, height: 30, kind: 'input' },
      { width: 44, height: 44, kind: 'gate' },
    ];
    const edges = [{ from: 0, to: 3 }, { from: 1, to: 3 }, { from: 2, to: 3 }];
    const layout = layeredLayout({ nodes, edges, output: 3 }, { nodeGap: 60, leafGap: 20 });
    const ys = [0, 1, 2].map((v) => layout.nodes[v].y).sort((a, b) => a - b);
    expect(ys[1] - ys[0]).toBeCloseTo(30 + 20);
    expect(ys[2] - ys[1]).toBeCloseTo(30 + 20);
    expect(layout.height).toBeCloseTo(3 * 30 + 2 * 20);
  });
});

describe('layoutGraph', () => {
  const common = { span: { start: 0, end: 1, line: 1, column: 1 } satisfies Span, labelPrec: 0, textPrec: 0 };
  // f = x * c, by hand: only the constant's value differs between graphs of one shape.
  const graph = (value: number, layoutKey: string): Graph => {
    const nodes: GraphNode[] = [
      { id: 0, kind: 'input', name: 'x', declared: true, label: 'x', text: 'x', ...common },
      { id: 1, kind: 'const', value, label: String(value), text: String(value), ...common },
      { id: 2, kind: 'gate', op: 'mul', args: [0, 1], inEdges: [0, 1], name: 'f', label: 'f', text: 'f', ...common },
    ];
    return {
      nodes,
      edges: [
        { id: 0, from: 0, to: 2, argIndex: 0, span: common.span },
        { id: 1, from: 1, to: 2, argIndex: 1, span: common.span },
      ],
      outEdges: [[0], [1], []],
      output: 2,
      outputName: 'f',
      inputs: [0],
      names: new Map([
        ['x', 0],
        ['f', 2],
      ]),
      layoutKey,
      key: `${layoutKey}:${value}`,
    };
  };
  const size = (node: GraphNode) => (node.kind === 'gate' ? { width: 44, height: 44 } : { width: 60, height: 32 });

  it('returns the very same layout for graphs of the same shape', () => {
    expect(layoutGraph(graph(2, 'x*c'), size)).toBe(layoutGraph(graph(3, 'x*c'), size));
  });

  it('lays out again when the shape, the options or the box sizes change', () => {
    const first = layoutGraph(graph(2, 'x*c#2'), size);
    expect(layoutGraph(graph(2, 'x*c#3'), size)).not.toBe(first);
    expect(layoutGraph(graph(2, 'x*c#2'), size, { nodeGap: 10 })).not.toBe(first);
    expect(layoutGraph(graph(2, 'x*c#2'), () => ({ width: 90, height: 90 }))).not.toBe(first);
  });

  it('hands out frozen layouts, since callers share them', () => {
    const layout = layoutGraph(graph(2, 'x*c#4'), size);
    expect(Object.isFrozen(layout) && Object.isFrozen(layout.nodes[0]) && Object.isFrozen(layout.edges[0].points)).toBe(true);
  });
});
