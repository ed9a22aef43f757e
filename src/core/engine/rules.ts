/**
 * The rules a view runs over the tape: for each gate, its value and its partial with respect to
 * each operand. Two rule sets serve every view:
 *   - op rules: each node is one op-table gate (Gates, and Primitives after expansion);
 *   - line rules: each node is a whole statement, its partials the chain rule through the line's
 *     gates (Statements) — built from the same op partials, so a partial is defined once.
 * A rule set is plain data (the lines are arrays), so a view that holds one can be posted to a worker.
 */
import { OPS, OP_CODE, OP_NAMES, type OpName } from './ops.ts';
import type { Tape } from './tape.ts';
import type { RuleSet } from '../types.ts';

export type { RuleSet } from '../types.ts';

export const OP_RULES: RuleSet = Object.freeze({ kind: 'ops' });

// The inner loops switch on literal codes (a jump table V8 can inline), each case calling its
// own op's rule from the table: one call site per op, so every call is monomorphic.
const CODE = {
  add: 0, sub: 1, mul: 2, div: 3, neg: 4, pos: 5, identity: 6, pow: 7, exp: 8, log: 9, sqrt: 10,
  abs: 11, sin: 12, cos: 13, tan: 14, tanh: 15, sigmoid: 16, relu: 17, softplus: 18, max: 19, min: 20,
} as const satisfies Record<OpName, number>;
for (const [name, code] of Object.entries(CODE)) {
  if (OP_CODE[name as OpName] !== code) throw new Error(`op code of ${name} moved: update rules.ts`);
}
const { add, sub, mul, div, neg, pos, identity, pow, exp, log, sqrt, abs, sin, cos, tan, tanh, sigmoid, relu, softplus, max, min } = OPS;

// Each op's rules lifted out of the table for the sweeps' switches (module constants: one call site per rule).
const [add0, sub0, mul0, div0, neg0, pos0, identity0, pow0, exp0, log0, sqrt0, abs0, sin0, cos0, tan0, tanh0, sigmoid0, relu0, softplus0, max0, min0] = OP_NAMES.map((name) => OPS[name].partials[0]);
const [add1, sub1, mul1, div1, pow1, max1, min1] = (['add', 'sub', 'mul', 'div', 'pow', 'max', 'min'] as const).map((name) => OPS[name].partials[1]);

/** The value of an op-table gate with operand values a (and b). */
export function opValue(code: number, a: number, b: number): number {
  switch (code) {
    case 0: return add.forward(a, b);
    case 1: return sub.forward(a, b);
    case 2: return mul.forward(a, b);
    case 3: return div.forward(a, b);
    case 4: return neg.forward(a, b);
    case 5: return pos.forward(a, b);
    case 6: return identity.forward(a, b);
    case 7: return pow.forward(a, b);
    case 8: return exp.forward(a, b);
    case 9: return log.forward(a, b);
    case 10: return sqrt.forward(a, b);
    case 11: return abs.forward(a, b);
    case 12: return sin.forward(a, b);
    case 13: return cos.forward(a, b);
    case 14: return tan.forward(a, b);
    case 15: return tanh.forward(a, b);
    case 16: return sigmoid.forward(a, b);
    case 17: return relu.forward(a, b);
    case 18: return softplus.forward(a, b);
    case 19: return max.forward(a, b);
    default: return min.forward(a, b);
  }
}

/**
 * THE local partial ∂(gate)/∂a at operand values a, b and the gate's value `out` (opPartial1: ∂/∂b
 * of the binary ops), for callers outside the tape's loops (a line's inner chain, forward mode);
 * the backward pass computes the same rules op by op (opLocals).
 * Where the value is NaN (log of a negative) the derivative is undefined too: NaN, not the
 * formula's value at that point (1/x = −1 for log at −1 would pretend all is well).
 */
export function opPartial0(code: number, a: number, b: number, out: number): number {
  if (out !== out) return NaN;
  switch (code) {
    case 0: return add0(a, b, out);
    case 1: return sub0(a, b, out);
    case 2: return mul0(a, b, out);
    case 3: return div0(a, b, out);
    case 4: return neg0(a, b, out);
    case 5: return pos0(a, b, out);
    case 6: return identity0(a, b, out);
    case 7: return pow0(a, b, out);
    case 8: return exp0(a, b, out);
    case 9: return log0(a, b, out);
    case 10: return sqrt0(a, b, out);
    case 11: return abs0(a, b, out);
    case 12: return sin0(a, b, out);
    case 13: return cos0(a, b, out);
    case 14: return tan0(a, b, out);
    case 15: return tanh0(a, b, out);
    case 16: return sigmoid0(a, b, out);
    case 17: return relu0(a, b, out);
    case 18: return softplus0(a, b, out);
    case 19: return max0(a, b, out);
    default: return min0(a, b, out);
  }
}

