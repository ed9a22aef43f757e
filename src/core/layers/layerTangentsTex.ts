/**
 * Forward mode's rule in matrix form: the tangent of a statement's expression, by the rules of
 * differentiation the course writes, e.g. (W x + b)˙ = W ẋ + Ẇ x + ḃ and (q²)˙ = 2q ⊙ q̇. Each
 * term is kept twice: in symbols, and with numbers (a name's values, a dotted name's tangents,
 * both read from the tape by the caller). A term whose tangent is zero everywhere stays in the
 * symbolic rule (it is the rule) and drops out of the numbers. Expressions outside these rules
 * (division, indexing, a function inside an expression) give null: the step then shows the
 * tangent alone. Symbols only, no words: the same in every language.
 */
import type { Expr } from '../language/parser.ts';
import { texName, texNumber } from '../tex/tex.ts';
import { exprTex, symbol } from './layerTex.ts';

/** v̇ of a layer name: the dot on its letters, its subscript after (ḣ₁, not (h₁)˙). */
export function dotName(name: string): string {
  const tex = texName(name);
  const at = tex.search(/[_^]/);
  return at < 0 ? `\\dot{${tex}}` : `\\dot{${tex.slice(0, at)}}${tex.slice(at)}`;
}

/** What the rule reads of a name: its values and its tangents in its own shape, and whether all its tangents are 0. */
export interface NameNumbers {
  readonly values: string;
  readonly tangents: string;
  readonly still: boolean;
  readonly scalar: boolean;
}

/** One product of the rule: a symbol form, a number form (null when a factor has no numbers of its own), a sign. */
interface Term {
  readonly sym: string;
  readonly num: string | null;
  readonly zero: boolean;
  readonly negative: boolean;
}

/** A subexpression's value: symbols, numbers (names and constants only), whether it is a product or tighter. */
interface Value {
  readonly sym: string;
  readonly num: string | null;
  readonly tight: boolean;
  readonly scalar: boolean;
}

export interface TangentRule {
  /** The rule, e.g. W_{1} \dot{x} + \dot{W}_{1} x + \dot{b}_{1}. */
  readonly sym: string;
  /** The rule with numbers, the terms that are zero everywhere dropped; null when a factor has none. */
  readonly num: string | null;
}

const paren = (tex: string) => `\\left(${tex}\\right)`;

/** A sum of terms as TeX: signs between them, `0` for none. */
function joinTerms(terms: readonly Term[], pick: (t: Term) => string): string {
  if (terms.length === 0) return '0';
  return terms.map((t, i) => (i === 0 ? (t.negative ? `-${pick(t)}` : pick(t)) : `${t.negative ? '-' : '+'} ${pick(t)}`)).join(' ');
}

/** Several terms as one factor: bracketed unless it is one positive term. */
function group(terms: readonly Term[]): Term {
  const zero = terms.every((t) => t.zero);
  if (terms.length === 1) return terms[0];
  const live = terms.filter((t) => !t.zero);
  const nums = live.every((t) => t.num !== null) ? live : null;
  return {
    sym: paren(joinTerms(terms, (t) => t.sym)),
    num: nums === null ? null : live.length === 0 ? '0' : paren(joinTerms(live, (t) => t.num as string)),
    zero, negative: false,
  };
}

/** One symbol or one matrix of numbers: a superscript may follow it without brackets. */
const atomic = (t: string) => !t.includes(' ') || (t.startsWith('\\begin{bmatrix}') && t.indexOf('\\end{bmatrix}') === t.length - '\\end{bmatrix}'.length);

const times = (a: string, b: string, op: string) => (op ? `${a} ${op} ${b}` : `${a} ${b}`);

