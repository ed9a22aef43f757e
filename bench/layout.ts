/**
 * Layout benchmark: our layered layout against dagre on random expression-shaped DAGs
 * (seeded, so every run measures the same graphs) — median time and edge crossings.
 * Run alone with `npx tsx bench/layout.ts`; bench/run.ts may import runLayoutBench.
 */
import dagre from '@dagrejs/dagre';
import { pathToFileURL } from 'node:url';
import { countCrossings, layeredLayout, type Layout, type LayoutInput } from '../src/layout/layered.ts';
import { compile } from '../src/core/index.ts';
import { nodeSize } from '../src/view/nodeShape.ts';
import { randomProgram } from './programs.ts';
import { mulberry32 } from './random.ts';

export interface LayoutBenchRow {
  /** 'dag': a random expression-shaped DAG; 'program': the graph of a generated program (bench/programs.ts). */
  kind: 'dag' | 'program';
  nodes: number;
  /** The first call in this process, before the JIT has optimised anything: what a fresh worker pays. */
  oursColdMs: number;
  oursMs: number;
  oursCrossings: number;
  /** null where dagre was skipped: above 500 nodes it takes minutes. */
  dagreMs: number | null;
  dagreCrossings: number | null;
}

const sizes = [100, 500, 2000];
const programSizes = [100, 500, 2000];
const oursRuns = 7;
const dagreRuns = 3;
/** dagre ≈ 3.4 s at 500 nodes and > 100 s at 2,000 on this machine (DESIGN.md): skipped beyond this. */
const dagreMaxNodes = 500;

export function runLayoutBench(): { rows: LayoutBenchRow[] } {
  const cases: [LayoutBenchRow['kind'], number, LayoutInput][] = [
    ...programSizes.map((n): [LayoutBenchRow['kind'], number, LayoutInput] => ['program', n, programInput(n)]),
    ...sizes.map((n): [LayoutBenchRow['kind'], number, LayoutInput] => ['dag', n, randomExpressionDag(n, 20_240 + n)]),
  ];
  const rows = cases.map(([kind, nodes, input]): LayoutBenchRow => {
    const start = performance.now();
    layeredLayout(input);
    const oursColdMs = performance.now() - start;
    const ours = timeMedian(oursRuns, () => layeredLayout(input));
    const row: LayoutBenchRow = {
      kind,
      nodes: input.nodes.length,
      oursColdMs,
      oursMs: ours.ms,
      oursCrossings: countCrossings(input, ours.result),
      dagreMs: null,
      dagreCrossings: null,
    };
    if (nodes <= dagreMaxNodes) {
      const theirs = timeMedian(dagreRuns, () => dagreLayout(input));
      row.dagreMs = theirs.ms;
      row.dagreCrossings = countCrossings(input, theirs.result);
    }
    return row;
  });
  return { rows };
}

/** The graph of a generated program, with the app's node boxes (src/components/nodeShape.ts). */
function programInput(nodes: number): LayoutInput {
  const built = compile(randomProgram(nodes, 7 + nodes).source);
  if (!built.ok) throw new Error(`benchmark program does not compile: ${built.error.message}`);
  const { graph } = built.value;
  return {
    nodes: graph.nodes.map((node) => ({ ...nodeSize(node), kind: node.kind })),
    edges: graph.edges.map(({ from, to }) => ({ from, to })),
    output: graph.output,
  };
}

/**
 * An expression-shaped DAG of exactly `count` nodes: a few inputs, then gates of arity 1–2
 * whose operands are mostly recent nodes (chains of subexpressions), sometimes any earlier
 * node (fan-out, long edges), sometimes a fresh constant; x*x-style multi-edges occur.
 */
export function randomExpressionDag(count: number, seed: number): LayoutInput {
  const random = mulberry32(seed);
  const nodes: LayoutInput['nodes'][number][] = [];
  const edges: { from: number; to: number }[] = [];
  const inputs = Math.max(1, Math.round(count / 25));
  const values: number[] = []; // inputs and gates: what an operand may refer to
  while (nodes.length < count) {
    if (nodes.length < inputs) {
      values.push(nodes.length);
      nodes.push({ width: 72, height: 36, kind: 'input' });
      continue;
    }
    const arity = random() < 0.3 ? 1 : 2;
    const operands: number[] = [];
    for (let k = 0; k < arity; k++) {
      if (random() < 0.12 && nodes.length + 1 < count) {
        operands.push(nodes.length);
        nodes.push({ width: 48, height: 32, kind: 'const' });
      } else if (random() < 0.8) {
        operands.push(values[values.length - 1 - Math.floor(random() * Math.min(values.length, 6))]);
      } else {
        operands.push(values[Math.floor(random() * values.length)]);
      }
    }
    const gate = nodes.length;
    for (const from of operands) edges.push({ from, to: gate });
    values.push(gate);
    nodes.push({ width: 44, height: 44, kind: 'gate' });
  }
  return { nodes, edges, output: count - 1 };
}

/**
 * dagre on the same boxes and gaps, read back into our Layout shape so both layouts' crossings
 * come from one function. countCrossings works on the drawing's layered structure: columns are
 * the ranks (with rankdir LR every node of a rank shares its centre x), each edge is sampled at
 * every rank it passes — where dagre, like us, put a dummy node, whose position is one of the
 * edge's points — and two edges cross between adjacent ranks iff their vertical order differs.
 * Rank-to-rank crossings of the same layered graph with dummies, whichever layering each chose.
 */
function dagreLayout(input: LayoutInput): Layout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', ranksep: 150, nodesep: 64 });
  input.nodes.forEach((node, v) => graph.setNode(String(v), { width: node.width, height: node.height }));
  input.edges.forEach((edge, e) => graph.setEdge(String(edge.from), String(edge.to), {}, String(e)));
  dagre.layout(graph);
  const nodes = input.nodes.map((_, v) => {
    const { x, y } = graph.node(String(v)) as { x: number; y: number };
    return { x, y };
  });
  const edges = input.edges.map((edge, e) => {
    const label = graph.edge({ v: String(edge.from), w: String(edge.to), name: String(e) }) as { points?: { x: number; y: number }[] };
    const points = label.points ?? [nodes[edge.from], nodes[edge.to]];
    return { points, label: points[points.length - 1] };
  });
  return { nodes, edges, layers: 0, width: 0, height: 0 };
}

function timeMedian<T>(runs: number, work: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result = work(); // warm-up, not timed: the JIT's first compile is not the steady state
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

export function formatLayoutBench(rows: readonly LayoutBenchRow[]): string {
  const cell = (value: number | null, digits = 0): string => (value === null ? '—' : value.toFixed(digits));
  const lines = [
    '| graph | nodes | ours ms (first call) | ours ms | ours crossings | dagre ms | dagre crossings |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.kind} | ${r.nodes} | ${cell(r.oursColdMs, 1)} | ${cell(r.oursMs, 1)} | ${r.oursCrossings} | ${cell(r.dagreMs, 0)} | ${cell(r.dagreCrossings)} |`),
  ];
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatLayoutBench(runLayoutBench().rows));
  console.log(`(medians of ${oursRuns} runs for ours after a first, unoptimised call; ${dagreRuns} for dagre; dagre skipped above ${dagreMaxNodes} nodes; goal: ours < 100 ms at 2,000 nodes, crossings ≤ dagre's)`);
}
