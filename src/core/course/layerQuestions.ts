/**
 * What practice asks at a Layers step, as plain data: light (no parser, no evaluator), so the
 * lesson view can count a step's questions and the step panel can conceal their lines while the
 * practice panel itself loads lazily (layerPractice.ts reads and checks the answers).
 *
 * Like scalar practice, a step asks what it computes, never what an earlier step has shown:
 * - a forward step, its statement's value, in the statement's shape (h1 = relu(W1 @ x + b1));
 * - a backward step at h = f(z) (an entry-by-entry function), first δ = diag(f′(z)) ∂J/∂h, the
 *   delta rule's δ in h's shape; then, per operand the step panel writes a product for, the
 *   gradient the statement sends it (∂J/∂W = δxᵀ, ∂J/∂x = Wᵀδ, ∂J/∂b = δ) in the operand's shape.
 * The node's own ∂J/∂h heads its backward step but is not asked: the step of the statement that
 * uses h has already given it. Every answer is read from the one scalar tape, entry by entry.
 */
import type { LayersAnalysis, LayerStep } from '../layers/layerSteps.ts';
import type { LayerNode } from '../layers/layerGraph.ts';
import { partialOf } from '../layers/layerTex.ts';
import { texName } from '../tex/tex.ts';

/** A vector or matrix shape as the language writes it: cols 0 for a vector (a column); 1 entry is a scalar. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export type LayerQuestionKind = 'value' | 'delta' | 'grad';

export interface LayerQuestion {
  /** `layers:step:part`, stable for a program: where the score keeps this question's outcome. */
  readonly id: string;
  readonly kind: LayerQuestionKind;
  /** What to compute, in symbols: `h_{1}`, `\delta`, ∂J/∂W₁. */
  readonly prompt: { readonly tex: string; readonly text: string };
  readonly shape: Shape;
  /** Per entry, row by row: its scalar name (`W1_21`; `δ_2` for δ, whose entries have none). */
  readonly names: readonly string[];
  /** Per entry: the scalar engine's number. */
  readonly answers: readonly number[];
  /** The line of the step panel (describeLayerStep's `lines`) whose result this question asks. */
  readonly line: number;
}

const shapeOf = (n: LayerNode): Shape => ({ rows: n.rows, cols: n.cols });
const nameOf = (la: LayersAnalysis, id: number) => la.gates.graph.nodes[id].name ?? '';

/**
 * Whether the statement is one entry-by-entry function of one argument, h = f(z): its backward
 * step then writes diag(f′(z)) and δ (layerSteps.ts backwardLines, whose test checks the lines).
 */
function isFunction(la: LayersAnalysis, node: LayerNode): boolean {
  const root = node.expr;
  if (!root || root.kind !== 'call' || root.args.length !== 1) return false;
  return node.entries.every((id) => {
    const g = la.gates.graph.nodes[id];
    return g.kind === 'gate' && g.op === root.op;
  });
}

/** The gradient a statement sends an operand's entry: the sum of the recorded terms into the statement's gates. */
function sentBy(la: LayersAnalysis, node: LayerNode, id: number): number {
  const { graph, trace } = la.gates;
  let sum = 0;
  for (const e of graph.outEdges[id]) if (node.gates.has(graph.edges[e].to)) sum += trace.contributions[e];
  return sum;
}

/** The questions of Layers step `step` (none for an input's backward step: its gradient is already given). */
export function layerQuestions(la: LayersAnalysis, step: LayerStep | undefined): LayerQuestion[] {
  if (!step) return [];
  const node = la.layers.nodes[step.node];
  const { trace, schedule } = la.gates;
  const id = (part: string) => `layers:${step.index}:${part}`;
  if (step.kind === 'forward') {
    return [{
      id: id('value'), kind: 'value', prompt: { tex: texName(node.name), text: node.name }, shape: shapeOf(node),
      names: node.entries.map((e) => nameOf(la, e)), answers: node.entries.map((e) => trace.values[e]), line: 1,
    }];
  }
  if (node.kind === 'input' || !node.expr) return [];
  const questions: LayerQuestion[] = [];
  const J = la.layers.nodes[la.layers.output].name;
  // Line 0 is ∂J/∂node; an entry-by-entry function adds diag(f′(z)) (line 1) and δ (line 2).
  let line = 1;
  if (isFunction(la, node)) {
    questions.push({
      id: id('delta'), kind: 'delta', prompt: { tex: '\\delta', text: 'δ' }, shape: shapeOf(node),
      names: node.entries.map((e) => `δ${nameOf(la, e).slice(node.name.length)}`),
      answers: node.entries.map((e) => {
        const g = la.gates.graph.nodes[e];
        return g.kind === 'gate' ? trace.contributions[g.inEdges[0]] : NaN;
      }),
      line: 2,
    });
    line = 3;
  }
  for (const o of node.operands) {
    const operand = la.layers.nodes[o];
    // The operands the step panel writes a product for: those the backward pass reaches.
    if (!operand.entries.some((e) => trace.grads[e] !== 0 || schedule.backwardStepOf[e] >= 0)) continue;
    questions.push({
      id: id(`grad:${operand.name}`), kind: 'grad',
      prompt: { tex: partialOf(J, operand.name), text: `∂${J}/∂${operand.name}` }, shape: shapeOf(operand),
      names: operand.entries.map((e) => nameOf(la, e)), answers: operand.entries.map((e) => sentBy(la, node, e)), line: line++,
    });
  }
  return questions;
}

/** How many questions Layers step `step` asks. */
export const layerQuestionCount = (la: LayersAnalysis, step: number): number => layerQuestions(la, la.steps[step]).length;