/** The rule of `expr`'s tangent; `named` reads a name's numbers. Null outside the rules. */
export function tangentRule(expr: Expr, named: (name: string) => NameNumbers): TangentRule | null {
  const value = (e: Expr): Value => {
    if (e.kind === 'number') return { sym: texNumber(e.value), num: e.value < 0 ? paren(texNumber(e.value)) : texNumber(e.value), tight: e.value >= 0, scalar: true };
    if (e.kind === 'name') {
      const n = named(e.name);
      const s = symbol(e.name);
      return { sym: s.tex, num: n.scalar && n.values.startsWith('-') ? paren(n.values) : n.values, tight: true, scalar: n.scalar };
    }
    return { sym: exprTex(e, symbol), num: null, tight: false, scalar: isScalar(e) };
  };
  const isScalar = (e: Expr): boolean => {
    switch (e.kind) {
      case 'number': case 'index': return true;
      case 'name': return named(e.name).scalar;
      case 'unary': return isScalar(e.operand);
      case 'binary': return isScalar(e.left) && isScalar(e.right);
      case 'call': return e.args.every(isScalar);
      case 'shapeCall': return e.fn !== 'transpose' || isScalar(e.arg);
      default: return false;
    }
  };
  const factor = (v: Value) => (v.tight ? v : { ...v, sym: paren(v.sym), num: v.num === null ? null : paren(v.num) });
  /** Every term of `terms` multiplied by a value on the left (or right) with `op`. */
  const scale = (v: Value, terms: readonly Term[], op: string, right = false): Term[] => {
    const f = factor(v);
    return terms.map((t) => {
      const num = f.num === null || t.num === null ? null : right ? times(t.num, f.num, op) : times(f.num, t.num, op);
      return { sym: right ? times(t.sym, f.sym, op) : times(f.sym, t.sym, op), num, zero: t.zero, negative: t.negative };
    });
  };
  const entryOp = (a: Value, b: Value) => (a.scalar || b.scalar ? '\\cdot' : '\\odot');
  const rule = (e: Expr): Term[] | null => {
    switch (e.kind) {
      case 'number': return [];
      case 'name': {
        const n = named(e.name);
        return [{ sym: dotName(e.name), num: n.tangents, zero: n.still, negative: false }];
      }
      case 'unary': {
        const inner = rule(e.operand);
        return inner && (e.op === 'pos' ? inner : inner.map((t) => ({ ...t, negative: !t.negative })));
      }
      case 'matmul': {
        const [da, db] = [rule(e.left), rule(e.right)];
        if (!da || !db) return null;
        // (A B)˙ = A Ḃ + Ȧ B: the product rule, each factor kept on its own side.
        return [...scale(value(e.left), db, ''), ...scale(value(e.right), da, '', true)];
      }
      case 'binary': {
        const [da, db] = [rule(e.left), rule(e.right)];
        if (!da || !db) return null;
        const [a, b] = [value(e.left), value(e.right)];
        if (e.op === 'add') return [...da, ...db];
        if (e.op === 'sub') return [...da, ...db.map((t) => ({ ...t, negative: !t.negative }))];
        if (e.op === 'mul') {
          // A constant factor scales the tangent; otherwise (A ⊙ B)˙ = Ȧ ⊙ B + A ⊙ Ḃ.
          if (e.left.kind === 'number') return scale(a, db, '\\cdot');
          if (e.right.kind === 'number') return scale(b, da, '\\cdot', true);
          return [...scale(b, da, entryOp(a, b), true), ...scale(a, db, entryOp(a, b))];
        }
        if (e.op === 'pow' && e.right.kind === 'number') {
          // (Aᶜ)˙ = c A^{c−1} ⊙ Ȧ, entry by entry.
          const c = e.right.value;
          const f = factor(a);
          const power = c === 2 ? f : { sym: `${f.sym}^{${texNumber(c - 1)}}`, num: f.num === null ? null : `${f.num}^{${texNumber(c - 1)}}`, tight: true, scalar: a.scalar };
          const coefficient = { sym: `${texNumber(c)}\\, ${power.sym}`, num: power.num === null ? null : `${texNumber(c)}\\, ${power.num}`, tight: true, scalar: a.scalar };
          return scale(coefficient, [group(da)], a.scalar ? '\\cdot' : '\\odot');
        }
        return null;
      }
      case 'shapeCall': {
        const inner = rule(e.arg);
        if (!inner) return null;
        // sum, mean and transpose are linear: the tangent of the result is the result of the tangent.
        const live = inner.filter((t) => !t.zero);
        const sym = joinTerms(inner, (t) => t.sym);
        const num = live.every((t) => t.num !== null) ? joinTerms(live, (t) => t.num as string) : null;
        const wrap = (t: string) => (e.fn === 'transpose' ? `${atomic(t) ? t : paren(t)}^{\\top}`
          : e.fn === 'sum' ? `\\textstyle\\sum ${paren(t)}` : `\\operatorname{mean}${paren(t)}`);
        return [{ sym: wrap(sym), num: num === null ? null : wrap(num), zero: live.length === 0, negative: false }];
      }
      default: return null;
    }
  };
  const terms = rule(expr);
  if (!terms) return null;
  const live = terms.filter((t) => !t.zero);
  return { sym: joinTerms(terms, (t) => t.sym), num: live.every((t) => t.num !== null) ? joinTerms(live, (t) => t.num as string) : null };
}
