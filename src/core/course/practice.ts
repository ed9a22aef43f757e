/**
 * Practice mode's engine: the questions a step asks before it tells, how an answer is read
 * (with the language's own parser, so `3/4`, `1e-3` and `2*3` work), when it counts as right,
 * and which likely mistake a wrong answer matches — each mistake's value computed from the
 * trace, not guessed. Pure data; the component only shows it.
 */
import type { Trace } from '../engine/evaluate.ts';
import type { TangentStep } from '../steps/forwardMode.ts';
import { dotTex, dotText, tangentMeaning } from '../tex/forwardTex.ts';
import { buildGraph } from '../engine/graph.ts';
import { evaluate } from '../engine/evaluate.ts';
import { hints, patterns } from '../../i18n/en/engine.ts';
import { say, type Said } from '../language/message.ts';
import { parse } from '../language/parser.ts';
import { expressionHint, localHint, nodeName, partialOf, productPrompt, sumHint } from '../tex/practiceTex.ts';
import type { Step } from '../steps/schedule.ts';
import { localPartial, type Formula } from '../tex/stepTex.ts';
import { formatNumber, texNumber } from '../tex/tex.ts';
import type { GateNode, GraphNode } from '../types.ts';

// ---- reading an answer ------------------------------------------------------------------------

export type Answer = { readonly ok: true; readonly value: number } | ({ readonly ok: false } & Said);

const SPECIAL: Readonly<Record<string, number>> = { nan: NaN, infinity: Infinity, '∞': Infinity, '-infinity': -Infinity, '-∞': -Infinity };

