/**
 * Trace → Step[]: the forward steps (each gate, in topological order), then the backward steps
 * (each node the output depends on, from the output back to the inputs). A step is frozen data
 * holding every number and formula the app shows for it (steps.ts); stepping is an index into this.
 */
import { OPS } from '../engine/ops.ts';
import type { Formula } from '../tex/stepTex.ts';
import { Backward, Forward, Local, type FanOutTerm } from './steps.ts';
import { compileTape, type Trace } from '../engine/evaluate.ts';
import type { PatternKey, StepWord } from '../language/message.ts';
import type { GateNode } from '../types.ts';

export interface ForwardStep {
  readonly kind: 'forward';
  readonly index: number;
  readonly node: number;
  readonly operands: readonly { readonly node: number; readonly value: number }[];
  readonly value: number;
  readonly formula: Formula;
  readonly pattern?: undefined;
  readonly patternKey?: undefined;
  /** The step's formulas, one per line; `tex` and `text` join them. */
  readonly lines: readonly Formula[];
  readonly tex: string;
  readonly text: string;
  /** `text` is `textWord`'s word (the catalog's `engine.steps`), then `textBody`. */
  readonly textWord: StepWord;
  readonly textBody: string;
}

/** One gradient term that reaches a node along one of its outgoing edges. */
export interface GradTerm {
  readonly edge: number;
  readonly consumer: number;
  readonly contribution: number;
}

/** What a gate sends back along one operand edge: upstream × local. */
export interface LocalGrad {
  readonly edge: number;
  readonly operand: number;
  readonly argIndex: number;
  readonly localGrad: number;
  readonly contribution: number;
  /** The operand's gradient after this term is added: the running sum at a fan-out. */
  readonly runningSum: number;
  /** ∂(gate)/∂operand: the gate's own partial, symbolic then numeric. */
  readonly local: Formula;
  /** Upstream × local: ∂f/∂operand, or (at a fan-out) one term of it. */
  readonly product: Formula;
  /** At a fan-out, the operand's gradient as the sum of its terms so far (⋯ while more are to come). */
  readonly sum?: Formula;
  /** local, product and (at a fan-out) sum. */
  readonly lines: readonly Formula[];
}

export interface BackwardStep {
  readonly kind: 'backward';
  readonly index: number;
  readonly node: number;
  /** ∂f/∂node: the sum of `terms` (1 at the output). */
  readonly grad: number;
  /** One per use, in the order the backward pass reaches them (later consumers first). */
  readonly terms: readonly GradTerm[];
  readonly upstream: Formula;
  /** Empty for inputs; operands that need no gradient (literals, all-literal parts) get no term. */
  readonly locals: readonly LocalGrad[];
  /** The gate pattern or step note, in English; `patternKey` finds it in a catalog's `engine.patterns`. */
  readonly pattern?: string;
  readonly patternKey?: PatternKey;
  readonly lines: readonly Formula[];
  readonly tex: string;
  readonly text: string;
  /** `text` is `textWord`'s word (the catalog's `engine.steps`), then `textBody`. */
  readonly textWord: StepWord;
  readonly textBody: string;
}

export type Step = ForwardStep | BackwardStep;

export interface Schedule {
  readonly steps: readonly Step[];
  readonly forwardCount: number;
  /** Per node, the index of its forward step (-1 for leaves, whose values are given). */
  readonly forwardStepOf: Int32Array;
  /** Per node, the index of its backward step (-1 where no gradient reaches it). */
  readonly backwardStepOf: Int32Array;
}

export { joinTex } from './steps.ts';

/**
 * Every stage is linear in nodes + edges: each out-edge is visited once to count live uses and
 * once to list its term; a fan-out keeps only its first two terms for the running-sum formula.
 */
export function schedule(trace: Trace): Schedule {
  const stages = scheduleInStages(trace);
  for (let r = stages.next(); ; r = stages.next()) if (r.done) return r.value;
}

/** Nodes scheduled between two pauses of `scheduleInStages`. */
const STAGE_NODES = 4000;

