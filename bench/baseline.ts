/**
 * The honest yardstick for replay speed: the SAME tape the engine replays (same gates, same
 * order, same per-edge contributions, same skipping of gates that depend on no input), but
 * stored as an opcode Uint8Array and run by a switch inline in the loop — no closures, no
 * indirect calls. If the engine is within a small factor of this, its op-table design costs
 * little; bench/run.ts asserts once that both give the same gradients.
 *
 * The math below repeats src/core/ops.ts on purpose (that is the baseline's point); the
 * `satisfies Record<OpName, number>` makes a new op in the table a type error here.
 */
import type { Graph, OpName } from '../src/core/index.ts';

const CODE = {
  add: 0, sub: 1, mul: 2, div: 3, neg: 4, pos: 5, identity: 6, pow: 7, exp: 8, log: 9, sqrt: 10,
  abs: 11, sin: 12, cos: 13, tan: 14, tanh: 15, sigmoid: 16, relu: 17, softplus: 18, max: 19, min: 20,
} as const satisfies Record<OpName, number>;

// Same formulas as ops.ts, so the two agree to the last bit.
const sigmoid = (a: number) => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)));
const softplus = (a: number) => Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));

export class BaselineTape {
  readonly op: Uint8Array;
  readonly out: Int32Array;
  readonly arg0: Int32Array;
  readonly arg1: Int32Array;
  readonly edge0: Int32Array;
  readonly dep: Uint8Array;
  readonly values: Float64Array;
  readonly grads: Float64Array;
  readonly contributions: Float64Array;

  constructor(readonly graph: Graph) {
    const gates = graph.nodes.filter((n) => n.kind === 'gate');
    this.op = new Uint8Array(gates.length);
    this.out = new Int32Array(gates.length);
    this.arg0 = new Int32Array(gates.length);
    this.arg1 = new Int32Array(gates.length);
    this.edge0 = new Int32Array(gates.length);
    this.dep = new Uint8Array(graph.nodes.length);
    this.values = new Float64Array(graph.nodes.length);
    this.grads = new Float64Array(graph.nodes.length);
    this.contributions = new Float64Array(graph.edges.length);
    for (const id of graph.inputs) this.dep[id] = 1;
    for (const node of graph.nodes) if (node.kind === 'const') this.values[node.id] = node.value;
    gates.forEach((g, k) => {
      this.op[k] = CODE[g.op];
      this.out[k] = g.id;
      this.arg0[k] = g.args[0];
      this.arg1[k] = g.args.length > 1 ? g.args[1] : -1;
      this.edge0[k] = g.inEdges[0];
      // The engine's rule (evaluate.ts needsGrad): inputs, named nodes, and gates over either get a gradient.
      this.dep[g.id] = g.name !== undefined || g.args.some((a) => this.dep[a]) ? 1 : 0;
    });
  }

  setInputs(inputValues: ArrayLike<number>): void {
    const { inputs } = this.graph;
    for (let i = 0; i < inputs.length; i++) this.values[inputs[i]] = inputValues[i];
  }

  forward(): void {
    const { op, out, arg0, arg1 } = this;
    const v = this.values;
    for (let k = 0; k < op.length; k++) {
      const a = v[arg0[k]];
      const j = arg1[k];
      const b = j < 0 ? 0 : v[j];
      let r: number;
      switch (op[k]) {
        case 0: r = a + b; break;
        case 1: r = a - b; break;
        case 2: r = a * b; break;
        case 3: r = a / b; break;
        case 4: r = -a; break;
        case 5: case 6: r = a; break;
        case 7: r = Math.pow(a, b); break;
        case 8: r = Math.exp(a); break;
        case 9: r = Math.log(a); break;
        case 10: r = Math.sqrt(a); break;
        case 11: r = Math.abs(a); break;
        case 12: r = Math.sin(a); break;
        case 13: r = Math.cos(a); break;
        case 14: r = Math.tan(a); break;
        case 15: r = Math.tanh(a); break;
        case 16: r = sigmoid(a); break;
        case 17: r = a > 0 ? a : 0; break;
        case 18: r = softplus(a); break;
        case 19: r = a >= b ? a : b; break;
        default: r = a <= b ? a : b; break;
      }
      v[out[k]] = r;
    }
  }

  /** Local partials by switch, then the same accumulation as Evaluator.backward. */
  backward(): void {
    const { op, out, arg0, arg1, edge0, dep } = this;
    const v = this.values;
    const g = this.grads;
    const c = this.contributions;
    g.fill(0);
    c.fill(0);
    g[this.graph.output] = 1;
    for (let k = op.length - 1; k >= 0; k--) {
      const node = out[k];
      if (!dep[node]) continue;
      const ia = arg0[k];
      const ib = arg1[k];
      const a = v[ia];
      const b = ib < 0 ? 0 : v[ib];
      const o = v[node];
      let d0: number;
      let d1 = 0;
      switch (op[k]) {
        case 0: d0 = 1; d1 = 1; break;
        case 1: d0 = 1; d1 = -1; break;
        case 2: d0 = b; d1 = a; break;
        case 3: d0 = 1 / b; d1 = -a / (b * b); break;
        case 4: d0 = -1; break;
        case 5: case 6: d0 = 1; break;
        case 7: d0 = b === 0 ? 0 : b * Math.pow(a, b - 1); d1 = dep[ib] ? o * Math.log(a) : 0; break;
        case 8: d0 = o; break;
        case 9: d0 = 1 / a; break;
        case 10: d0 = 1 / (2 * o); break;
        case 11: d0 = a > 0 ? 1 : a < 0 ? -1 : 0; break;
        case 12: d0 = Math.cos(a); break;
        case 13: d0 = -Math.sin(a); break;
        case 14: d0 = 1 + o * o; break;
        case 15: d0 = 1 - o * o; break;
        case 16: d0 = o * (1 - o); break;
        case 17: d0 = a > 0 ? 1 : 0; break;
        case 18: d0 = sigmoid(a); break;
        case 19: d0 = a >= b ? 1 : 0; d1 = 1 - d0; break;
        default: d0 = a <= b ? 1 : 0; d1 = 1 - d0; break;
      }
      const upstream = g[node];
      if (dep[ia]) {
        const term = upstream * d0;
        c[edge0[k]] = term;
        g[ia] += term;
      }
      if (ib >= 0 && dep[ib]) {
        const term = upstream * d1;
        c[edge0[k] + 1] = term;
        g[ib] += term;
      }
    }
  }
}

/** Largest |a[i] − b[i]|, NaN-aware (a NaN on one side only counts as Infinity). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]) && Number.isNaN(b[i])) continue;
    const d = Math.abs(a[i] - b[i]);
    worst = Number.isNaN(d) ? Infinity : Math.max(worst, d);
  }
  return worst;
}
