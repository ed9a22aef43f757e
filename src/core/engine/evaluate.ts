/**
 * The one evaluator: forward values, local partials and reverse-mode gradients over a tape,
 * for any rule set (rules.ts), with every edge's local partial and contribution recorded so a
 * step can show upstream × local and a fan-out sum term by term. Forward mode sweeps tangents
 * over the same recorded partials (`sweepTangents`).
 *
 * A graph is compiled once into a tape (tape.ts); an `Evaluator` then replays it for any input
 * values without re-parsing (the path a training loop or a value slider takes). Every pass is a
 * flat loop in topological order: no recursion, whatever the depth.
 */
import { nonFiniteGradientWarnings, nonFiniteWarnings } from './warnings.ts';
import { compileTape, type Tape } from './tape.ts';
import { opBackward, opValue, OP_RULES, type RuleSet } from './rules.ts';
import { lineLocals, lineValues, type Line } from './line.ts';
import type { Graph, Trace } from '../types.ts';

export { compileTape, type Tape } from './tape.ts';
export type { Trace } from '../types.ts';

export class Evaluator {
  readonly tape: Tape;
  readonly values: Float64Array;
  readonly grads: Float64Array;
  /** Per edge: ∂to/∂from, the gate's local partial (0 where `from` needs no gradient). */
  readonly locals: Float64Array;
  /** Per edge: the gradient term it carries back, ∂f/∂to · ∂to/∂from. 0 where `from` needs no gradient. */
  readonly contributions: Float64Array;

  constructor(readonly graph: Graph, inputValues?: ArrayLike<number>, readonly rules: RuleSet = OP_RULES) {
    this.tape = compileTape(graph);
    this.values = new Float64Array(graph.nodes.length);
    this.grads = new Float64Array(graph.nodes.length);
    this.locals = new Float64Array(graph.edges.length);
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
    if (this.rules.kind === 'ops') this.forwardOps();
    else this.forwardLines(this.rules.lines);
  }

  /** Seeds ∂f/∂f = 1 and walks the tape backwards: each gate's partials, then each edge's term into its operand. */
  backward(): void {
    this.grads.fill(0);
    this.contributions.fill(0);
    this.grads[this.graph.output] = 1;
    if (this.rules.kind === 'ops') this.backwardOps(true);
    else this.backwardLines(this.rules.lines);
  }

  /**
   * `backward` for training: every node's gradient, but not each edge's term (`contributions`,
   * which the steps explain and a training step never reads), so a step stores one number less per edge.
   */
  backwardGrads(): void {
    if (this.rules.kind !== 'ops') {
      this.backward();
      return;
    }
    this.grads.fill(0);
    this.grads[this.graph.output] = 1;
    this.backwardOps(false);
  }

  private forwardOps(): void {
    const { gates, code, arg0, arg1 } = this.tape;
    const v = this.values;
    for (let k = 0; k < gates.length; k++) v[gates[k]] = opValue(code[k], v[arg0[k]], v[arg1[k]]);
  }

  /** The op rules' sweep (rules.ts, opBackward): each gate's partials, then its terms into its operands. */
  private backwardOps(record: boolean): void {
    opBackward(this.tape, this.values, this.grads, this.locals, record ? this.contributions : null);
  }

  private forwardLines(lines: readonly (Line | undefined)[]): void {
    const { gates } = this.tape;
    for (let k = 0; k < gates.length; k++) {
      const line = lines[gates[k]] as Line;
      this.values[gates[k]] = lineValues(line, this.values)[line.root];
    }
  }

  private backwardLines(lines: readonly (Line | undefined)[]): void {
    const { gates, first, from, needsGrad: need, reachesOutput: live } = this.tape;
    const g = this.grads;
    for (let k = gates.length - 1; k >= 0; k--) {
      const node = gates[k];
      if (!need[node]) continue;
      const line = lines[node] as Line;
      // The chain rule inside the statement: its partial with respect to each name it uses.
      const partials = lineLocals(line, lineValues(line, this.values));
      for (let e = first[k], i = 0; e < first[k + 1]; e++, i++) {
        if (!need[from[e]]) continue;
        this.locals[e] = partials[i];
        if (!live[node]) continue;
        const term = g[node] * partials[i];
        this.contributions[e] = term;
        g[from[e]] += term;
      }
    }
  }
}

/**
 * Forward mode over a finished pass: ẋ = 1 for input `wrt`, then v̇ = Σ ∂v/∂a · ȧ over each
 * gate's operands, from the partials the pass recorded. Only nodes that depend on `wrt` carry a
 * tangent (so 0·∞ never arises off that path); a NaN partial gives a NaN tangent, as in reverse mode.
 */
export function sweepTangents(trace: Trace, wrt: number): { readonly tangents: Float64Array; readonly edgeTerms: Float64Array; readonly dependsOnWrt: Uint8Array } {
  const { gates, first, from } = compileTape(trace.graph);
  const { locals } = trace;
  const t = new Float64Array(trace.values.length);
  const terms = new Float64Array(locals.length);
  const dep = new Uint8Array(trace.values.length);
  t[wrt] = 1;
  dep[wrt] = 1;
  for (let k = 0; k < gates.length; k++) {
    let sum = 0;
    let d = 0;
    for (let e = first[k]; e < first[k + 1]; e++) {
      if (!dep[from[e]]) continue;
      d = 1;
      terms[e] = locals[e] * t[from[e]];
      sum += terms[e];
    }
    t[gates[k]] = sum;
    dep[gates[k]] = d;
  }
  return { tangents: t, edgeTerms: terms, dependsOnWrt: dep };
}

/** A finished forward and backward pass of `graph` under `rules`: plain data the schedule and the view index into. */
export function evaluate(graph: Graph, inputValues: readonly number[], rules: RuleSet = OP_RULES): Trace {
  const ev = new Evaluator(graph, inputValues, rules);
  ev.forward();
  ev.backward();
  return Object.freeze({
    graph,
    rules,
    inputValues,
    values: ev.values,
    grads: ev.grads,
    locals: ev.locals,
    contributions: ev.contributions,
    warnings: Object.freeze(rules.kind === 'ops' ? [...nonFiniteWarnings(graph, ev.values), ...nonFiniteGradientWarnings(graph, ev)] : []),
  });
}
