/**
 * The formulas practice mode shows before the answer: what to compute (a prompt) and the
 * symbolic hint, never a number of the step being asked. Names pass through tex.ts's labels.
 */
import { hints } from '../../i18n/en/engine.ts';
import { OPS, Prec } from '../engine/ops.ts';
import { localPartial, total, type Formula } from './stepTex.ts';
import { wrapTex, wrapText } from './tex.ts';
import type { GateNode, GraphNode } from '../types.ts';

const atomTex = (n: GraphNode) => wrapTex(n.label, n.labelPrec, Prec.atom);

/** ∂a/∂b inline with a slash, as every step writes it (stepTex.ts): no stacked fractions. */
export const partialOf = (top: GraphNode, bottom: GraphNode): Formula => total(top, bottom);

export const nodeName = (n: GraphNode): Formula => ({ tex: n.label, text: n.text });

/** v = op(a, b) in symbols: the hint for a forward step. */
export function expressionHint(node: GateNode, nodes: readonly GraphNode[]): Formula {
  const op = OPS[node.op];
  const args = node.args.map((a) => nodes[a]);
  const tex = op.tex(...(args.map((a, i) => wrapTex(a.label, a.labelPrec, op.slots[i])) as [string, string]));
  const textSlots = op.textSlots ?? op.slots;
  const text = op.text(...(args.map((a, i) => wrapText(a.text, a.textPrec, textSlots[i])) as [string, string]));
  return { tex: `${node.label} = ${tex}`, text: `${node.text} = ${text}` };
}

/** ∂v/∂a = the op table's symbolic derivative. */
export function localHint(node: GateNode, argIndex: number, nodes: readonly GraphNode[], seeFormula = hints.seeFormula): Formula {
  const op = OPS[node.op];
  const args = node.args.map((a) => nodes[a]);
  const slots = op.partialSlots ?? [0, 0];
  const operand = (i: number) => (args[i] ? wrapTex(args[i].label, args[i].labelPrec, slots[i]) : '');
  const lhs = localPartial(node, argIndex, nodes);
  const symbolic = op.partialTex[argIndex](operand(0), operand(1), atomTex(node));
  return { tex: `${lhs.tex} = ${symbolic}`, text: `${lhs.text}: ${seeFormula}` };
}

/** The term along one edge: ∂f/∂v · ∂v/∂a. */
export function productPrompt(output: GraphNode, node: GateNode, operand: GraphNode): Formula {
  const up = partialOf(output, node);
  const local = partialOf(node, operand);
  return { tex: `${up.tex} \\cdot ${local.tex}`, text: `${up.text} · ${local.text}` };
}

/** ∂f/∂a = Σ over a's uses u of ∂f/∂u · ∂u/∂a. */
export function sumHint(output: GraphNode, node: GraphNode, uses: readonly GraphNode[]): Formula {
  const lhs = partialOf(output, node);
  const terms = uses.map((u) => productPrompt(output, u as GateNode, node));
  return { tex: `${lhs.tex} = ${terms.map((t) => t.tex).join(' + ')}`, text: `${lhs.text} = ${terms.map((t) => t.text).join(' + ')}` };
}
