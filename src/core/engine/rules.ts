/**
 * The rules a view runs over the tape: for each gate, its value and its partial with respect to
 * each operand. Two rule sets serve every view:
 *   - op rules: each node is one op-table gate (Gates, and Primitives after expansion);
 *   - line rules: each node is a whole statement, its partials the chain rule through the line's
 *     gates (Statements) — built from the same op partials, so a partial is defined once.
 * A rule set is plain data (the lines are arrays), so a view that holds one can be posted to a worker.
 */
import { OPS, OP_CODE, type OpName } from './ops.ts';
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
 * THE local partial: ∂(gate)/∂(operand i) at operand values a, b and the gate's value `out`.
 * Where the value is NaN (log of a negative) the derivative is undefined too: NaN, not the
 * formula's value at that point (1/x = −1 for log at −1 would pretend all is well).
 */
export function opPartial(code: number, i: number, a: number, b: number, out: number): number {
  if (out !== out) return NaN;
  switch (code) {
    case 0: return add.partials[i](a, b, out);
    case 1: return sub.partials[i](a, b, out);
    case 2: return mul.partials[i](a, b, out);
    case 3: return div.partials[i](a, b, out);
    case 4: return neg.partials[0](a, b, out);
    case 5: return pos.partials[0](a, b, out);
    case 6: return identity.partials[0](a, b, out);
    case 7: return pow.partials[i](a, b, out);
    case 8: return exp.partials[0](a, b, out);
    case 9: return log.partials[0](a, b, out);
    case 10: return sqrt.partials[0](a, b, out);
    case 11: return abs.partials[0](a, b, out);
    case 12: return sin.partials[0](a, b, out);
    case 13: return cos.partials[0](a, b, out);
    case 14: return tan.partials[0](a, b, out);
    case 15: return tanh.partials[0](a, b, out);
    case 16: return sigmoid.partials[0](a, b, out);
    case 17: return relu.partials[0](a, b, out);
    case 18: return softplus.partials[0](a, b, out);
    case 19: return max.partials[i](a, b, out);
    default: return min.partials[i](a, b, out);
  }
}

/** The op partial by op name: for the few callers outside the tape's loops (a line's inner chain). */
export const partialByName = (op: OpName, i: number, a: number, b: number, out: number): number => opPartial(CODE[op], i, a, b, out);
export const valueByName = (op: OpName, a: number, b: number): number => opValue(CODE[op], a, b);
