/**
 * The formulas of one step, as KaTeX source and as plain text (for screen readers and the CLI):
 * a forward equation `q = x + y = -2 + 5 = 3`, the upstream gradient (a sum at a fan-out),
 * and per operand the local gradient, symbolic then numeric, times the upstream.
 */
import { OPS, Prec } from '../engine/ops.ts';
import { formatNumber, texNum, textNum, texNumber, wrapTex, wrapText } from './tex.ts';
import type { GateNode, GraphNode } from '../types.ts';

export interface Formula {
  readonly tex: string;
  readonly text: string;
  /**
   * The same chain on two lines, broken at its middle `=` (the second line starts with `=`):
   * what a panel too narrow for `tex` shows, so no formula is more than two lines tall.
   * Absent for a chain of fewer than three stages.
   */
  readonly split?: readonly [string, string];
}


// Partial derivatives are written inline, ∂f/∂x with a slash, never as stacked fractions:
// a formula stays one line however long its names, and breaks only at = or +.
// A name with sub- and superscripts (W⁽¹⁾₂₂) stands bare after ∂; anything looser is bracketed.
// Plain brackets, not \left( \right): those grow around W^{(1)}_{22} and make the line tall.
const paren = (tex: string, prec: number, slot: number) => (prec < slot ? `(${tex})` : tex);
const partialTex = (n: GraphNode) => paren(n.label, n.labelPrec, Prec.power);
const partialText = (n: GraphNode) => wrapText(n.text, n.textPrec, Prec.atom);

/** The total gradient ∂f/∂v: how the output changes with v, through every path. */
export function total(output: GraphNode, node: GraphNode): Formula {
  return { tex: `\\partial ${partialTex(output)}/\\partial ${partialTex(node)}`, text: `∂${partialText(output)}/∂${partialText(node)}` };
}

/** An expression as it stands in a formula, with how strongly its TeX and its text bind. */
export interface Written { readonly tex: string; readonly prec: number; readonly text: string; readonly textPrec: number }

/**
 * ∂(expr)/∂a: the partial of an expression (a gate's, a line's) with respect to one operand,
 * the expression bracketed unless it is an atom. `operand` may carry a mark of its slot.
 */
export function partialOfExpression(expr: Written, operand: { readonly tex: string; readonly text: string }): Formula {
  return {
    tex: `\\partial ${paren(expr.tex, expr.prec, Prec.atom)}/\\partial ${operand.tex}`,
    text: `∂${wrapText(expr.text, expr.textPrec, Prec.atom)}/∂${operand.text}`,
  };
}

/** How an operand stands after ∂: a name with sub- and superscripts bare, anything looser bracketed. */
export const partialOperand = (n: GraphNode) => ({ tex: partialTex(n), text: partialText(n) });

/**
 * A gate's local partial: its own expression over its operands, ∂(q·z)/∂q, holding the other
 * operand fixed. It differs from the total ∂f/∂q in the numerator, which is never a node's name.
 * When the operand fills both slots (`x·x`), the slot being varied is underlined; the plain text
 * marks it with square brackets instead (`∂([x] * x)/∂[x]`), notation every language reads alike.
 */
export function localPartial(node: GateNode, argIndex: number, nodes: readonly GraphNode[]): Formula {
  const op = OPS[node.op];
  const args = node.args.map((a) => nodes[a]);
  const repeated = args.length > 1 && args[0] === args[1];
  const inline = op.inlineTex ?? op.tex;
  const slots = op.inlineSlots ?? op.slots;
  const textSlots = op.textSlots ?? op.slots;
  const mark = (tex: string, i: number) => (repeated && i === argIndex ? `\\underline{${tex}}` : tex);
  const exprTex = inline(...(args.map((a, i) => mark(wrapTex(a.label, a.labelPrec, slots[i]), i)) as [string, string]));
  const markText = (text: string, i: number) => (repeated && i === argIndex ? `[${text}]` : text);
  const exprText = op.text(...(args.map((a, i) => markText(wrapText(a.text, a.textPrec, textSlots[i]), i)) as [string, string]));
  const prec = op.inlineTex ? (op.textPrec ?? op.prec) : op.prec;
  const operand = args[argIndex];
  return partialOfExpression(
    { tex: exprTex, prec, text: exprText, textPrec: op.textPrec ?? op.prec },
    { tex: mark(partialTex(operand), argIndex), text: markText(partialText(operand), argIndex) },
  );
}

/** Past this many terms a sum shows its first three and last two, with ⋯ between. */
const MAX_TERMS = 8;

/** t₁ + t₂ + …, brackets on negative terms after the first; `gapAt` puts ⋯ before that term. */
function sumOf(terms: readonly number[], gapAt = -1, open = false): Formula {
  const tex: string[] = [];
  const text: string[] = [];
  terms.forEach((t, i) => {
    if (i === gapAt) { tex.push('\\cdots'); text.push('…'); }
    tex.push(texNum(t, i === 0 ? Prec.sum : Prec.product));
    text.push(textNum(t, i === 0 ? Prec.sum : Prec.product));
  });
  if (open) { tex.push('\\cdots'); text.push('…'); }
  return { tex: tex.join(' + '), text: text.join(' + ') };
}

/**
 * Joins `lhs = a = b = …`, dropping a stage that repeats the one before it; from three stages on,
 * with the same chain on two lines for a narrow panel (`split`).
 */
