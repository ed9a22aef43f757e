/**
 * A prototype of a change proposed for src/core/evaluate.ts, measured by `npm run bench`
 * beside the engine and the switch baseline (the engine itself is not edited from here).
 *
 * The engine calls one closure per gate forward and one per operand backward. Those call
 * sites see every op, so V8 cannot inline them: on add/mul-heavy graphs (an MLP is almost
 * nothing else) the call costs more than the arithmetic. The change: keep the op table as
 * the one source of truth, add the opcode to the tape, and inline only the gates whose rule
 * is a single arithmetic operation — add, sub, mul (their partials are constants or the
 * other operand) — falling back to the table's closures for everything else. The
 * accumulation of terms and contributions is unchanged, and results are bit-identical.
 */
import { Evaluator, OPS, type Graph } from '../src/core/index.ts';

// Opcodes of the inlined gates; 0 means "call the op table".
const TABLE = 0;
const ADD = 1;
const SUB = 2;
const MUL = 3;
const INLINED: Partial<Record<keyof typeof OPS, number>> = { add: ADD, sub: SUB, mul: MUL };

type Partial2 = (a: number, b: number, out: number) => number;

export class InlinedEvaluator extends Evaluator {
  private readonly codes: Uint8Array;

  constructor(graph: Graph, inputValues?: ArrayLike<number>) {
    super(graph, inputValues);
    const gates = graph.nodes.filter((n) => n.kind === 'gate');
    this.codes = Uint8Array.from(gates, (g) => INLINED[g.op] ?? TABLE);
  }

  override forward(): void {
    const { gates, arg0, arg1, forward } = this.tape;
    const { codes } = this;
    const v = this.values;
    for (let k = 0; k < gates.length; k++) {
      const x = v[arg0[k]];
      const b = arg1[k];
      const y = b < 0 ? 0 : v[b];
      const code = codes[k];
      v[gates[k]] = code === ADD ? x + y : code === MUL ? x * y : code === SUB ? x - y : forward[k](x, y);
    }
  }

  override backward(): void {
    const { gates, arg0, arg1, edge0, partial0, partial1, needsGrad: dep } = this.tape;
    const { codes } = this;
    const v = this.values;
    const g = this.grads;
    const c = this.contributions;
    g.fill(0);
    c.fill(0);
    g[this.graph.output] = 1;
    for (let k = gates.length - 1; k >= 0; k--) {
      const node = gates[k];
      if (!dep[node]) continue;
      const upstream = g[node];
      const a = arg0[k];
      const b = arg1[k];
      const va = v[a];
      const vb = b < 0 ? 0 : v[b];
      const code = codes[k];
      if (dep[a]) {
        const local = code === TABLE ? partial0[k](va, vb, v[node]) : code === MUL ? vb : 1;
        const term = upstream * local;
        c[edge0[k]] = term;
        g[a] += term;
      }
      if (b >= 0 && dep[b]) {
        const local = code === TABLE ? (partial1[k] as Partial2)(va, vb, v[node]) : code === MUL ? va : code === SUB ? -1 : 1;
        const term = upstream * local;
        c[edge0[k] + 1] = term;
        g[b] += term;
      }
    }
  }
}
