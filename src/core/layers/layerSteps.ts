/**
 * The Layers view's steps: a forward step per computed statement (its matrix form with the
 * numbers), then a backward step per layer node from the output back (δ in the node's own
 * shape; for an entry-by-entry function its Jacobian diag(f′(z)); the course's products
 * ∂J/∂W = δxᵀ, ∂J/∂x = Wᵀδ, ∂J/∂b = δ). Every number is read from the gate trace: a value, a
 * gradient, a recorded local partial or the sum of recorded contributions, entry by entry.
 */
import type { Analysis } from '../index.ts';
import type { Expr } from '../language/parser.ts';
import { stepText } from '../language/message.ts';
import { texName } from '../tex/tex.ts';
import type { GateNode } from '../types.ts';
import { layerGraph, type LayerGraph, type LayerNode } from './layerGraph.ts';
import { bmatrix, diagMatrix, exprTex, partialOf, symbol } from './layerTex.ts';

export interface LayerStep {
  readonly kind: 'forward' | 'backward';
  readonly index: number;
  /** The layer node (LayerGraph.nodes) the step is about. */
  readonly node: number;
}

export interface LayersAnalysis {
  /** The Gates analysis the layers read: the one scalar tape. */
  readonly gates: Analysis;
  readonly layers: LayerGraph;
  readonly steps: readonly LayerStep[];
  readonly forwardCount: number;
}

export interface LayerStepFormulas {
  readonly lines: readonly string[];
  readonly tex: string;
  readonly text: string;
}

/** The Layers view of a Gates analysis; null for a program with no vector or matrix (Layers is then Statements). */
export function analyzeLayers(gates: Analysis): LayersAnalysis | null {
  const layers = layerGraph(gates);
  if (!layers) return null;
  const steps: LayerStep[] = [];
  for (const n of layers.nodes) if (n.kind === 'statement') steps.push({ kind: 'forward', index: steps.length, node: n.id });
  const forwardCount = steps.length;
  const reached = (n: LayerNode) => n.entries.some((e) => gates.schedule.backwardStepOf[e] >= 0);
  for (let id = layers.nodes.length - 1; id >= 0; id--) {
    if (reached(layers.nodes[id])) steps.push({ kind: 'backward', index: steps.length, node: id });
  }
  return Object.freeze({ gates, layers, steps: Object.freeze(steps.map((s) => Object.freeze(s))), forwardCount });
}

const joined = (lines: readonly string[]) => (lines.length === 1 ? lines[0] : `\\begin{gathered}${lines.join(' \\\\ ')}\\end{gathered}`);

const shapeArgs = (n: LayerNode) => [n.rows, n.cols] as const;

/** Marks an entry's TeX with the scalar node it is (see EntryMark); none for the CLI and handouts. */
export type ScalarMark = (scalarId: number, tex: string) => string;

/** A node's entries as numbers in its own shape, each marked with its scalar id when `mark` is given. */
export function layerNumbers(n: LayerNode, of: (scalarId: number) => number, mark?: ScalarMark): string {
  return bmatrix([], ...shapeArgs(n), (k) => of(n.entries[k]), mark && ((k, tex) => mark(n.entries[k], tex)));
}

export function describeLayerStep(la: LayersAnalysis, step: LayerStep, mark?: ScalarMark): LayerStepFormulas {
  const node = la.layers.nodes[step.node];
  const numbers = (n: LayerNode, of: (scalarId: number) => number) => layerNumbers(n, of, mark);
  const lines = step.kind === 'forward' ? forwardLines(la, node, numbers) : backwardLines(la, node, numbers);
  return Object.freeze({ lines, tex: joined(lines), text: stepText(step.kind, node.name) });
}

type Numbers = (n: LayerNode, of: (scalarId: number) => number) => string;

function forwardLines(la: LayersAnalysis, node: LayerNode, numbers: Numbers): string[] {
  const { values } = la.gates.trace;
  const { layers } = la;
  const expr = node.expr as Expr;
  const withNumbers = exprTex(expr, (name) => {
    const operand = layers.nodes[layers.byName.get(name) as number];
    const tex = numbers(operand, (id) => values[id]);
    return { tex, prec: operand.scalar && values[operand.entries[0]] < 0 ? 1.5 : 5 };
  });
  return [`${texName(node.name)} = ${exprTex(expr, symbol)}`, `= ${withNumbers} = ${numbers(node, (id) => values[id])}`];
}