/** `-4`, `−4`, `3/4`, `1e-3`, `2*3`, `2×3`, `pi/2`: a number or arithmetic on numbers. */
export function parseAnswer(raw: string): Answer {
  const text = raw.trim().replace(/\u2212/g, '-').replace(/[×·]/g, '*').replace(/÷/g, '/').replace(/,(?=\d{3}\b)/g, '');
  if (text === '') return { ok: false, ...say('answerEmpty') };
  if (text.toLowerCase() in SPECIAL) return { ok: true, value: SPECIAL[text.toLowerCase()] };
  if (/[=;#\n]/.test(text)) return { ok: false, ...say('answerOneNumber') };
  const parsed = parse(text);
  if (!parsed.ok) return { ok: false, ...say('answerNotNumber', parsed.error.ref) };
  const built = buildGraph(parsed.value);
  if (!built.ok) return { ok: false, ...say('answerNotNumber', built.error.ref) };
  const { graph } = built.value;
  if (graph.inputs.length > 0) {
    return { ok: false, ...say('answerName', graph.nodes[graph.inputs[0]].text) };
  }
  const value = evaluate(graph, []).values[graph.output];
  return { ok: true, value };
}

/** Within 1e-3 relative, or the same as the value is displayed (5 significant digits). */
export function isRight(answer: number, expected: number): boolean {
  if (formatNumber(answer) === formatNumber(expected)) return true;
  if (!Number.isFinite(answer) || !Number.isFinite(expected)) return false;
  return Math.abs(answer - expected) <= 1e-3 * Math.abs(expected);
}

// ---- questions --------------------------------------------------------------------------------

export type QuestionKind = 'value' | 'local' | 'product' | 'sum' | 'tangent';
/** The likely mistakes a wrong answer can match: keys the view turns into words. */
export type MistakeKind = 'forgot-upstream' | 'wrong-operand' | 'missed-fanout' | 'value-not-local' | 'sign-slip';


export interface Mistake {
  readonly kind: MistakeKind;
  readonly value: number;
}

export interface Question {
  /** `step:part`, stable for a program: where the score keeps this question's outcome. */
  readonly id: string;
  readonly kind: QuestionKind;
  /** What to compute, in symbols. */
  readonly prompt: Formula;
  readonly answer: number;
  /** First hint: the symbolic rule (the op table's local derivative for a local gradient). */
  readonly hint: Formula;
  /** Second hint: the gate pattern, and the numbers the rule takes (`q = 3, z = −4`). */
  readonly pattern: string;
  readonly numbers?: Formula;
  /** Likely wrong answers, most specific first. */
  readonly mistakes: readonly Mistake[];
}

/**
 * The words around the formulas of hints and the gate patterns: a catalog's `engine.hints` and
 * `engine.patterns` (English by default, as the CLI and the tests read them).
 */
export interface PracticeWords {
  readonly hints: { readonly [K in keyof typeof hints]: string };
  readonly patterns: { readonly [K in keyof typeof patterns]: string };
}
const ENGLISH: PracticeWords = { hints, patterns };
const texText = (words: string) => `\\text{${words}}`;

/**
 * The questions of a reverse-mode step: the value; or the sum at a fan-out, then per operand
 * its local gradient and the product. `opTable: false` for views whose nodes are whole lines.
 */
export function questionsForStep(trace: Trace, step: Step, { opTable = true, words = ENGLISH }: { opTable?: boolean; words?: PracticeWords } = {}): Question[] {
  const { hints: w, patterns: pattern } = words;
  // A Statements node is a whole line: no single op-table entry gives its formula or partials.
  const linePattern = pattern.line;
  const { graph, values, grads } = trace;
  const { nodes } = graph;
  const output = nodes[graph.output];
  const node = nodes[step.node];
  const id = (part: string) => `${step.index}:${part}`;
  if (step.kind === 'forward') {
    const gate = node as GateNode;
    return [{
      id: id('value'), kind: 'value', prompt: nodeName(gate), answer: step.value,
      hint: opTable ? expressionHint(gate, nodes) : { tex: `${gate.label} = ${texText(w.evaluateLine)}`, text: w.evaluateLineShort },
      pattern: opTable ? pattern[gate.op] : linePattern,
      numbers: valuesOf(gate.args, nodes, values),
      mistakes: [{ kind: 'sign-slip', value: -step.value }],
    }];
  }
  const questions: Question[] = [];
  if (step.terms.length > 1) {
    questions.push({
      id: id('sum'), kind: 'sum', prompt: partialOf(output, node), answer: step.grad,
      hint: sumHint(output, node, step.terms.map((t) => nodes[t.consumer])), pattern: pattern.branch,
      numbers: listed(step.terms.map((t) => ({ tex: texNumber(t.contribution), text: formatNumber(t.contribution) }))),
      mistakes: [...step.terms.map((t) => ({ kind: 'missed-fanout' as const, value: t.contribution })), { kind: 'sign-slip', value: -step.grad }],
    });
  }
  if (node.kind !== 'gate') return questions;
  const upstream = grads[node.id];
  const isMul = opTable && node.op === 'mul' && node.args.length === 2;
  for (const l of step.locals) {
    const operandValue = values[l.operand];
    // What a student writes when they slip: the operand itself at a multiply (the swap missed),
    // the gate's own output, or the operand's value, in place of the local gradient.
    const wrongLocals: Mistake[] = [
      ...(isMul ? [{ kind: 'wrong-operand' as const, value: operandValue }] : []),
      { kind: 'value-not-local', value: values[node.id] },
      ...(isMul ? [] : [{ kind: 'value-not-local' as const, value: operandValue }]),
    ];
    questions.push({
      // The gate's own expression on top, ∂(q·z)/∂q, as the step panel writes a local partial (∂f/∂q is the total).
      id: id(`local${l.argIndex}`), kind: 'local', prompt: opTable ? localPartial(node, l.argIndex, nodes) : partialOf(node, nodes[l.operand]), answer: l.localGrad,
      hint: opTable ? localHint(node, l.argIndex, nodes, w.seeFormula) : { tex: `${partialOf(node, nodes[l.operand]).tex} = ${texText(w.chainThroughLine)}`, text: w.chainThroughLineShort },
      pattern: opTable ? pattern[node.op] : linePattern,
      numbers: valuesOf(node.args, nodes, values),
      mistakes: [...wrongLocals, { kind: 'sign-slip', value: -l.localGrad }],
    });
    questions.push({
      id: id(`product${l.argIndex}`), kind: 'product', prompt: productPrompt(output, node, nodes[l.operand]), answer: l.contribution,
      hint: { tex: `${texText(w.upstream)} \\cdot ${texText(w.local)} = ${productPrompt(output, node, nodes[l.operand]).tex}`, text: `${w.upstream} · ${w.local}` },
      pattern: opTable ? pattern[node.op] : linePattern,
      numbers: listed([
        { tex: `${partialOf(output, node).tex} = ${texNumber(upstream)}`, text: `${partialOf(output, node).text} = ${formatNumber(upstream)}` },
        { tex: `${texText(w.local)} = ${texNumber(l.localGrad)}`, text: `${w.local} = ${formatNumber(l.localGrad)}` },
      ]),
      mistakes: [
        { kind: 'forgot-upstream', value: l.localGrad },
        ...wrongLocals.map((m) => ({ kind: m.kind, value: upstream * m.value })),
        { kind: 'sign-slip', value: -l.contribution },
      ],
    });
  }
  return questions;
}

/** The question of a forward-mode step: the tangent v̇ (the seed asks nothing). */
export function questionsForTangent(trace: Trace, step: TangentStep, wrt: number, words = ENGLISH): Question[] {
  const { nodes } = trace.graph;
  const node = nodes[step.node];
  if (node.kind !== 'gate') return [];
  const meaning = tangentMeaning(node, nodes[wrt]);
  const rule = step.terms.map((t) => `${partialOf(node, nodes[t.operand]).tex} \\, ${dotTex(nodes[t.operand])}`).join(' + ') || '0';
  return [{
    id: `${step.index}:tangent`, kind: 'tangent',
    prompt: { tex: `${dotTex(node)} = ${meaning.tex}`, text: `${dotText(node)} = ${meaning.text}` },
    answer: step.tangent,
    hint: { tex: `${dotTex(node)} = ${rule}`, text: words.hints.sumOfTangents },
    pattern: words.patterns.tangent,
    mistakes: [
      ...(step.terms.length > 1 ? step.terms.map((t) => ({ kind: 'missed-fanout' as const, value: t.contribution })) : []),
      ...step.terms.map((t) => ({ kind: 'value-not-local' as const, value: trace.values[node.id] * t.tangent })),
      { kind: 'sign-slip', value: -step.tangent },
    ],
  }];
}

/** The likely mistake a wrong answer matches, or null; never one that is also the right answer. */
export function diagnose(question: Question, answer: number): MistakeKind | null {
  const found = question.mistakes.find((m) => !isRight(m.value, question.answer) && isRight(answer, m.value));
  return found ? found.kind : null;
}

// ---- the score --------------------------------------------------------------------------------

export type Outcome = 'first-try' | 'retried' | 'hinted' | 'revealed';

export interface Score {
  readonly firstTry: number;
  readonly retried: number;
  readonly hinted: number;
  readonly revealed: number;
}

/** How a resolved question counts: revealed beats hinted beats retried. */
export function outcomeOf(attempts: { wrong: number; hints: number; revealed: boolean }): Outcome {
  if (attempts.revealed) return 'revealed';
  if (attempts.hints > 0) return 'hinted';
  return attempts.wrong > 0 ? 'retried' : 'first-try';
}

export function tally(outcomes: Readonly<Record<string, Outcome>>): Score {
  const score = { firstTry: 0, retried: 0, hinted: 0, revealed: 0 };
  for (const o of Object.values(outcomes)) {
    if (o === 'first-try') score.firstTry++;
    else if (o === 'retried') score.retried++;
    else if (o === 'hinted') score.hinted++;
    else score.revealed++;
  }
  return score;
}

/** `a = 3, b = −4`: the values of a gate's operands (each once), for the second hint. */
function valuesOf(args: readonly number[], nodes: readonly GraphNode[], values: ArrayLike<number>): Formula {
  const distinct = [...new Set(args)].filter((a) => nodes[a].kind !== 'const');
  return listed(distinct.map((a) => ({ tex: `${nodes[a].label} = ${texNumber(values[a])}`, text: `${nodes[a].text} = ${formatNumber(values[a])}` })));
}

const listed = (parts: readonly Formula[]): Formula => ({ tex: parts.map((p) => p.tex).join(',\\quad '), text: parts.map((p) => p.text).join(', ') });
