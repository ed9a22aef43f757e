/**
 * Forward mode in the Layers view: the forward sweep of the gate tape, one input x at a time,
 * read a statement at a time. A step is a Layers forward step (one per computed statement); it
 * shows the statement's tangent v̇ = ∂v/∂x in the statement's own shape and, where the course
 * states it simply, the rule in matrix form: ż = W ẋ + Ẇ x + ḃ, ḣ = diag(f′(z)) ż. Every tangent
 * is the sweep's own (ForwardSchedule.tangents, entry by entry), every value and f′ the trace's:
 * nothing is computed again here, only written out.
 */
import type { ForwardSchedule, GateNode } from '../types.ts';
import { stepText } from '../language/message.ts';
import type { Expr } from '../language/parser.ts';
import { texName } from '../tex/tex.ts';
import type { LayerNode } from './layerGraph.ts';
import { layerNumbers, type LayersAnalysis, type LayerStep, type LayerStepFormulas, type ScalarMark } from './layerSteps.ts';
import { bmatrix, diagMatrix, exprTex, symbol } from './layerTex.ts';
import { dotName, tangentRule, type NameNumbers } from './layerTangentsTex.ts';

/** Forward mode's steps in Layers: the Layers forward steps, one per computed statement. */
export const layerTangentSteps = (la: LayersAnalysis): readonly LayerStep[] => la.steps.slice(0, la.forwardCount);

/**
 * The Layers view in forward mode: the same layers over the same tape, its steps the forward
 * steps only, and the sweep (of that tape) whose tangents they show. Whoever reads a Layers
 * view's steps reads these the same way; `sweep` says the numbers are tangents.
 */
export interface LayersForward extends LayersAnalysis {
  readonly sweep: ForwardSchedule;
}

export const isLayersForward = (la: LayersAnalysis): la is LayersForward => 'sweep' in la;

export function layersForward(la: LayersAnalysis, sweep: ForwardSchedule): LayersForward {
  return Object.freeze({ ...la, steps: Object.freeze(layerTangentSteps(la)), sweep });
}

const joined = (lines: readonly string[]) => (lines.length === 1 ? lines[0] : `\\begin{gathered}${lines.join(' \\\\ ')}\\end{gathered}`);

/** ∂v/∂x in TeX, x the sweep's input (one scalar: an entry's name such as x_1). */
const meaning = (name: string, wrt: string) => `\\frac{\\partial ${texName(name)}}{\\partial ${texName(wrt)}}`;

/** The formulas of forward step `step` of the Layers view, for the sweep `sweep` of the same tape. */
export function describeLayerTangentStep(la: LayersAnalysis, step: LayerStep, sweep: ForwardSchedule, mark?: ScalarMark): LayerStepFormulas {
  const numbers = (n: LayerNode, of: (scalarId: number) => number) => layerNumbers(n, of, mark);
  const { graph, trace } = la.gates;
  const { nodes, byName } = la.layers;
  const node = nodes[step.node];
  const wrt = graph.nodes[sweep.wrt].text;
  const { tangents } = sweep;
  const tangentsOf = (n: LayerNode) => numbers(n, (id) => tangents[id]);
  const named = (name: string): NameNumbers => {
    const n = nodes[byName.get(name) as number];
    return {
      values: numbers(n, (id) => trace.values[id]), tangents: tangentsOf(n),
      still: n.entries.every((id) => tangents[id] === 0), scalar: n.scalar || n.rows * Math.max(n.cols, 1) === 1,
    };
  };
  const lines: string[] = [];
  // The seed, where the input x belongs to first appears: ẋ = ∂x/∂x is 1 at x and 0 elsewhere.
  for (const id of node.operands) {
    const operand = nodes[id];
    const firstUse = nodes.find((n) => n.operands.includes(id));
    if (operand.kind === 'input' && operand.entries.includes(sweep.wrt) && firstUse?.id === node.id) {
      lines.push(`${dotName(operand.name)} = ${meaning(operand.name, wrt)} = ${tangentsOf(operand)}`);
    }
  }
  const lhs = `${dotName(node.name)} = ${meaning(node.name, wrt)}`;
  const expr = node.expr as Expr;
  const entryGates = node.entries.map((id) => graph.nodes[id]);
  const isFunction = expr.kind === 'call' && expr.args.length === 1
    && entryGates.every((g) => g.kind === 'gate' && g.op === expr.op && g.inEdges.length === 1);
  if (isFunction) {
    // An entry-by-entry function: ḣ = diag(f′(z)) ż, z its argument, f′ the partials the evaluator recorded.
    const inner = expr.args[0];
    const edges = entryGates.map((g) => (g as GateNode).inEdges[0]);
    const zTangents = bmatrix([], node.rows, node.cols, (k) => tangents[graph.edges[edges[k]].from]);
    const z = inner.kind === 'name' ? texName(inner.name) : 'z';
    const zDot = inner.kind === 'name' ? dotName(inner.name) : '\\dot{z}';
    if (inner.kind !== 'name') {
      lines.push(`z = ${exprTex(inner, symbol)}`);
      lines.push(ruleLine(zDot, tangentRule(inner, named), zTangents));
    }
    const diag = diagMatrix(edges.map((e) => trace.locals[e]));
    lines.push(`${lhs} = \\operatorname{diag}(f'(${z}))\\, ${zDot} = ${diag}\\, ${zTangents} = ${tangentsOf(node)}`);
  } else {
    lines.push(ruleLine(lhs, tangentRule(expr, named), tangentsOf(node)));
  }
  return Object.freeze({ lines, tex: joined(lines), text: stepText('tangent', `∂${node.name}/∂${wrt}`) });
}

/** lhs = rule = rule with numbers = the tangent; the parts the rule lacks left out. */
function ruleLine(lhs: string, rule: ReturnType<typeof tangentRule>, result: string): string {
  if (!rule) return `${lhs} = ${result}`;
  const withNumbers = rule.num !== null && rule.num !== result ? ` = ${rule.num}` : '';
  return `${lhs} = ${rule.sym}${withNumbers} = ${result}`;
}
