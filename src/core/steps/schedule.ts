/**
 * The one schedule builder: a view's trace → its steps, as plain frozen records of numbers
 * (types.ts). Reverse mode: the forward steps (each gate, in topological order), then the
 * backward steps (each node the output depends on, from the output back to the inputs).
 * Forward mode is the same walk in topological order carrying tangents (`tangentSchedule`).
 * Every view — Gates, Primitives, Statements — is scheduled here; a step's formulas are
 * written from its record by describe.ts.
 */
import { patternText } from '../language/message.ts';
import { compileTape } from '../engine/tape.ts';
import { sweepTangents } from '../engine/evaluate.ts';
import type { BackwardStep, FanOutTerm, ForwardSchedule, ForwardStep, GateNode, GradTerm, Graph, LocalGrad, Schedule, Step, TangentStep, TangentTerm, Trace } from '../types.ts';

export type { Schedule, Step, ForwardStep, BackwardStep, GradTerm, LocalGrad, FanOutTerm } from '../types.ts';

export function schedule(trace: Trace): Schedule {
  const stages = scheduleInStages(trace);
  for (let r = stages.next(); ; r = stages.next()) if (r.done) return r.value;
}

/** Nodes scheduled between two pauses of `scheduleInStages`. */
const STAGE_NODES = 4000;

/**
 * `schedule`, pausing (a `yield`) every STAGE_NODES nodes of each pass: see analyzeViewInStages.
 * Every stage is linear in nodes + edges: each out-edge is visited once to count live uses and
 * once to list its term; a fan-out keeps only its first two terms for the running-sum formula.
 */
export function* scheduleInStages(trace: Trace): Generator<void, Schedule> {
  const { graph, contributions, values, grads, locals } = trace;
  const { nodes, edges, outEdges } = graph;
  const { needsGrad: need, reachesOutput: live } = compileTape(graph);
  const steps: Step[] = [];
  const forwardStepOf = new Int32Array(nodes.length).fill(-1);
  const backwardStepOf = new Int32Array(nodes.length).fill(-1);

  for (const node of gatesInOrder(graph)) {
    forwardStepOf[node.id] = steps.length;
    const step: ForwardStep = {
      kind: 'forward', index: steps.length, node: node.id,
      operands: node.args.map((a) => Object.freeze({ node: a, value: values[a] })), value: values[node.id],
    };
    steps.push(Object.freeze(step));
    if ((node.id + 1) % STAGE_NODES === 0) yield;
  }
  const forwardCount = steps.length;

  const sums: FanOutSums = {
    uses: liveUses(graph, live), reached: new Int32Array(nodes.length),
    first: new Float64Array(2 * nodes.length), running: new Float64Array(nodes.length),
  };
  sums.running[graph.output] = 1;
  const lineView = trace.rules.kind === 'lines';
  for (let id = nodes.length - 1; id >= 0; id--) {
    const node = nodes[id];
    if (!live[id] || !need[id]) continue;
    const terms = id === graph.output ? [] : termsAsReached(outEdges[id], edges, live, contributions);
    const stepLocals = node.kind === 'gate' ? localGrads(node, locals, contributions, sums, need) : [];
    const patternKey = node.kind === 'gate' ? (lineView ? 'line' : node.op) : terms.length > 1 ? 'branch' : undefined;
    backwardStepOf[id] = steps.length;
    const step: BackwardStep = {
      kind: 'backward', index: steps.length, node: id, grad: grads[id], terms: Object.freeze(terms), locals: Object.freeze(stepLocals),
      pattern: patternKey && patternText(patternKey), patternKey,
    };
    steps.push(Object.freeze(step));
    if (id % STAGE_NODES === 0) yield;
  }
  return Object.freeze({ steps: Object.freeze(steps), forwardCount, forwardStepOf, backwardStepOf });
}

/**
 * Forward mode for input `wrt`: the seed ẋ = 1, then each gate in topological order with its
 * tangent v̇ = Σ ∂v/∂a · ȧ — the same walk as the forward pass, over the same recorded partials.
 */
