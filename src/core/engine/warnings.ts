/**
 * Warnings about values: the first place a value or a gradient turns NaN or infinite from
 * finite ones, said once at that first cause, with the op and its operands as typed.
 */
import { say } from '../language/message.ts';
import { OP_BY_CODE, OP_CODE } from './ops.ts';
import { foldExpr } from '../language/ast.ts';
import type { Expr, Program } from '../language/parser.ts';
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

/**
 * An expression deeper or longer than this is called by its gate name (g₁) past that point,
 * as the steps call it: a warning names a place, it does not reprint a 10,000-term line.
 */
const MAX_DEPTH = 12;
const MAX_TEXT = 120;

/** A constant as typed where the short form is exact (`0.5`, `pi`), else every digit. */
function constantText(n: Extract<Graph['nodes'][number], { kind: 'const' }>): string {
  const shown = Number(n.text);
  return Number.isNaN(shown) || shown === n.value ? n.text : String(n.value);
}

/**
 * Node `id` as program text that parses back to the same tree: anonymous gates written out,
 * each operand in brackets where its slot binds more strongly than it does (ops.ts Prec).
 */
export function expressionText(graph: Graph, id: number, depth = 0): { text: string; prec: number } {
  const n = graph.nodes[id];
  if (n.kind === 'const') return { text: constantText(n), prec: n.textPrec };
  if (n.kind !== 'gate' || (depth > 0 && (n.name !== undefined || depth > MAX_DEPTH))) return { text: n.text, prec: n.textPrec };
  const op = OP_BY_CODE[OP_CODE[n.op]];
  const slots = op.textSlots ?? op.slots;
  const parts = n.args.map((a, i) => {
    const part = expressionText(graph, a, depth + 1);
    return part.prec < slots[i] ? `(${part.text})` : part.text;
  });
  const text = op.text(...(parts as [string, string]));
  if (depth > 0 && text.length > MAX_TEXT) return { text: n.text, prec: n.textPrec };
  return { text, prec: op.textPrec ?? op.prec };
}

/** `relu(x)` for a call, `x * y` for an operator: the op and its operands, as typed. */
const opExpression = (graph: Graph, node: Extract<Graph['nodes'][number], { kind: 'gate' }>) => expressionText(graph, node.id).text;

/** An operand as typed: its name, or for an anonymous gate its own expression. */
const operandText = (graph: Graph, id: number) => expressionText(graph, id, 1).text;

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

/**
 * A nonzero literal too small for a double (`1e-400`) reads as 0, silently unlike `1e400`,
 * which turns Infinity and is warned about: say it the same way, at the literal.
 */
export function underflowWarnings(program: Program): Warning[] {
  const warnings: Warning[] = [];
  // A literal meant to be nonzero reads as 0 only below 5e-324: with an exponent of three
  // digits, or written out in more than 300 characters. Most programs have neither, and a
  // 5,000-line one need not be walked for it.
  if (!/[eE][+-]?\d{3}|[\d.]{300}/.test(program.source)) return warnings;
  const visit = (e: Expr) => {
    if (e.kind !== 'number' || e.value !== 0) return;
    const literal = program.source.slice(e.span.start, e.span.end);
    // Only the digits before the exponent say whether the number was meant to be nonzero.
    if (!/[1-9]/.test(literal.split(/[eE]/)[0])) return;
    warnings.push({ kind: 'non-finite', ...say('tooSmall', literal, e.span.line, e.span.column), span: e.span });
  };
  for (const statement of program.statements) foldExpr(statement.expr, visit);
  return warnings;
}
