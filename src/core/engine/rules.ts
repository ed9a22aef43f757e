/**
 * The rules a view runs over the tape: for each gate, its value and its partial with respect to
 * each operand. Two rule sets serve every view:
 *   - op rules: each node is one op-table gate (Gates, and Primitives after expansion);
 *   - line rules: each node is a whole statement, its partials the chain rule through the line's
 *     gates (Statements) — built from the same op partials, so a partial is defined once.
 * A rule set is plain data (the lines are arrays), so a view that holds one can be posted to a worker.
 */
import { OPS, OP_CODE, OP_NAMES, type OpName } from './ops.ts';
import type { PartialLists, Tape } from './tape.ts';
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

// Each op's rules lifted out of the table for opLocals' loops (a module constant, read once per loop).
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

type LocalsLoop = (lists: PartialLists, v: Float64Array, l: Float64Array, i: number, end: number) => void;

// One loop per op and operand slot (key 2·code + slot), each calling its own op's rule: a
// monomorphic call V8 inlines. One switch per gate over 28 rules leaves each rule too rarely hit
// to inline, and pays a call per partial (twice the hand-written switch's time). Small separate
// loops also compile fast, where one function holding all 28 takes the optimiser ~0.3 s.
// The NaN guard is opPartial0's: where the gate's value is NaN, so is its derivative. The 28 lines
// repeat one shape on purpose: a shared loop taking the rule as an argument would be megamorphic.
const LOCALS_LOOPS: readonly (LocalsLoop | null)[] = [
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : add0(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : add1(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : sub0(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : sub1(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : mul0(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : mul1(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : div0(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : div1(v[a[i]], v[b[i]], o); } },
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : neg0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : pos0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : identity0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : pow0(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : pow1(v[a[i]], v[b[i]], o); } },
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : exp0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : log0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : sqrt0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : abs0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : sin0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : cos0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : tan0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : tanh0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : sigmoid0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : relu0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : softplus0(v[a[i]], 0, o); } },
  null,
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : max0(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : max1(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : min0(v[a[i]], v[b[i]], o); } },
  ({ edge, a, b, out }, v, l, i, end) => { for (; i < end; i++) { const o = v[out[i]]; l[edge[i]] = o !== o ? NaN : min1(v[a[i]], v[b[i]], o); } },
];

/** Every local partial the backward pass needs, l[edge] = ∂gate/∂operand, op by op over the tape's groups (tape.partials). */
export function opLocals(tape: Tape, v: Float64Array, l: Float64Array): void {
  const { partials, partialStart: start } = tape;
  for (let key = 0; key + 1 < start.length; key++) {
    if (start[key] < start[key + 1]) (LOCALS_LOOPS[key] as LocalsLoop)(partials, v, l, start[key], start[key + 1]);
  }
}
