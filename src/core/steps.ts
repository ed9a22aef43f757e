/**
 * The step records of a schedule. Their numbers are fields, set once and frozen; their formulas
 * are getters that write the TeX when read. TeX is most of what a schedule costs and the app
 * shows one step at a time, so a keystroke on a big program pays only for the numbers.
 */
import { OPS } from './ops.ts';
import { forwardFormula, localFormula, productFormula, upstreamFormula, type Formula } from './stepTex.ts';
import type { Trace } from './evaluate.ts';
import type { BackwardStep, ForwardStep, GradTerm, LocalGrad } from './schedule.ts';
import type { GateNode, GraphNode } from './types.ts';

/** Several lines of TeX as one KaTeX-renderable block. */
export const joinTex = (lines: readonly string[]) =>
  lines.length === 1 ? lines[0] : `\\begin{gathered}${lines.join(' \\\\ ')}\\end{gathered}`;

export class Forward implements ForwardStep {
  readonly kind = 'forward';
  readonly node: number;
  readonly operands: readonly { readonly node: number; readonly value: number }[];
  readonly value: number;
  readonly pattern = undefined;
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
  get text(): string { return `Forward: ${this.formula.text}`; }
}

export class Local implements LocalGrad {
  readonly edge: number;
  readonly operand: number;
  readonly #gate: GateNode;
  readonly #trace: Trace;

  constructor(
    gate: GateNode, readonly argIndex: number, readonly localGrad: number,
    readonly contribution: number, readonly runningSum: number,
    /** The operand has other uses: this term is one of a sum, written `+=`. */
    private readonly fansOut: boolean, trace: Trace,
  ) {
    this.edge = gate.inEdges[argIndex];
    this.operand = gate.args[argIndex];
    this.#gate = gate;
    this.#trace = trace;
    Object.freeze(this);
  }
  get local(): Formula { return localFormula(this.#gate, this.argIndex, this.#trace.graph.nodes, this.localGrad); }
  get product(): Formula {
    const { graph, grads } = this.#trace;
    return productFormula(graph.nodes[graph.output], this.#gate, graph.nodes[this.operand], this.fansOut, grads[this.#gate.id], this.localGrad, this.contribution);
  }
}

export class Backward implements BackwardStep {
  readonly kind = 'backward';
  readonly node: number;
  readonly grad: number;
  readonly pattern?: string;
  readonly #node: GraphNode;
  readonly #trace: Trace;

  constructor(readonly index: number, node: GraphNode, readonly terms: readonly GradTerm[], readonly locals: readonly LocalGrad[], trace: Trace) {
    this.node = node.id;
    this.grad = trace.grads[node.id];
    this.pattern = node.kind === 'gate' ? OPS[node.op].pattern : terms.length > 1 ? 'branch: the gradients from every use add up' : undefined;
    this.#node = node;
    this.#trace = trace;
    Object.freeze(this);
  }
  get upstream(): Formula {
    const { graph } = this.#trace;
    return upstreamFormula(graph.nodes[graph.output], this.#node, this.terms.map((t) => t.contribution), this.grad);
  }
  get lines(): readonly Formula[] { return [this.upstream, ...this.locals.flatMap((l) => [l.local, l.product])]; }
  get tex(): string { return joinTex(this.lines.map((l) => l.tex)); }
  get text(): string { return `Backward: ${[this.upstream.text, ...this.locals.map((l) => l.product.text)].join('; ')}`; }
}
