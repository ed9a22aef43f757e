/**
 * The fuzzer's gradient oracle: is backprop's gradient of one input what the function does?
 * A finite difference can only say so where it is accurate, and in double precision it is not
 * always: an ill-conditioned program (σ(t)^(e^t) at t ≈ 23 loses ten digits to rounding) moves
 * f by rounding alone far more than a fixed step and tolerance allow. So the oracle
 *  - measures that rounding: f run again with every gate's result nudged by a few ulps
 *    (Monte Carlo arithmetic), independent of the derivatives under test;
 *  - picks the step per case: the one whose estimated error, truncation (from Richardson's
 *    two levels) plus rounding / h, is least;
 *  - compares with a tolerance made of that estimate, and says nothing where it is too large.
 */
import { OPS } from '../src/core/engine/ops.ts';
import type { Graph } from '../src/core/types.ts';

export type Verdict = { ok: true; conclusive: boolean } | { ok: false; numeric: number; tolerance: number };

/** mulberry32: a small seeded generator, so a case's nudges replay from its seed. */
function random(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One forward pass in graph order; `nudge` (if given) perturbs each gate's result. */
function output(graph: Graph, inputValues: readonly number[], nudge?: () => number): number {
  const v = new Float64Array(graph.nodes.length);
  graph.inputs.forEach((id, i) => { v[id] = inputValues[i]; });
  for (const node of graph.nodes) {
    if (node.kind === 'const') v[node.id] = node.value;
    else if (node.kind === 'gate') {
      const r = OPS[node.op].forward(v[node.args[0]], node.args.length > 1 ? v[node.args[1]] : 0);
      v[node.id] = nudge ? r * (1 + nudge()) : r;
    }
  }
  return v[graph.output];
}

/** How far rounding alone moves f at these inputs: the largest change over a few nudged runs. */
export function roundingNoise(graph: Graph, inputValues: readonly number[], seed: number, runs = 8): number {
  const exact = output(graph, inputValues);
  const rand = random(seed);
  // A Math function may be off by a couple of ulps, not only half of one.
  const nudge = () => (2 * rand() - 1) * 4 * Number.EPSILON;
  let noise = Number.EPSILON * Math.abs(exact);
  for (let k = 0; k < runs; k++) noise = Math.max(noise, Math.abs(output(graph, inputValues, nudge) - exact));
  return noise;
}

/** The accuracy asked of a gradient the difference resolves well. */
const floor = (bp: number) => 1e-5 * Math.max(1, Math.abs(bp)) + 1e-6;
/** Rounding noise is estimated from a handful of runs, not bounded: keep a wide margin. */
const SAFETY = 10;

/**
 * Backprop's ∂f/∂x_i (`bp`) against the best finite difference this case allows: 4-point
 * central differences D(h) on a ladder of steps, each pair extrapolated (16·D(h/2) − D(h)) / 15.
 */
export function checkInput(graph: Graph, inputValues: readonly number[], i: number, bp: number, seed: number): Verdict {
  const f = (dx: number) => {
    const xs = [...inputValues];
    xs[i] += dx;
    return output(graph, xs);
  };
  const central = (h: number) => (-f(2 * h) + 8 * f(h) - 8 * f(-h) + f(-2 * h)) / (12 * h);
  const noise = SAFETY * roundingNoise(graph, inputValues, seed);
  const scale = Math.max(1, Math.abs(inputValues[i]));
  let best = { error: Infinity, value: NaN };
  let previous = central(scale * 1e-1);
  for (let h = scale * 5e-2; h > scale * 1e-9; h /= 2) {
    // The 4-point formula's rounding: (1 + 8 + 8 + 1)·noise / 12h.
    const rounding = (1.5 * noise) / h;
    const d = central(h);
    const extrapolated = (16 * d - previous) / 15;
    const error = Math.abs(d - previous) + rounding;
    if (Number.isFinite(extrapolated) && error < best.error) best = { error, value: extrapolated };
    previous = d;
  }
  const tolerance = best.error + floor(bp);
  // Where the least error is large against the gradient, the difference means nothing here.
  if (!(best.error <= 1e-2 * Math.max(1, Math.abs(bp)))) return { ok: true, conclusive: false };
  if (Math.abs(best.value - bp) <= tolerance) return { ok: true, conclusive: true };
  return { ok: false, numeric: best.value, tolerance };
}