export function opPartial1(code: number, a: number, b: number, out: number): number {
  if (out !== out) return NaN;
  switch (code) {
    case 0: return add1(a, b, out);
    case 1: return sub1(a, b, out);
    case 2: return mul1(a, b, out);
    case 3: return div1(a, b, out);
    case 7: return pow1(a, b, out);
    case 19: return max1(a, b, out);
    default: return min1(a, b, out);
  }
}

/** One partial, for the few callers outside the tape's loops (a line's inner chain). */
export const opPartial = (code: number, i: number, a: number, b: number, out: number): number =>
  i === 0 ? opPartial0(code, a, b, out) : opPartial1(code, a, b, out);

/** The op partial by op name: for the few callers outside the tape's loops (a line's inner chain). */
export const partialByName = (op: OpName, i: number, a: number, b: number, out: number): number => opPartial(CODE[op], i, a, b, out);
export const valueByName = (op: OpName, a: number, b: number): number => opValue(CODE[op], a, b);

/**
 * The op rules' backward sweep, in reverse tape order: each gate's local partials from the op
 * table (with the one NaN guard: where the gate's value is NaN, so is its derivative), written to
 * l[edge] wherever the operand gets a gradient, then each term upstream × local into the operand's
 * gradient, and into c[edge] when the steps will explain it (c = null for training, which also
 * skips gates off the output's path: they send nothing back).
 *
 * One switch per gate over the table's rules, each case calling its op's own rule (one call site
 * per rule, so V8 inlines it), both partials of a binary gate at once. On micrograd's MLP (68,614
 * nodes) this sweep takes 0.45 ms, where computing the partials op by op in gather loops first
 * and then sweeping took 1.1 ms and the hand-written switch tape takes 0.62 (bench/baseline.ts).
 */
export function opBackward(tape: Tape, v: Float64Array, g: Float64Array, l: Float64Array, c: Float64Array | null): void {
  const { gates, first, code, arg0, arg1, needsGrad: need, reachesOutput: live } = tape;
  for (let k = gates.length - 1; k >= 0; k--) {
    const node = gates[k];
    const sends = live[node] === 1;
    if (!sends && c === null) continue;
    const e = first[k];
    const a = arg0[k];
    const b = arg1[k];
    const toA = need[a] === 1;
    const toB = first[k + 1] - e > 1 && need[b] === 1;
    if (!(toA || toB)) continue;
    const av = v[a];
    const bv = v[b];
    const o = v[node];
    let p0: number;
    let p1 = 0;
    switch (code[k]) {
      case 0: p0 = add0(av, bv, o); p1 = add1(av, bv, o); break;
      case 1: p0 = sub0(av, bv, o); p1 = sub1(av, bv, o); break;
      case 2: p0 = mul0(av, bv, o); p1 = mul1(av, bv, o); break;
      case 3: p0 = div0(av, bv, o); p1 = div1(av, bv, o); break;
      case 4: p0 = neg0(av, bv, o); break;
      case 5: p0 = pos0(av, bv, o); break;
      case 6: p0 = identity0(av, bv, o); break;
      case 7: p0 = pow0(av, bv, o); p1 = pow1(av, bv, o); break;
      case 8: p0 = exp0(av, bv, o); break;
      case 9: p0 = log0(av, bv, o); break;
      case 10: p0 = sqrt0(av, bv, o); break;
      case 11: p0 = abs0(av, bv, o); break;
      case 12: p0 = sin0(av, bv, o); break;
      case 13: p0 = cos0(av, bv, o); break;
      case 14: p0 = tan0(av, bv, o); break;
      case 15: p0 = tanh0(av, bv, o); break;
      case 16: p0 = sigmoid0(av, bv, o); break;
      case 17: p0 = relu0(av, bv, o); break;
      case 18: p0 = softplus0(av, bv, o); break;
      case 19: p0 = max0(av, bv, o); p1 = max1(av, bv, o); break;
      default: p0 = min0(av, bv, o); p1 = min1(av, bv, o);
    }
    if (o !== o) p0 = p1 = NaN;
    const upstream = g[node];
    if (toA) {
      l[e] = p0;
      if (sends) {
        const term = upstream * p0;
        if (c !== null) c[e] = term;
        g[a] += term;
      }
    }
    if (toB) {
      l[e + 1] = p1;
      if (sends) {
        const term = upstream * p1;
        if (c !== null) c[e + 1] = term;
        g[b] += term;
      }
    }
  }
}