/** `schedule`, pausing (a `yield`) every STAGE_NODES nodes of each pass: see analyzeViewInStages. */
export function* scheduleInStages(trace: Trace): Generator<void, Schedule> {
  const { graph, contributions } = trace;
  const { nodes, edges, outEdges } = graph;
  const { needsGrad: need, reachesOutput: live } = compileTape(graph);
  const steps: Step[] = [];
  const forwardStepOf = new Int32Array(nodes.length).fill(-1);
  const backwardStepOf = new Int32Array(nodes.length).fill(-1);

  for (const node of nodes) {
    if (node.kind !== 'gate') continue;
    forwardStepOf[node.id] = steps.length;
    steps.push(new Forward(steps.length, node, trace));
    if ((node.id + 1) % STAGE_NODES === 0) yield;
  }
  const forwardCount = steps.length;

  const sums: FanOutSums = {
    uses: liveUses(graph, live), reached: new Int32Array(nodes.length),
    first: new Float64Array(2 * nodes.length), running: new Float64Array(nodes.length),
  };
  sums.running[graph.output] = 1;
  for (let id = nodes.length - 1; id >= 0; id--) {
    const node = nodes[id];
    if (!live[id] || !need[id]) continue;
    const terms = id === graph.output ? [] : termsAsReached(outEdges[id], edges, live, contributions);
    const locals = node.kind === 'gate' ? localGrads(node, trace, sums, need) : [];
    backwardStepOf[id] = steps.length;
    steps.push(new Backward(steps.length, node, terms, locals, trace));
    if (id % STAGE_NODES === 0) yield;
  }
  return Object.freeze({ steps: Object.freeze(steps), forwardCount, forwardStepOf, backwardStepOf });
}

/** Per node, how many of its out-edges lead to a consumer on the way to the output. */
function liveUses(graph: Trace['graph'], live: Uint8Array): Int32Array {
  const uses = new Int32Array(graph.nodes.length);
  for (const e of graph.edges) if (live[e.to]) uses[e.from]++;
  return uses;
}

/**
 * A node's terms in the order the backward pass produces them: consumers from the last back,
 * and within one consumer (`x*x`) operand 0 first. Out-edges are in creation order, so that is
 * the runs of equal consumers taken from the end, each run read forwards.
 */
function termsAsReached(out: readonly number[], edges: Trace['graph']['edges'], live: Uint8Array, contributions: Float64Array): GradTerm[] {
  const terms: GradTerm[] = [];
  let end = out.length;
  while (end > 0) {
    const consumer = edges[out[end - 1]].to;
    let start = end - 1;
    while (start > 0 && edges[out[start - 1]].to === consumer) start--;
    if (live[consumer]) for (let i = start; i < end; i++) terms.push({ edge: out[i], consumer, contribution: contributions[out[i]] });
    end = start;
  }
  return terms;
}

interface FanOutSums {
  readonly uses: Int32Array;
  /** Terms each node has received so far. */
  readonly reached: Int32Array;
  /** Each node's first two terms, for a running sum shown as t₁ + t₂ + ⋯ + tₖ. */
  readonly first: Float64Array;
  readonly running: Float64Array;
}

function localGrads(node: GateNode, trace: Trace, sums: FanOutSums, need: Uint8Array): LocalGrad[] {
  const { values, contributions } = trace;
  const op = OPS[node.op];
  const [a, b] = node.args;
  const locals: LocalGrad[] = [];
  node.args.forEach((operand, argIndex) => {
    if (!need[operand]) return;
    const edge = node.inEdges[argIndex];
    // Where the value is NaN (log of a negative) the derivative is undefined too (issue 12).
    const localGrad = Number.isNaN(values[node.id]) ? NaN : op.partials[argIndex](values[a], b === undefined ? 0 : values[b], values[node.id]);
    const contribution = contributions[edge];
    sums.running[operand] += contribution;
    const k = ++sums.reached[operand];
    const count = sums.uses[operand];
    let fanOut: FanOutTerm | undefined;
    if (count > 1) {
      fanOut = { k, count, first: [sums.first[2 * operand], sums.first[2 * operand + 1]].slice(0, Math.min(2, k - 1)) };
      if (k <= 2) sums.first[2 * operand + k - 1] = contribution;
    }
    locals.push(new Local(node, argIndex, localGrad, contribution, sums.running[operand], fanOut, trace));
  });
  return locals;
}
