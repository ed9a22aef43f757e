/**
 * The formulas of one step, as KaTeX source and as plain text (for screen readers and the CLI):
 * a forward equation `q = x + y = -2 + 5 = 3`, the upstream gradient (a sum at a fan-out),
 * and per operand the local gradient, symbolic then numeric, times the upstream.
 */
import { OPS, Prec } from './ops.ts';
import { formatNumber, numberPrec, texNumber, wrapTex, wrapText } from './tex.ts';
import type { GateNode, GraphNode } from './types.ts';

export interface Formula {
  readonly tex: string;
  readonly text: string;
}

const texNum = (v: number, slot: number) => wrapTex(texNumber(v), numberPrec(v), slot);
const textNum = (v: number, slot: number) => wrapText(formatNumber(v), numberPrec(v), slot);
const asAtomTex = (n: GraphNode) => wrapTex(n.label, n.labelPrec, Prec.atom);
const asAtomText = (n: GraphNode) => wrapText(n.text, n.textPrec, Prec.atom);

/** ∂a/∂b as TeX and as text. */
function partial(top: GraphNode, bottom: GraphNode): Formula {
  return {
    tex: `\\frac{\\partial ${asAtomTex(top)}}{\\partial ${asAtomTex(bottom)}}`,
    text: `∂${asAtomText(top)}/∂${asAtomText(bottom)}`,
  };
}

/** Joins `lhs = a = b = …`, dropping a stage that repeats the one before it. */
function chain(parts: readonly Formula[]): Formula {
  const kept = parts.filter((p, i) => i === 0 || p.tex !== parts[i - 1].tex);
  const texts = kept.map((p) => p.text).filter((t, i, all) => t !== '' && (i === 0 || t !== all[i - 1]));
  return { tex: kept.map((p) => p.tex).join(' = '), text: texts.join(' = ') };
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

/** ∂f/∂v: 1 at the output, the one arriving term, or the sum of the terms at a fan-out. */
export function upstreamFormula(output: GraphNode, node: GraphNode, terms: readonly number[], grad: number): Formula {
  const lhs = partial(output, node);
  if (node.id === output.id) return chain([lhs, { tex: '1', text: '1' }]);
  const sum = terms.length > 1
    ? {
        tex: terms.map((t, i) => texNum(t, i === 0 ? Prec.sum : Prec.product)).join(' + '),
        text: terms.map((t, i) => textNum(t, i === 0 ? Prec.sum : Prec.product)).join(' + '),
      }
    : null;
  return chain([lhs, ...(sum ? [sum] : []), { tex: texNumber(grad), text: formatNumber(grad) }]);
}

/** ∂v/∂a: the op table's symbolic derivative, then its number. */
export function localFormula(node: GateNode, argIndex: number, nodes: readonly GraphNode[], localGrad: number): Formula {
  const op = OPS[node.op];
  const args = node.args.map((a) => nodes[a]);
  const slots = op.partialSlots ?? [0, 0];
  const operand = (i: number) => (args[i] ? wrapTex(args[i].label, args[i].labelPrec, slots[i]) : '');
  const symbolic = op.partialTex[argIndex](operand(0), operand(1), asAtomTex(node));
  return chain([
    partial(node, args[argIndex]),
    { tex: symbolic, text: '' }, // the op table writes derivatives in TeX only
    { tex: texNumber(localGrad), text: formatNumber(localGrad) },
  ]);
}

/**
 * ∂f/∂a = ∂f/∂v · ∂v/∂a = upstream · local = term. When `a` fans out, this is one term of its
 * sum, written `+=`; the sum itself is shown at `a`'s own step.
 */
export function productFormula(
  output: GraphNode, node: GateNode, operand: GraphNode, fansOut: boolean,
  upstream: number, localGrad: number, contribution: number,
): Formula {
  const lhs = partial(output, operand);
  const up = partial(output, node);
  const local = partial(node, operand);
  const eq = fansOut ? { tex: ' \\mathrel{+}= ', text: ' += ' } : { tex: ' = ', text: ' = ' };
  const rest = chain([
    { tex: `${up.tex} \\cdot ${local.tex}`, text: `${up.text} · ${local.text}` },
    { tex: `${texNum(upstream, Prec.signed)} \\cdot ${texNum(localGrad, Prec.unary + 0.5)}`, text: `${textNum(upstream, Prec.signed)} · ${textNum(localGrad, Prec.unary + 0.5)}` },
    { tex: texNumber(contribution), text: formatNumber(contribution) },
  ]);
  return { tex: lhs.tex + eq.tex + rest.tex, text: lhs.text + eq.text + rest.text };
}