/** Per entry of `operand`, the gradient terms that reach it from the gates of `node`'s statement. */
function contributionsFrom(la: LayersAnalysis, node: LayerNode): (id: number) => number {
  const { graph, trace } = la.gates;
  return (id) => {
    let sum = 0;
    for (const e of graph.outEdges[id]) if (node.gates.has(graph.edges[e].to)) sum += trace.contributions[e];
    return sum;
  };
}

function backwardLines(la: LayersAnalysis, node: LayerNode, numbers: Numbers): string[] {
  const { graph, trace } = la.gates;
  const out = la.layers.nodes[la.layers.output];
  const J = out.name;
  const lines = [`${partialOf(J, node.name)} = ${numbers(node, (id) => trace.grads[id])}`];
  if (node.kind === 'input' || !node.expr) return lines;
  let inner = node.expr;
  let delta = partialOf(J, node.name);
  const root = node.expr;
  const gatesOfEntries = node.entries.map((id) => graph.nodes[id]);
  const isFunction = root.kind === 'call' && root.args.length === 1
    && gatesOfEntries.every((g) => g.kind === 'gate' && g.op === root.op);
  if (isFunction) {
    // The Jacobian of an entry-by-entry function is diagonal: ∂hᵢ/∂zⱼ = f′(zᵢ) when i = j, else 0.
    const edges = gatesOfEntries.map((g) => (g as GateNode).inEdges[0]);
        lines.push(`\\frac{\\partial ${texName(node.name)}}{\\partial z} = \\operatorname{diag}(f'(z)) = ${diagMatrix(edges.map((e) => trace.locals[e]))}`);
    lines.push(`\\delta = \\operatorname{diag}(f'(z))\\, ${delta} = ${bmatrix([], ...shapeArgs(node), (k) => trace.contributions[edges[k]])}`);
    inner = root.args[0];
    delta = '\\delta';
  }
  const matmul = inner.kind === 'matmul' ? inner : inner.kind === 'binary' && inner.op === 'add' && inner.left.kind === 'matmul' ? inner.left : undefined;
  const bias = inner.kind === 'binary' && inner.op === 'add' && inner.left.kind === 'matmul' && inner.right.kind === 'name' ? inner.right.name : undefined;
  const left = matmul?.left.kind === 'name' ? matmul.left.name : undefined;
  const right = matmul?.right.kind === 'name' ? matmul.right.name : undefined;
  const { values } = trace;
  for (const id of node.operands) {
    const operand = la.layers.nodes[id];
    if (!operand.entries.some((e) => trace.grads[e] !== 0 || la.gates.schedule.backwardStepOf[e] >= 0)) continue;
    const result = numbers(operand, contributionsFrom(la, node));
    const name = operand.name;
    const lhs = partialOf(J, name);
    const other = (n: string) => la.layers.nodes[la.layers.byName.get(n) as number];
    if (name === left && right !== undefined && other(right).cols === 0 && !other(right).scalar) {
      const x = other(right);
      lines.push(`${lhs} = ${delta}\\, ${texName(right)}^{\\top} = ${bmatrix([], node.rows, 0, (k) => valueAt(la, node, delta, k))}\\, ${bmatrix([], 1, x.rows, (k) => values[x.entries[k]])} = ${result}`);
    } else if (name === right && left !== undefined && !other(left).scalar && other(left).cols > 0) {
      const W = other(left);
      lines.push(`${lhs} = ${texName(left)}^{\\top} ${delta} = ${numbers(W, (e) => values[e])}^{\\top} ${bmatrix([], W.rows, 0, (k) => valueAt(la, node, delta, k))} = ${result}`);
    } else if (name === bias) {
      lines.push(`${lhs} = ${delta} = ${result}`);
    } else {
      lines.push(`${lhs} = ${result}`);
    }
  }
  return lines;
}

/** Entry k of δ: the gradient at the pre-activation (after a function) or at the node itself. */
function valueAt(la: LayersAnalysis, node: LayerNode, delta: string, k: number): number {
  const { graph, trace } = la.gates;
  const g = graph.nodes[node.entries[k]];
  if (delta === '\\delta' && g.kind === 'gate') return trace.contributions[g.inEdges[0]];
  return trace.grads[node.entries[k]];
}
