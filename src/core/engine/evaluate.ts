/**
 * Forward values and reverse-mode gradients over a graph, with every edge's contribution
 * recorded so a fan-out sum can be shown term by term.
 *
 * A graph is compiled once into a tape of typed arrays; an `Evaluator` then replays it for
 * any input values without re-parsing (the path a training loop or a value slider takes).
 * Both passes are flat loops in topological order: no recursion, whatever the depth.
 */
import { nonFiniteGradientWarnings, nonFiniteWarnings } from './warnings.ts';
import { OP_BY_CODE, OP_CODE } from './ops.ts';
import type { Graph, Warning } from '../types.ts';

type Forward = (a: number, b: number) => number;
type Partial = (a: number, b: number, out: number) => number;

/** The graph's gates as parallel arrays, indexed by position in topological order. */
export interface Tape {
  readonly gates: Int32Array;
  readonly arg0: Int32Array;
  /** -1 for unary gates. */
  readonly arg1: Int32Array;
  /** Id of the edge into operand 0; operand 1's edge is the next id. */
  readonly edge0: Int32Array;
  readonly forward: readonly Forward[];
  readonly partial0: readonly Partial[];
  readonly partial1: readonly (Partial | null)[];
  /** 1 where a node depends on some input (the "no input affects the output" warning reads it). */
  readonly dependsOnInput: Uint8Array;
  /**
   * 1 where a node gets a gradient: an input, a named node, or a gate with an operand that gets
   * one. Numeric literals and anonymous all-literal subexpressions (`(1+2)`, the `2` of `x^2`)
   * get none, so a literal exponent costs no ∂/∂exponent (and no NaN from ln of a negative base).
   */
  readonly needsGrad: Uint8Array;
  /** 1 where the output depends on the node: a gate off that path sends back nothing (not 0·∞ = NaN). */
  readonly reachesOutput: Uint8Array;
}

const tapes = new WeakMap<Graph, Tape>();

export function compileTape(graph: Graph): Tape {
  const cached = tapes.get(graph);
  if (cached) return cached;
  const gateNodes = graph.nodes.filter((n) => n.kind === 'gate');
  const n = gateNodes.length;
  const forward: Forward[] = [];
  const partial0: Partial[] = [];
  const partial1: (Partial | null)[] = [];
  const tape: Tape = {
    gates: new Int32Array(n), arg0: new Int32Array(n), arg1: new Int32Array(n), edge0: new Int32Array(n),
    forward, partial0, partial1, dependsOnInput: new Uint8Array(graph.nodes.length),
    needsGrad: new Uint8Array(graph.nodes.length), reachesOutput: new Uint8Array(graph.nodes.length),
  };
  for (const id of graph.inputs) tape.dependsOnInput[id] = tape.needsGrad[id] = 1;
  gateNodes.forEach((g, k) => {
    const op = OP_BY_CODE[OP_CODE[g.op]];
    tape.gates[k] = g.id;
    tape.arg0[k] = g.args[0];
    tape.arg1[k] = g.args.length > 1 ? g.args[1] : -1;
    tape.edge0[k] = g.inEdges[0];
    forward.push(op.forward);
    partial0.push(op.partials[0]);
    partial1.push(op.partials[1] ?? null);
    tape.dependsOnInput[g.id] = g.args.some((a) => tape.dependsOnInput[a]) ? 1 : 0;
    tape.needsGrad[g.id] = g.name !== undefined || g.args.some((a) => tape.needsGrad[a]) ? 1 : 0;
  });
  tape.reachesOutput[graph.output] = 1;
  for (let k = n - 1; k >= 0; k--) {
    if (!tape.reachesOutput[tape.gates[k]]) continue;
    tape.reachesOutput[tape.arg0[k]] = 1;
    if (tape.arg1[k] >= 0) tape.reachesOutput[tape.arg1[k]] = 1;
  }
  tapes.set(graph, tape);
  return tape;
}

export class Evaluator {
  readonly tape: Tape;
  readonly values: Float64Array;
  readonly grads: Float64Array;
  /** Per edge: the gradient term it carries back, ∂f/∂to · ∂to/∂from. 0 where `from` needs no gradient. */
  readonly contributions: Float64Array;

  constructor(readonly graph: Graph, inputValues?: ArrayLike<number>) {
    this.tape = compileTape(graph);
    this.values = new Float64Array(graph.nodes.length);
    this.grads = new Float64Array(graph.nodes.length);
    this.contributions = new Float64Array(graph.edges.length);
    for (const node of graph.nodes) if (node.kind === 'const') this.values[node.id] = node.value;
    if (inputValues) this.setInputs(inputValues);
  }

  /** Values parallel to `graph.inputs`. */
  setInputs(inputValues: ArrayLike<number>): void {
    const { inputs } = this.graph;
    for (let i = 0; i < inputs.length; i++) this.values[inputs[i]] = inputValues[i];
  }

  forward(): void {
    const { gates, arg0, arg1, forward } = this.tape;
    const v = this.values;
    for (let k = 0; k < gates.length; k++) {
      const b = arg1[k];
      v[gates[k]] = forward[k](v[arg0[k]], b < 0 ? 0 : v[b]);
    }
  }

  /** Seeds ∂f/∂f = 1 and walks the tape backwards, adding each edge's term into its operand. */
  backward(): void {
    const { gates, arg0, arg1, edge0, partial0, partial1, needsGrad: need, reachesOutput: live } = this.tape;
    const v = this.values;
    const g = this.grads;
    const c = this.contributions;
    g.fill(0);
    c.fill(0);
    g[this.graph.output] = 1;
    for (let k = gates.length - 1; k >= 0; k--) {
      const node = gates[k];
      if (!need[node] || !live[node]) continue;
      const upstream = g[node];
      const a = arg0[k];
      const b = arg1[k];
      const va = v[a];
      const vb = b < 0 ? 0 : v[b];
      const out = v[node];
      // Where the value is NaN (log of a negative), the derivative is undefined too: NaN, not
      // the formula's value at that point (1/x = −1 for log at −1 would pretend all is well).
      const undefinedHere = Number.isNaN(out);
      if (need[a]) {
        const term = upstream * (undefinedHere ? NaN : partial0[k](va, vb, out));
        c[edge0[k]] = term;
        g[a] += term;
      }
      if (b >= 0 && need[b]) {
        const term = upstream * (undefinedHere ? NaN : (partial1[k] as Partial)(va, vb, out));
        c[edge0[k] + 1] = term;
        g[b] += term;
      }
    }
  }
}

/** A finished forward and backward pass: plain data the schedule and the view index into. */
export interface Trace {
  readonly graph: Graph;
  readonly inputValues: readonly number[];
  readonly values: Float64Array;
  readonly grads: Float64Array;
  readonly contributions: Float64Array;
  readonly warnings: readonly Warning[];
}

export function evaluate(graph: Graph, inputValues: readonly number[]): Trace {
  const ev = new Evaluator(graph, inputValues);
  ev.forward();
  ev.backward();
  return Object.freeze({
    graph,
    inputValues,
    values: ev.values,
    grads: ev.grads,
    contributions: ev.contributions,
    warnings: Object.freeze([...nonFiniteWarnings(graph, ev.values), ...nonFiniteGradientWarnings(graph, ev)]),
  });
}
