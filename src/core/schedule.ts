/**
 * Trace → Step[]: the forward steps (each gate, in topological order), then the backward steps
 * (each node the output depends on, from the output back to the inputs). A step is frozen data
 * holding every number and formula the app shows for it (steps.ts); stepping is an index into this.
 */
import { OPS } from './ops.ts';
import type { Formula } from './stepTex.ts';
import { Backward, Forward, Local } from './steps.ts';
import { compileTape, type Trace } from './evaluate.ts';
import type { GateNode } from './types.ts';

export interface ForwardStep {
  readonly kind: 'forward';
  readonly index: number;
  readonly node: number;
  readonly operands: readonly { readonly node: number; readonly value: number }[];
  readonly value: number;
  readonly formula: Formula;
  readonly pattern?: undefined;
  /** The step's formulas, one per line; `tex` and `text` join them. */
  readonly lines: readonly Formula[];
  readonly tex: string;
  readonly text: string;
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
  readonly local: Formula;
  readonly product: Formula;
}

export interface BackwardStep {
  readonly kind: 'backward';
  readonly index: number;
  readonly node: number;
  /** ∂f/∂node: the sum of `terms` (1 at the output). */
  readonly grad: number;
  readonly terms: readonly GradTerm[];
  readonly upstream: Formula;
  /** Empty for inputs; operands that depend on no input get no term. */
  readonly locals: readonly LocalGrad[];
  readonly pattern?: string;
  readonly lines: readonly Formula[];
  readonly tex: string;
  readonly text: string;
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

export function schedule(trace: Trace): Schedule {
  const { graph, contributions } = trace;
  const { nodes, edges, outEdges } = graph;
  const { dependsOnInput: dep, reachesOutput: live } = compileTape(graph);
  const steps: Step[] = [];
  const forwardStepOf = new Int32Array(nodes.length).fill(-1);
  const backwardStepOf = new Int32Array(nodes.length).fill(-1);

  for (const node of nodes) {
    if (node.kind !== 'gate') continue;
    forwardStepOf[node.id] = steps.length;
    steps.push(new Forward(steps.length, node, trace));
  }
  const forwardCount = steps.length;

  const running = new Float64Array(nodes.length);
  running[graph.output] = 1;
  for (let id = nodes.length - 1; id >= 0; id--) {
    const node = nodes[id];
    if (!live[id] || !dep[id]) continue;
    const terms = id === graph.output ? [] : outEdges[id]
      .filter((e) => live[edges[e].to])
      .map((e) => ({ edge: e, consumer: edges[e].to, contribution: contributions[e] }));
    const locals = node.kind === 'gate' ? localGrads(node, trace, running, dep, live) : [];
    backwardStepOf[id] = steps.length;
    steps.push(new Backward(steps.length, node, terms, locals, trace));
  }
  return Object.freeze({ steps: Object.freeze(steps), forwardCount, forwardStepOf, backwardStepOf });
}

function localGrads(node: GateNode, trace: Trace, running: Float64Array, dep: Uint8Array, live: Uint8Array): LocalGrad[] {
  const { values, contributions, graph } = trace;
  const uses = (n: number) => graph.outEdges[n].filter((e) => live[graph.edges[e].to]).length;
  const op = OPS[node.op];
  const [a, b] = node.args;
  const locals: LocalGrad[] = [];
  node.args.forEach((operand, argIndex) => {
    if (!dep[operand]) return;
    const edge = node.inEdges[argIndex];
    const localGrad = op.partials[argIndex](values[a], b === undefined ? 0 : values[b], values[node.id]);
    const contribution = contributions[edge];
    running[operand] += contribution;
    locals.push(new Local(node, argIndex, localGrad, contribution, running[operand], uses(operand) > 1, trace));
  });
  return locals;
}
