/**
 * The formulas of the Statements view: a whole line with its numbers, and the local partials
 * of a line with respect to each name it uses — symbolic, then numeric.
 *
 * The symbolic partial is the chain rule through the line's gates, written with the op table's
 * own `partialTex`: one term per path from the line's result down to a use of the name, the
 * product of the local derivatives along it. Light simplification only: factors that hold no
 * name are folded into a number (`·1`, `·(−1)`, `0.5·…` disappear into the coefficient), equal
 * terms are added, and `b^{2-1}` becomes `b`. A compound operand inside a derivative gets a
 * short name (`s`), defined after the formula, so `∂(ReLU(s))/∂W = 1[s > 0]·x` stays readable.
 */
import { OPS, Prec, type OpName } from '../engine/ops.ts';
import type { Line, LinePart } from '../engine/line.ts';
import { partPartial } from '../engine/line.ts';
import { chain, partialOfExpression, partialOperand, total, type Formula, type Written } from './stepTex.ts';
import { closeUses, mergeTerms, numericSum, simplify, symbolicSum, type Factor, type Term } from './lineTerms.ts';
import { formatNumber, numberPrec, texNum, textNum, texNumber, wrapTex, wrapText } from './tex.ts';
import type { GraphNode } from '../types.ts';

/** Past this many parts a line is written by its name and value only: no one reads a longer formula. */
export const MAX_FORMULA_PARTS = 300;
/** Past this many factors in all, the symbolic partials are left out (the numbers stay). */
const MAX_FACTORS = 400;

type Rendered = Written;
type Leaf = (part: Exclude<LinePart, { kind: 'op' }>, i: number) => Rendered;


/**
 * Renders every part bottom-up; `replace` stands a short name in for a part inside the ones above it.
 * `inline` writes `a/b` for `\frac{a}{b}`, as in a partial's numerator (the gate view's `inlineTex`).
 */
function render(line: Line, leaf: Leaf, replace?: (i: number) => Rendered | undefined, inline = false): Rendered[] {
  const own: Rendered[] = [];
  const asOperand: Rendered[] = [];
  line.parts.forEach((p, i) => {
    let r: Rendered;
    if (p.kind !== 'op') r = leaf(p, i);
    else {
      const op = OPS[p.op];
      const kids = p.kids.map((k) => asOperand[k]);
      const textSlots = op.textSlots ?? op.slots;
      const flat = inline && op.inlineTex !== undefined;
      const slots = flat ? (op.inlineSlots ?? op.slots) : op.slots;
      const tex = (flat ? op.inlineTex ?? op.tex : op.tex)(...(kids.map((k, j) => wrapTex(k.tex, k.prec, slots[j])) as [string, string]));
      const text = op.text(...(kids.map((k, j) => wrapText(k.text, k.textPrec, textSlots[j])) as [string, string]));
      r = { tex, prec: flat ? (op.textPrec ?? op.prec) : op.prec, text, textPrec: op.textPrec ?? op.prec };
    }
    own.push(r);
    asOperand.push(replace?.(i) ?? r);
  });
  return own;
}

const constLeaf = (p: Extract<LinePart, { kind: 'const' }>): Rendered => {
  if (p.symbol) {
    const tex = p.symbol === 'pi' ? '\\pi' : p.symbol;
    return { tex, prec: Prec.atom, text: p.symbol, textPrec: Prec.atom };
  }
  const prec = numberPrec(p.value);
  return { tex: texNumber(p.value), prec, text: formatNumber(p.value), textPrec: prec };
};

const nameLeaf = (nodes: readonly GraphNode[]): Leaf => (p) => {
  if (p.kind === 'const') return constLeaf(p);
  const n = nodes[p.node];
  return { tex: n.label, prec: n.labelPrec, text: n.text, textPrec: n.textPrec };
};

const numberLeaf = (values: Float64Array): Leaf => (_p, i) => {
  const prec = numberPrec(values[i]);
  return { tex: texNumber(values[i]), prec, text: formatNumber(values[i]), textPrec: prec };
};