export function tangentSchedule(trace: Trace, wrt: number): ForwardSchedule {
  const { graph, values } = trace;
  if (!graph.inputs.includes(wrt)) throw new Error(`node ${wrt} is not an input`);
  const { tangents, edgeTerms, dependsOnWrt: dep } = sweepTangents(trace, wrt);
  const stepOf = new Int32Array(graph.nodes.length).fill(-1);
  const steps: TangentStep[] = [];
  stepOf[wrt] = 0;
  steps.push({ kind: 'tangent', index: 0, node: wrt, value: values[wrt], tangent: 1, terms: [], textWord: 'seed' });
  for (const node of gatesInOrder(graph)) {
    const terms: TangentTerm[] = [];
    node.args.forEach((operand, argIndex) => {
      if (!dep[operand]) return;
      const edge = node.inEdges[argIndex];
      terms.push(Object.freeze({ edge, operand, localGrad: trace.locals[edge], tangent: tangents[operand], contribution: edgeTerms[edge] }));
    });
    stepOf[node.id] = steps.length;
    steps.push({ kind: 'tangent', index: steps.length, node: node.id, value: values[node.id], tangent: tangents[node.id], terms: Object.freeze(terms), textWord: 'tangent' });
  }
  // The last step states the result (ḟ = ∂f/∂x), also when the output is the input itself.
  const gradient = tangents[graph.output];
  steps[steps.length - 1] = { ...steps[steps.length - 1], result: gradient };
  return Object.freeze({ wrt, steps: Object.freeze(steps.map((s) => Object.freeze(s))), tangents, edgeTerms, stepOf, gradient });
}

/** The forward sweep by input name; null when the name is not one of the program's inputs. */
export function tangentScheduleFor(trace: Trace, name: string): ForwardSchedule | null {
  const id = trace.graph.names.get(name);
  if (id === undefined || !trace.graph.inputs.includes(id)) return null;
  return tangentSchedule(trace, id);
}

function* gatesInOrder(graph: Graph): Generator<GateNode> {
  for (const node of graph.nodes) if (node.kind === 'gate') yield node;
}

/** Per node, how many of its out-edges lead to a consumer on the way to the output. */
function liveUses(graph: Graph, live: Uint8Array): Int32Array {
  const uses = new Int32Array(graph.nodes.length);
  for (const e of graph.edges) if (live[e.to]) uses[e.from]++;
  return uses;
}

/**
 * A node's terms in the order the backward pass produces them: consumers from the last back,
 * and within one consumer (`x*x`) operand 0 first. Out-edges are in creation order, so that is
 * the runs of equal consumers taken from the end, each run read forwards.
 */
function termsAsReached(out: readonly number[], edges: Graph['edges'], live: Uint8Array, contributions: Float64Array): GradTerm[] {
  const terms: GradTerm[] = [];
  let end = out.length;
  while (end > 0) {
    const consumer = edges[out[end - 1]].to;
    let start = end - 1;
    while (start > 0 && edges[out[start - 1]].to === consumer) start--;
    if (live[consumer]) for (let i = start; i < end; i++) terms.push(Object.freeze({ edge: out[i], consumer, contribution: contributions[out[i]] }));
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

function localGrads(node: GateNode, locals: Float64Array, contributions: Float64Array, sums: FanOutSums, need: Uint8Array): LocalGrad[] {
  const out: LocalGrad[] = [];
  node.args.forEach((operand, argIndex) => {
    if (!need[operand]) return;
    const edge = node.inEdges[argIndex];
    const contribution = contributions[edge];
    sums.running[operand] += contribution;
    const k = ++sums.reached[operand];
    const count = sums.uses[operand];
    let fanOut: FanOutTerm | undefined;
    if (count > 1) {
      fanOut = Object.freeze({ k, count, first: Object.freeze([sums.first[2 * operand], sums.first[2 * operand + 1]].slice(0, Math.min(2, k - 1))) });
      if (k <= 2) sums.first[2 * operand + k - 1] = contribution;
    }
    const local: LocalGrad = { edge, operand, argIndex, localGrad: locals[edge], contribution, runningSum: sums.running[operand], ...(fanOut && { fanOut }) };
    out.push(Object.freeze(local));
  });
  return out;
}
