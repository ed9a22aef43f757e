/**
 * A step's formulas: what the step panel, the CLI and the handout show of a step record.
 * Step records are plain numbers (types.ts); their TeX and text are written here, on demand,
 * by the writers of the view's rule set — op-table formulas (tex/stepTex.ts) for Gates and
 * Primitives, line formulas (tex/statementTex.ts) for Statements — and kept per step: TeX is
 * most of what a step costs, and the app shows one step at a time.
 */
import { stepText, type StepWord } from '../language/message.ts';
import { lineValues } from '../engine/line.ts';
import { forwardFormula, localFormula, productFormula, runningSumFormula, upstreamFormula, type Formula } from '../tex/stepTex.ts';
import { linePartials, lineFormula, statementProduct, type LinePartials } from '../tex/statementTex.ts';
import { finalTangentFormula, seedFormula, tangentFormula } from '../tex/forwardTex.ts';
import type { BackwardStep, ForwardSchedule, ForwardStep, GateNode, Graph, Line, LocalGrad, Step, TangentStep, Trace } from '../types.ts';

export interface LocalFormulas {
  /** ∂(gate)/∂operand: the gate's own partial, symbolic then numeric. */
  readonly local: Formula;
  /** Upstream × local: ∂f/∂operand, or (at a fan-out) one term of it. */
  readonly product: Formula;
  /** At a fan-out, the operand's gradient as the sum of its terms so far. */
  readonly sum?: Formula;
  readonly lines: readonly Formula[];
}

export interface StepFormulas {
  /** A forward step's equation. */
  readonly formula?: Formula;
  /** A backward step's ∂f/∂node (the sum of its terms at a fan-out). */
  readonly upstream?: Formula;
  /** A backward step's formulas per operand, parallel to the step's `locals`. */
  readonly locals: readonly LocalFormulas[];
  /** Every formula, one per line; `tex` and `text` join them. */
  readonly lines: readonly Formula[];
  readonly tex: string;
  readonly text: string;
  /** `text` is `textWord`'s word (the catalog's `engine.steps`), then `textBody`. */
  readonly textWord: StepWord;
  readonly textBody: string;
}

/** What formulas read of a view: its graph and its trace (values, gradients and rules). */
export interface ViewOf {
  readonly graph: Graph;
  readonly trace: Trace;
}

/** Several lines of TeX as one KaTeX-renderable block. */
export const joinTex = (lines: readonly string[]) =>
  lines.length === 1 ? lines[0] : `\\begin{gathered}${lines.join(' \\\\ ')}\\end{gathered}`;

const described = new WeakMap<object, StepFormulas>();

function finish(word: StepWord, lines: readonly Formula[], body: readonly Formula[], extra: Omit<StepFormulas, 'lines' | 'tex' | 'text' | 'textWord' | 'textBody'>): StepFormulas {
  const textBody = body.map((l) => l.text).join('; ');
  return Object.freeze({ ...extra, lines, tex: joinTex(lines.map((l) => l.tex)), text: stepText(word, textBody), textWord: word, textBody });
}

/** The formulas of step `step` of `view` (its reverse-mode schedule). */
export function describeStep(view: ViewOf, step: Step): StepFormulas {
  let d = described.get(step);
  if (!d) {
    d = step.kind === 'forward' ? describeForward(view, step) : describeBackward(view, step);
    described.set(step, d);
  }
  return d;
}

/** The forward equation of a gate with numbers, by the view's rules. */
function valueLine(view: ViewOf, node: GateNode): Formula {
  const { trace, graph } = view;
  const { rules } = trace;
  if (rules.kind === 'ops') return forwardFormula(node, graph.nodes, trace.values);
  const line = rules.lines[node.id] as Line;
  return lineFormula(node, line, lineValues(line, trace.values), graph.nodes);
}

function describeForward(view: ViewOf, step: ForwardStep): StepFormulas {
  const formula = valueLine(view, view.graph.nodes[step.node] as GateNode);
  return finish('forward', [formula], [formula], { formula, locals: [] });
}

function describeBackward(view: ViewOf, step: BackwardStep): StepFormulas {
  const { nodes } = view.graph;
  const output = nodes[view.graph.output];
  const node = nodes[step.node];
  const upstream = upstreamFormula(output, node, step.terms.map((t) => t.contribution), step.grad);
  const localOf = localWriter(view, node as GateNode);
  const locals = step.locals.map((l): LocalFormulas => {
    const { local, product } = localOf(l);
    const sum = l.fanOut && runningSumFormula(output, nodes[l.operand], l.fanOut.first, l.contribution, l.fanOut.k, l.fanOut.count, l.runningSum);
    return Object.freeze({ local, product, ...(sum && { sum }), lines: sum ? [local, product, sum] : [local, product] });
  });
  const body = [upstream, ...locals.flatMap((l) => (l.sum ? [l.product, l.sum] : [l.product]))];
  return finish('backward', [upstream, ...locals.flatMap((l) => l.lines)], body, { upstream, locals });
}

/** Per operand of `node`: its local partial and the chain-rule product, by the view's rules. */
function localWriter(view: ViewOf, node: GateNode): (l: LocalGrad) => { local: Formula; product: Formula } {
  const { graph, trace } = view;
  const { nodes } = graph;
  const output = nodes[graph.output];
  const upstream = trace.grads[node.id];
  const { rules } = trace;
  if (rules.kind === 'ops') {
    return (l) => ({
      local: localFormula(node, l.argIndex, nodes, l.localGrad),
      product: productFormula(output, node, l.argIndex, l.fanOut !== undefined, nodes, upstream, l.localGrad, l.contribution),
    });
  }
  const line = rules.lines[node.id] as Line;
  let partials: LinePartials | undefined;
  return (l) => {
    partials ??= linePartials(line, lineValues(line, trace.values), nodes, node, (name) => graph.names.has(name));
    return {
      local: partials.formula(l.argIndex, nodes[l.operand], l.localGrad),
      product: statementProduct(output, node, nodes[l.operand], l.fanOut !== undefined, upstream, l.localGrad, l.contribution, partials.partial(nodes[l.operand])),
    };
  };
}

/** The formulas of a forward-mode step of `sweep`: the seed, or a gate's value and tangent; the last adds ∂f/∂x. */
export function describeTangent(view: ViewOf, sweep: ForwardSchedule, step: TangentStep): StepFormulas {
  let d = described.get(step);
  if (d) return d;
  const { nodes, output } = view.graph;
  const node = nodes[step.node];
  const wrt = nodes[sweep.wrt];
  const lines = step.textWord === 'seed'
    ? [seedFormula(wrt)]
    : [valueLine(view, node as GateNode), tangentFormula(nodes, node as GateNode, step.terms, step.tangent)];
  if (step.result !== undefined) lines.push(finalTangentFormula(nodes[output], wrt, step.result));
  d = finish(step.textWord, lines, lines, { locals: [] });
  described.set(step, d);
  return d;
}