/** `h = relu(W·x + b) = relu(0.1·1 + 0.1) = 0.2`: the whole line, then with its numbers. */
export function lineFormula(node: GraphNode, line: Line, values: Float64Array, nodes: readonly GraphNode[]): Formula {
  const value = { tex: texNumber(values[line.root]), text: formatNumber(values[line.root]) };
  const name = { tex: node.label, text: node.text };
  if (line.parts.length > MAX_FORMULA_PARTS) return chain([name, value]);
  const symbolic = render(line, nameLeaf(nodes))[line.root];
  const numeric = render(line, numberLeaf(values))[line.root];
  return chain([name, symbolic, numeric, value]);
}

/**
 * Upstream × local = term: ∂f/∂x = ∂f/∂h · ∂(h's expression)/∂x for a line h using x (`local` is
 * that partial's left side, `LinePartials.partial`). When x has other uses this is one term of its
 * sum, written without a left side; the sum is shown at x's own step.
 */
export function statementProduct(
  output: GraphNode, line: GraphNode, operand: GraphNode, fansOut: boolean, upstream: number, local: number, term: number, partial: Formula,
): Formula {
  const up = total(output, line);
  const parts = [
    { tex: `${up.tex} \\cdot ${partial.tex}`, text: `${up.text} · ${partial.text}` },
    { tex: `${texNum(upstream, Prec.signed)} \\cdot ${texNum(local, Prec.unary + 0.5)}`, text: `${textNum(upstream, Prec.signed)} · ${textNum(local, Prec.unary + 0.5)}` },
    { tex: texNumber(term), text: formatNumber(term) },
  ];
  // The same `a = b = c` chain as the gate view's formulas (stepTex.ts), with its two-line form.
  return chain(fansOut ? parts : [total(output, operand), ...parts]);
}

// ---- symbolic partials -------------------------------------------------------------------

/** Which of (a, b, out) an op's partial TeX mentions: found once by writing it with markers. */
const mentions = new Map<string, readonly [boolean, boolean, boolean]>();
function mentioned(op: OpName, k: number): readonly [boolean, boolean, boolean] {
  const key = `${op}/${k}`;
  let m = mentions.get(key);
  if (!m) {
    const tex = OPS[op].partialTex[k]('\u0001', '\u0002', '\u0003');
    m = [tex.includes('\u0001'), tex.includes('\u0002'), tex.includes('\u0003')];
    mentions.set(key, m);
  }
  return m;
}

export interface LinePartials {
  /** ∂(the line's expression)/∂bottom: a local partial's left side, as the gate view writes ∂(a · b)/∂a. */
  readonly partial: (bottom: GraphNode) => Formula;
  /** Per ref of the line, its local partial as a formula (symbolic when short enough, then numeric). */
  readonly formula: (slot: number, bottom: GraphNode, local: number) => Formula;
}

/** Picks a letter for short names that no name of the program already uses. */
function shortLetter(taken: (name: string) => boolean): string {
  return ['s', 'u', 'v', 'z', 'r'].find((l) => !taken(l)) ?? '\\tilde{s}';
}

