/**
 * The formulas of a forward-mode step, as KaTeX source and plain text: the seed ẋ = 1, and per
 * gate its tangent v̇ = Σ ∂v/∂a · ȧ, symbolic, then with numbers, then its value. Built from the
 * same pieces as stepTex.ts (names through tex.ts), so every user name is escaped once.
 */
import { Prec } from '../engine/ops.ts';
import type { Formula } from './stepTex.ts';
import { formatNumber, texNum, textNum, texNumber, wrapTex, wrapText } from './tex.ts';
import type { GateNode, GraphNode, TangentTerm } from '../types.ts';

const atomTex = (n: GraphNode) => wrapTex(n.label, n.labelPrec, Prec.atom);
const atomText = (n: GraphNode) => wrapText(n.text, n.textPrec, Prec.atom);

/** v̇, the tangent of a node: ∂v/∂x for the one input x the sweep differentiates by. */
export const dotTex = (n: GraphNode) => `\\dot{${atomTex(n)}}`;
export const dotText = (n: GraphNode) => `d${atomText(n)}`;

/** ∂v/∂x written out: what the tangent means. */
export function tangentMeaning(node: GraphNode, wrt: GraphNode): Formula {
  return {
    tex: `\\frac{\\partial ${atomTex(node)}}{\\partial ${atomTex(wrt)}}`,
    text: `∂${atomText(node)}/∂${atomText(wrt)}`,
  };
}

/** ẋ = ∂x/∂x = 1: the seed; every other input's tangent is 0. */
export function seedFormula(wrt: GraphNode): Formula {
  const m = tangentMeaning(wrt, wrt);
  return { tex: `${dotTex(wrt)} = ${m.tex} = 1`, text: `${dotText(wrt)} = ${m.text} = 1` };
}

/**
 * v̇ = ∂v/∂a · ȧ + ∂v/∂b · ḃ = (numbers) = result. Only operands that depend on x carry a
 * term; a gate with none has tangent 0.
 */
export function tangentFormula(nodes: readonly GraphNode[], node: GateNode, terms: readonly TangentTerm[], tangent: number): Formula {
  const lhs = { tex: dotTex(node), text: dotText(node) };
  if (terms.length === 0) return { tex: `${lhs.tex} = 0`, text: `${lhs.text} = 0` };
  const symbolic = terms.map((t) => ({
    tex: `\\frac{\\partial ${atomTex(node)}}{\\partial ${atomTex(nodes[t.operand])}} \\, ${dotTex(nodes[t.operand])}`,
    text: `∂${atomText(node)}/∂${atomText(nodes[t.operand])} · ${dotText(nodes[t.operand])}`,
  }));
  const numeric = terms.map((t, i) => ({
    tex: `${texNum(t.localGrad, i === 0 ? Prec.signed : Prec.unary + 0.5)} \\cdot ${texNum(t.tangent, Prec.unary + 0.5)}`,
    text: `${textNum(t.localGrad, i === 0 ? Prec.signed : Prec.unary + 0.5)} · ${textNum(t.tangent, Prec.unary + 0.5)}`,
  }));
  const parts = [
    lhs,
    { tex: symbolic.map((s) => s.tex).join(' + '), text: symbolic.map((s) => s.text).join(' + ') },
    { tex: numeric.map((s) => s.tex).join(' + '), text: numeric.map((s) => s.text).join(' + ') },
    { tex: texNumber(tangent), text: formatNumber(tangent) },
  ];
  return { tex: parts.map((p) => p.tex).join(' = '), text: parts.map((p) => p.text).join(' = ') };
}

/** The sweep's result: ∂f/∂x = ḟ = number, written on the last step. */
export function finalTangentFormula(output: GraphNode, wrt: GraphNode, tangent: number): Formula {
  const m = tangentMeaning(output, wrt);
  return {
    tex: `${m.tex} = ${dotTex(output)} = ${texNumber(tangent)}`,
    text: `${m.text} = ${dotText(output)} = ${formatNumber(tangent)}`,
  };
}
