/**
 * Warnings about values: the first place a value or a gradient turns NaN or infinite from
 * finite ones, said once at that first cause, with the op and its operands as typed.
 */
import { say } from '../language/message.ts';
import { OP_BY_CODE, OP_CODE } from './ops.ts';
import type { Graph, Warning } from '../types.ts';

/** What the warnings read of a finished pass. */
interface Pass {
  readonly values: Float64Array;
  readonly grads: Float64Array;
  readonly contributions: Float64Array;
}

/**
 * The first place a gradient turns NaN or infinite while the values around it are finite: a
 * local gradient that is infinite (√ at 0: `relu(x)^0.5` at x = −1), which then meets a zero
 * local gradient further back and gives 0·∞ = NaN. One warning per first cause; the NaN and
 * infinite gradients it causes upstream are not warned again.
 */
export function nonFiniteGradientWarnings(graph: Graph, ev: Pass): Warning[] {
  const { values, grads, contributions } = ev;
  const warnings: Warning[] = [];
  for (let k = graph.nodes.length - 1; k >= 0; k--) {
    const node = graph.nodes[k];
    if (node.kind !== 'gate' || !Number.isFinite(grads[node.id]) || !Number.isFinite(values[node.id])) continue;
    if (!node.args.every((a) => Number.isFinite(values[a]))) continue;
    node.args.forEach((operand, i) => {
      const term = contributions[node.inEdges[i]];
      if (Number.isFinite(term)) return;
      const local = term / grads[node.id];
      warnings.push({
        kind: 'non-finite',
        ...say('nonFiniteGradient', opExpression(graph, node), term, node.span.line, node.span.column, operandText(graph, operand), local, operandList(graph, values, node.args)),
        span: node.span,
        nodeId: node.id,
      });
    });
  }
  return warnings;
}

/** `relu(x)` for a call, `x * y` for an operator: the op and its operands, as typed. */
function opExpression(graph: Graph, node: Extract<Graph['nodes'][number], { kind: 'gate' }>, depth = 1): string {
  const op = OP_BY_CODE[OP_CODE[node.op]];
  return op.text(...(node.args.map((a) => operandText(graph, a, depth)) as [string, string]));
}

/** An operand as typed: its name, or for an anonymous gate (g₁) its own expression, one level deep. */
function operandText(graph: Graph, id: number, depth = 1): string {
  const n = graph.nodes[id];
  return n.kind === 'gate' && n.gateName && depth > 0 ? opExpression(graph, n, depth - 1) : n.text;
}

/** The operands that are not literals, with their values: `x = -1`. */
const operandList = (graph: Graph, values: Float64Array, args: readonly number[]) =>
  args.filter((a) => graph.nodes[a].kind !== 'const').map((a) => `${operandText(graph, a)} = ${values[a]}`).join(', ');

/**
 * Names each place a value turns NaN or infinite from finite ones — a number too large for a
 * double (`1e400`), or a gate with finite operands — once, at that first cause.
 */
export function nonFiniteWarnings(graph: Graph, values: Float64Array): Warning[] {
  const warnings: Warning[] = [];
  for (const node of graph.nodes) {
    if ((node.kind === 'const' || node.kind === 'input') && !Number.isFinite(values[node.id])) {
      warnings.push({
        kind: 'non-finite',
        ...say('tooLarge', node.text, values[node.id], node.span.line, node.span.column),
        span: node.span,
        nodeId: node.id,
      });
      continue;
    }
    if (node.kind !== 'gate' || Number.isFinite(values[node.id])) continue;
    if (!node.args.every((a) => Number.isFinite(values[a]))) continue;
    // The op and its operands say which part of the line it is, without repeating the line.
    warnings.push({
      kind: 'non-finite',
      ...say('nonFiniteValue', node.text, values[node.id], node.span.line, node.span.column, opExpression(graph, node), operandList(graph, values, node.args)),
      span: node.span,
      nodeId: node.id,
    });
  }
  return warnings;
}