export function linePartials(line: Line, values: Float64Array, nodes: readonly GraphNode[], self: GraphNode, taken: (name: string) => boolean): LinePartials {
  const { parts, varies, root } = line;
  const opAt = (i: number) => parts[i] as Extract<LinePart, { kind: 'op' }>;
  // 1. Which compound parts a non-constant derivative mentions: those get short names.
  const marked = new Uint8Array(parts.length);
  const isConstFactor = (i: number, k: number) => {
    const p = opAt(i);
    const [a, b, out] = mentioned(p.op, k);
    return !out && !(a && varies[p.kids[0]]) && !(b && p.kids.length > 1 && varies[p.kids[1]]);
  };
  parts.forEach((p, i) => {
    if (p.kind !== 'op' || !varies[i]) return;
    p.kids.forEach((kid, k) => {
      if (!varies[kid] || isConstFactor(i, k)) return;
      const m = mentioned(p.op, k);
      p.kids.forEach((operand, j) => { if (m[j] && parts[operand].kind === 'op') marked[operand] = 1; });
      if (m[2] && i !== root) marked[i] = 1;
    });
  });
  const order = [...marked.keys()].filter((i) => marked[i]);
  const letter = shortLetter(taken);
  const symbolOf = new Map(order.map((i, n) => [i, order.length === 1 ? letter : `${letter}_{${n + 1}}`]));
  const short = (i: number): Rendered | undefined => {
    const s = symbolOf.get(i);
    return s === undefined ? undefined : { tex: s, prec: Prec.atom, text: s, textPrec: Prec.atom };
  };
  const shortTex = render(line, nameLeaf(nodes), short);
  // Which short names each part's short form mentions, for their definitions after the formula.
  const usesOf: number[][] = parts.map(() => []);
  parts.forEach((p, i) => {
    if (p.kind !== 'op') return;
    usesOf[i] = [...new Set(p.kids.flatMap((k) => (marked[k] ? [k] : usesOf[k])))];
  });
  const operandTex = (i: number) => (symbolOf.get(i) ?? shortTex[i].tex);
  const operandPrec = (i: number) => (marked[i] ? Prec.atom : shortTex[i].prec);

  // 2. Each local derivative as a factor.
  const factor = (i: number, k: number): Factor & { coef: number } => {
    const p = opAt(i);
    const op = OPS[p.op];
    const value = partPartial(line, values, i, k);
    if (isConstFactor(i, k)) return { tex: '', value, constant: true, uses: [], coef: 1 };
    const slots = op.partialSlots ?? [0, 0];
    const operand = (j: number) => (p.kids[j] === undefined ? '' : wrapTex(operandTex(p.kids[j]), operandPrec(p.kids[j]), slots[j]));
    const out = i === root ? wrapTex(self.label, self.labelPrec, Prec.atom) : operandTex(i);
    const raw = op.partialTex[k](operand(0), operand(1), out);
    const m = mentioned(p.op, k);
    const uses = p.kids.flatMap((kid, j) => (m[j] ? (marked[kid] ? [kid] : usesOf[kid]) : []));
    if (m[2] && i !== root) uses.push(i);
    const s = simplify(raw, value);
    return { tex: s.tex, value: s.value, constant: false, uses, coef: s.coef };
  };

  // 3. One term per path from the root to a use of each name (a persistent list shares prefixes).
  type Path = { f: Factor; up: Path } | null;
  const terms: Term[][] = line.refs.map(() => []);
  let total = 0;
  let overflow = false;
  const stack: { i: number; coef: number; path: Path; length: number }[] = [{ i: root, coef: 1, path: null, length: 0 }];
  while (stack.length && !overflow) {
    const { i, coef, path, length } = stack.pop() as (typeof stack)[number];
    const p = parts[i];
    if (p.kind === 'ref') {
      const factors: Factor[] = [];
      for (let q = path; q; q = q.up) factors.push(q.f);
      terms[p.slot].push({ coef, factors: factors.reverse() });
      total += length + 1;
      overflow = total > MAX_FACTORS;
    } else if (p.kind === 'op') {
      for (let k = p.kids.length - 1; k >= 0; k--) {
        if (!varies[p.kids[k]]) continue;
        const f = factor(i, k);
        if (f.constant) stack.push({ i: p.kids[k], coef: coef * f.value, path, length });
        else stack.push({ i: p.kids[k], coef: coef * f.coef, path: { f, up: path }, length: length + 1 });
      }
    }
  }
  const merged = overflow ? null : terms.map(mergeTerms);

  // Past MAX_FORMULA_PARTS the forward step shows no expression either: ∂(⋯)/∂x.
  let expression: Rendered | undefined;
  const partial = (bottom: GraphNode) => {
    expression ??= parts.length > MAX_FORMULA_PARTS
      ? { tex: '\\cdots', prec: Prec.atom, text: '…', textPrec: Prec.atom }
      : render(line, nameLeaf(nodes), undefined, true)[root];
    return partialOfExpression(expression, partialOperand(bottom));
  };
  return {
    partial,
    formula(slot, bottom, local) {
      const lhs = partial(bottom);
      const result = { tex: texNumber(local), text: formatNumber(local) };
      const t = merged?.[slot];
      if (!t) return chain([lhs, result]);
      const uses = closeUses(t, usesOf, marked);
      // The short names' definitions follow the formula after a semicolon: notation, no word in any language.
      const where = uses.length === 0 ? '' : `;\\quad ${uses
        .map((u) => `${symbolOf.get(u)} = ${shortTex[u].tex} = ${texNumber(values[u])}`).join(',\\; ')}`;
      const f = chain([lhs, symbolicSum(t), numericSum(t), result]);
      return f.split ? { tex: f.tex + where, text: f.text, split: [f.split[0], f.split[1] + where] } : { tex: f.tex + where, text: f.text };
    },
  };
}
