/**
 * Forward mode: a second sweep over the same tape, carrying tangents instead of adjoints.
 * Seeding ẋ = 1 for one input x (every other input 0), each gate in topological order gets
 * v̇ = Σ ∂v/∂a · ȧ over its operands; the output's tangent is ∂f/∂x — one input per pass,
 * where one reverse pass gives ∂f/∂θ for every θ at once. The steps are frozen records of
 * the same shape as schedule.ts's (node, numbers, lines of TeX and text).
 */
import { stepText, type StepWord } from '../language/message.ts';
import { OPS } from '../engine/ops.ts';
import type { Trace } from '../engine/evaluate.ts';
import { joinTex } from './steps.ts';
import { forwardFormula, type Formula } from '../tex/stepTex.ts';
import { finalTangentFormula, seedFormula, tangentFormula } from '../tex/forwardTex.ts';
import type { GateNode, Graph, GraphNode } from '../types.ts';

/** One operand's term in a tangent: ∂v/∂a · ȧ. */
export interface TangentTerm {
  readonly edge: number;
  readonly operand: number;
  readonly localGrad: number;
  /** ȧ, the operand's tangent. */
  readonly tangent: number;
  readonly contribution: number;
}

export interface TangentStep {
  readonly kind: 'tangent';
  readonly index: number;
  readonly node: number;
  readonly value: number;
  /** v̇ = ∂v/∂x. */
  readonly tangent: number;
  /** Empty for the seed step and for gates that do not depend on x. */
  readonly terms: readonly TangentTerm[];
  readonly pattern?: string;
  readonly lines: readonly Formula[];
  readonly tex: string;
  readonly text: string;
  /** `text` is `textWord`'s word (the catalog's `engine.steps`), then `textBody`. */
  readonly textWord: StepWord;
  readonly textBody: string;
}

export interface ForwardSchedule {
  /** The input the sweep differentiates by. */
  readonly wrt: number;
  readonly steps: readonly TangentStep[];
  /** Per node, ∂node/∂x (0 where the node does not depend on x). */
  readonly tangents: Float64Array;
  /** Per edge, the term ∂to/∂from · ḟrom it carries forward (0 where `from` does not depend on x). */
  readonly edgeTerms: Float64Array;
  /** Per node, the index of its step (-1 for leaves other than x). */
  readonly stepOf: Int32Array;
  /** ∂f/∂x: the output's tangent, the sweep's one result. */
  readonly gradient: number;
}

/** Which nodes depend on `wrt`: only there can a tangent be nonzero (and 0·∞ never arises). */
function dependsOn(graph: Graph, wrt: number): Uint8Array {
  const dep = new Uint8Array(graph.nodes.length);
  dep[wrt] = 1;
  for (const node of graph.nodes) if (node.kind === 'gate' && node.args.some((a) => dep[a])) dep[node.id] = 1;
  return dep;
}

function freeze(
  index: number, node: GraphNode, value: number, tangent: number, terms: TangentTerm[], lines: Formula[], word: StepWord,
): TangentStep {
  const textBody = lines.map((l) => l.text).join('; ');
  return Object.freeze({
    kind: 'tangent' as const, index, node: node.id, value, tangent, terms: Object.freeze(terms),
    lines: Object.freeze(lines), tex: joinTex(lines.map((l) => l.tex)),
    text: stepText(word, textBody), textWord: word, textBody,
  });
}

/** ∂node/∂(its operand argIndex) at the trace's values. */
export type LocalPartial = (node: GateNode, argIndex: number) => number;

/** The op table's partials: right for the Gates and Primitives views, whose nodes are op-table gates. */
export const opPartial = (trace: Trace): LocalPartial => (node, argIndex) => {
  const { values } = trace;
  const [a, b] = node.args;
  return OPS[node.op].partials[argIndex](values[a], b === undefined ? 0 : values[b], values[node.id]);
};

/**
 * How a view's gates compute: the op table's partials and forward equation by default; a view
 * whose nodes are bigger than one gate (Statements) passes its own.
 */
export interface GateRules {
  readonly partial?: LocalPartial;
  readonly valueLine?: (node: GateNode) => Formula;
}

/** The forward-mode sweep for input `wrt` (a node id in `trace.graph.inputs`). */
export function forwardMode(trace: Trace, wrt: number, rules: GateRules = {}): ForwardSchedule {
  const partial = rules.partial ?? opPartial(trace);
  const { graph, values } = trace;
  const { nodes, output } = graph;
  if (!graph.inputs.includes(wrt)) throw new Error(`node ${wrt} is not an input`);
  const dep = dependsOn(graph, wrt);
  const tangents = new Float64Array(nodes.length);
  const edgeTerms = new Float64Array(graph.edges.length);
  const stepOf = new Int32Array(nodes.length).fill(-1);
  const steps: TangentStep[] = [];
  const wrtNode = nodes[wrt];
  tangents[wrt] = 1;

  stepOf[wrt] = 0;
  steps.push(freeze(0, wrtNode, values[wrt], 1, [], [seedFormula(wrtNode)], 'seed'));
  for (const node of nodes) {
    if (node.kind !== 'gate') continue;
    const terms: TangentTerm[] = [];
    let tangent = 0;
    node.args.forEach((operand, argIndex) => {
      if (!dep[operand]) return;
      const localGrad = partial(node, argIndex);
      const contribution = localGrad * tangents[operand];
      const edge = node.inEdges[argIndex];
      edgeTerms[edge] = contribution;
      tangent += contribution;
      terms.push(Object.freeze({ edge, operand, localGrad, tangent: tangents[operand], contribution }));
    });
    tangents[node.id] = tangent;
    stepOf[node.id] = steps.length;
    const lines = [rules.valueLine ? rules.valueLine(node) : forwardFormula(node, nodes, values), tangentFormula(node, terms.map((t) => ({ ...t, operand: nodes[t.operand] })), tangent)];
    steps.push(freeze(steps.length, node, values[node.id], tangent, terms, lines, 'tangent'));
  }
  // The last step states the result; when the output is a leaf, add that line to the last step.
  const gradient = tangents[output];
  const last = steps[steps.length - 1];
  steps[steps.length - 1] = freeze(
    last.index, nodes[last.node], last.value, last.tangent, [...last.terms],
    [...last.lines, finalTangentFormula(nodes[output], wrtNode, gradient)], last.textWord,
  );
  return Object.freeze({ wrt, steps: Object.freeze(steps), tangents, edgeTerms, stepOf, gradient });
}

/** The forward sweep by input name; null when the name is not one of the program's inputs. */
export function forwardModeFor(trace: Trace, name: string, rules?: GateRules): ForwardSchedule | null {
  const id = trace.graph.names.get(name);
  if (id === undefined || !trace.graph.inputs.includes(id)) return null;
  return forwardMode(trace, id, rules);
}

/** Passes each mode needs for the whole gradient: forward one per input, reverse one per output. */
export function passCounts(graph: Graph): { readonly forward: number; readonly reverse: number } {
  return { forward: graph.inputs.length, reverse: 1 };
}
