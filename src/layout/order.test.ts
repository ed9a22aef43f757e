import dagre from '@dagrejs/dagre';
import { describe, expect, it } from 'vitest';
import { randomProgram } from '../../bench/programs.ts';
import { compile } from '../core/index.ts';
import { countCrossings, layeredLayout, type Layout, type LayoutInput } from './layered.ts';

/** A generated program's graph with fixed boxes (the layout reads only sizes and kinds). */
function programInput(lines: number, seed: number): LayoutInput {
  const built = compile(randomProgram(lines, seed).source);
  if (!built.ok) throw new Error(built.error.message);
  const { graph } = built.value;
  return {
    nodes: graph.nodes.map((node) => ({ width: 50, height: 40, kind: node.kind })),
    edges: graph.edges.map(({ from, to }) => ({ from, to })),
    output: graph.output,
  };
}

/** dagre's drawing of the same graph, left to right, as a Layout countCrossings can read. */
function dagreLayout(input: LayoutInput): Layout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', ranksep: 150, nodesep: 64 });
  input.nodes.forEach((node, v) => graph.setNode(String(v), { width: node.width, height: node.height }));
  input.edges.forEach((edge, e) => graph.setEdge(String(edge.from), String(edge.to), {}, String(e)));
  dagre.layout(graph);
  const nodes = input.nodes.map((_, v) => graph.node(String(v)) as { x: number; y: number });
  const edges = input.edges.map((edge, e) => ({
    points: (graph.edge({ v: String(edge.from), w: String(edge.to), name: String(e) }) as { points: { x: number; y: number }[] }).points,
  }));
  return { nodes, edges, layers: 0, width: 0, height: 0 };
}

describe('ordering and layering', () => {
  it('crosses no more edges than dagre on program-shaped graphs', () => {
    for (const seed of [1, 2, 3]) {
      const input = programInput(60, seed);
      expect(countCrossings(input, layeredLayout(input)), `seed ${seed}`).toBeLessThanOrEqual(countCrossings(input, dagreLayout(input)));
    }
  });

  it('moves a gate that feeds more than it reads beside its nearest consumer', () => {
    // x → s (one operand) → three gates two layers further on, each also reading a chain:
    // at s's longest-path layer its three out-edges would each cross a layer; beside them none does.
    //   0 x, 1 s = f(x), 2 a = g(x), 3 b = g(a), 4 c = g(b), 5 p = s·c, 6 q = s·c, 7 r = s·c, 8 out = p+q+r
    const node = { width: 40, height: 40, kind: 'gate' as const };
    const input: LayoutInput = {
      nodes: [{ width: 40, height: 30, kind: 'input' }, node, node, node, node, node, node, node, node],
      edges: [[0, 1], [0, 2], [2, 3], [3, 4], [1, 5], [4, 5], [1, 6], [4, 6], [1, 7], [4, 7], [5, 8], [6, 8], [7, 8]].map(([from, to]) => ({ from, to })),
      output: 8,
    };
    const layout = layeredLayout(input);
    const columns = [...new Set(layout.nodes.map((p) => p.x))].sort((a, b) => a - b);
    const column = (v: number) => columns.indexOf(layout.nodes[v].x);
    // s's consumers p, q, r sit in column 4 (after x, a, b, c): s sits in column 3, beside c.
    expect(column(5)).toBe(4);
    expect(column(1)).toBe(3);
  });
});