export function chain(parts: readonly Formula[]): Formula {
  const kept = parts.filter((p, i) => i === 0 || p.tex !== parts[i - 1].tex);
  const texts = kept.map((p) => p.text).filter((t, i, all) => t !== '' && (i === 0 || t !== all[i - 1]));
  const tex = kept.map((p) => p.tex).join(' = ');
  if (kept.length < 3) return { tex, text: texts.join(' = ') };
  // Break at the `=` that balances the two lines best (by TeX length, a fair proxy for width).
  const lengths = kept.map((p) => p.tex.replace(/\\[a-z]+|[{}]/gi, '').length);
  const total = lengths.reduce((a, b) => a + b, 0);
  let half = 1;
  let best = Infinity;
  for (let i = 1, run = lengths[0]; i < kept.length; run += lengths[i++]) {
    const worst = Math.max(run, total - run);
    if (worst < best) { best = worst; half = i; }
  }
  const split: [string, string] = [kept.slice(0, half).map((p) => p.tex).join(' = '), `{} = ${kept.slice(half).map((p) => p.tex).join(' = ')}`];
  return { tex, text: texts.join(' = '), split };
}

export function forwardFormula(node: GateNode, nodes: readonly GraphNode[], values: ArrayLike<number>): Formula {
  const op = OPS[node.op];
  const args = node.args.map((a) => nodes[a]);
  const labelsTex = args.map((a, i) => wrapTex(a.label, a.labelPrec, op.slots[i])) as [string, string];
  const textSlots = op.textSlots ?? op.slots;
  const labelsText = args.map((a, i) => wrapText(a.text, a.textPrec, textSlots[i])) as [string, string];
  const numsTex = node.args.map((a, i) => texNum(values[a], op.slots[i])) as [string, string];
  const numsText = node.args.map((a, i) => textNum(values[a], textSlots[i])) as [string, string];
  return chain([
    { tex: node.label, text: node.text },
    { tex: op.tex(...labelsTex), text: op.text(...labelsText) },
    { tex: op.tex(...numsTex), text: op.text(...numsText) },
    { tex: texNumber(values[node.id]), text: formatNumber(values[node.id]) },
  ]);
}

/** ∂f/∂v: the seed ∂f/∂f = 1 at the output, else the one arriving term or the sum of the terms at a fan-out. */
export function upstreamFormula(output: GraphNode, node: GraphNode, terms: readonly number[], grad: number): Formula {
  const lhs = total(output, node);
  if (node.id === output.id) return chain([lhs, { tex: '1', text: '1' }]);
  const shown = terms.length > MAX_TERMS ? [...terms.slice(0, 3), ...terms.slice(-2)] : terms;
  const sum = terms.length > 1 ? [sumOf(shown, terms.length > MAX_TERMS ? 3 : -1)] : [];
  return chain([lhs, ...sum, { tex: texNumber(grad), text: formatNumber(grad) }]);
}

/** The local partial ∂(gate)/∂a: the op table's symbolic derivative, then its number. */
export function localFormula(node: GateNode, argIndex: number, nodes: readonly GraphNode[], localGrad: number): Formula {
  const op = OPS[node.op];
  const args = node.args.map((a) => nodes[a]);
  const slots = op.partialSlots ?? [0, 0];
  const operand = (i: number) => (args[i] ? wrapTex(args[i].label, args[i].labelPrec, slots[i]) : '');
  const symbolic = op.partialTex[argIndex](operand(0), operand(1), wrapTex(node.label, node.labelPrec, Prec.atom));
  return chain([
    localPartial(node, argIndex, nodes),
    { tex: symbolic, text: '' }, // the op table writes derivatives in TeX only
    { tex: texNumber(localGrad), text: formatNumber(localGrad) },
  ]);
}

/**
 * Upstream × local = term: ∂f/∂a = ∂f/∂v · ∂(v's expression)/∂a. When `a` has other uses this
 * is one term of its sum, so the equation has no left side; `runningSumFormula` adds it up.
 */
export function productFormula(
  output: GraphNode, node: GateNode, argIndex: number, fansOut: boolean, nodes: readonly GraphNode[],
  upstream: number, localGrad: number, contribution: number,
): Formula {
  const up = total(output, node);
  const local = localPartial(node, argIndex, nodes);
  return chain([
    ...(fansOut ? [] : [total(output, nodes[node.args[argIndex]])]),
    { tex: `${up.tex} \\cdot ${local.tex}`, text: `${up.text} · ${local.text}` },
    { tex: `${texNum(upstream, Prec.signed)} \\cdot ${texNum(localGrad, Prec.unary + 0.5)}`, text: `${textNum(upstream, Prec.signed)} · ${textNum(localGrad, Prec.unary + 0.5)}` },
    { tex: texNumber(contribution), text: formatNumber(contribution) },
  ]);
}

/**
 * A fan-out's gradient as a sum of its terms, as far as the backward pass has reached:
 * ∂f/∂x = 1 + 3 + ⋯ while terms are still to come, ∂f/∂x = 1 + 3 + 3 = 7 at the last one.
 * `first` holds the first two terms; past three terms the middle ones are elided (⋯).
 */
export function runningSumFormula(
  output: GraphNode, operand: GraphNode, first: readonly number[], term: number, k: number, count: number, sum: number,
): Formula {
  const shown = k <= 3 ? [...first.slice(0, k - 1), term] : [...first.slice(0, 2), term];
  const terms = sumOf(shown, k > 3 ? 2 : -1, k < count);
  return chain([total(output, operand), terms, ...(k === count ? [{ tex: texNumber(sum), text: formatNumber(sum) }] : [])]);
}
