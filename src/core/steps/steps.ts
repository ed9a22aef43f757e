/**
 * The step records of a schedule. Their numbers are fields, set once and frozen; their formulas
 * are getters that write the TeX when read. TeX is most of what a schedule costs and the app
 * shows one step at a time, so a keystroke on a big program pays only for the numbers.
 */
import { patternText, stepText, type PatternKey } from '../language/message.ts';
import { forwardFormula, localFormula, productFormula, runningSumFormula, upstreamFormula, type Formula } from '../tex/stepTex.ts';
import type { Trace } from '../engine/evaluate.ts';
import type { BackwardStep, ForwardStep, GradTerm, LocalGrad } from './schedule.ts';
import type { GateNode, GraphNode } from '../types.ts';

/** Several lines of TeX as one KaTeX-renderable block. */
export const joinTex = (lines: readonly string[]) =>
  lines.length === 1 ? lines[0] : `\\begin{gathered}${lines.join(' \\\\ ')}\\end{gathered}`;

export class Forward implements ForwardStep {
  readonly kind = 'forward';
  readonly node: number;
  readonly operands: readonly { readonly node: number; readonly value: number }[];
  readonly value: number;
  readonly pattern = undefined;
  readonly patternKey = undefined;
  readonly #gate: GateNode;
  readonly #trace: Trace;

  constructor(readonly index: number, gate: GateNode, trace: Trace) {
    this.node = gate.id;
    this.operands = gate.args.map((a) => ({ node: a, value: trace.values[a] }));
    this.value = trace.values[gate.id];
    this.#gate = gate;
    this.#trace = trace;
    Object.freeze(this);
  }
  get formula(): Formula { return forwardFormula(this.#gate, this.#trace.graph.nodes, this.#trace.values); }
  get lines(): readonly Formula[] { return [this.formula]; }
  get tex(): string { return this.formula.tex; }
  readonly textWord = 'forward';
  get textBody(): string { return this.formula.text; }
  get text(): string { return stepText(this.textWord, this.textBody); }
}

/** Where a term stands in its operand's fan-out sum: the k-th of `count` to arrive, and the first two. */
export interface FanOutTerm {
  readonly k: number;
  readonly count: number;
  readonly first: readonly number[];
}

export class Local implements LocalGrad {
  readonly edge: number;
  readonly operand: number;
  readonly #gate: GateNode;
  readonly #trace: Trace;
  readonly #fanOut: FanOutTerm | undefined;

  constructor(
    gate: GateNode, readonly argIndex: number, readonly localGrad: number,
    readonly contribution: number, readonly runningSum: number,
    /** Set when the operand has other uses: this term is one of a sum. */
    fanOut: FanOutTerm | undefined, trace: Trace,
  ) {
    this.edge = gate.inEdges[argIndex];
    this.operand = gate.args[argIndex];
    this.#gate = gate;
    this.#trace = trace;
    this.#fanOut = fanOut;
    Object.freeze(this);
  }
  get local(): Formula { return localFormula(this.#gate, this.argIndex, this.#trace.graph.nodes, this.localGrad); }
  get product(): Formula {
    const { graph, grads } = this.#trace;
    return productFormula(graph.nodes[graph.output], this.#gate, this.argIndex, this.#fanOut !== undefined, graph.nodes, grads[this.#gate.id], this.localGrad, this.contribution);
  }
  /** At a fan-out, the operand's gradient as the sum of the terms so far; undefined otherwise. */
  get sum(): Formula | undefined {
    const f = this.#fanOut;
    if (!f) return undefined;
    const { graph } = this.#trace;
    return runningSumFormula(graph.nodes[graph.output], graph.nodes[this.operand], f.first, this.contribution, f.k, f.count, this.runningSum);
  }
  get lines(): readonly Formula[] {
    const { sum } = this;
    return sum ? [this.local, this.product, sum] : [this.local, this.product];
  }
}

export class Backward implements BackwardStep {
  readonly kind = 'backward';
  readonly node: number;
  readonly grad: number;
  readonly pattern?: string;
  readonly patternKey?: PatternKey;
  readonly #node: GraphNode;
  readonly #trace: Trace;

  constructor(readonly index: number, node: GraphNode, readonly terms: readonly GradTerm[], readonly locals: readonly LocalGrad[], trace: Trace) {
    this.node = node.id;
    this.grad = trace.grads[node.id];
    this.patternKey = node.kind === 'gate' ? node.op : terms.length > 1 ? 'branch' : undefined;
    this.pattern = this.patternKey && patternText(this.patternKey);
    this.#node = node;
    this.#trace = trace;
    Object.freeze(this);
  }
  get upstream(): Formula {
    const { graph } = this.#trace;
    return upstreamFormula(graph.nodes[graph.output], this.#node, this.terms.map((t) => t.contribution), this.grad);
  }
  get lines(): readonly Formula[] { return [this.upstream, ...this.locals.flatMap((l) => l.lines)]; }
  get tex(): string { return joinTex(this.lines.map((l) => l.tex)); }
  readonly textWord = 'backward';
  get textBody(): string {
    const parts = this.locals.flatMap((l) => (l.sum ? [l.product.text, l.sum.text] : [l.product.text]));
    return [this.upstream.text, ...parts].join('; ');
  }
  get text(): string { return stepText(this.textWord, this.textBody); }
}
