/**
 * "Hide numbers" (presenter mode, key H): the numbers the current step introduces show as a
 * blank, for asking the class; the next step reveals them (and blanks its own). Earlier steps'
 * numbers stay. The engine's records are never changed: the graph asks `stepBlanks` which of
 * its labels to blank, and the step panel renders `blankTex` / `blankText` of the engine's
 * formulas, which keep the symbolic parts of a chain and blank every number in its numeric
 * parts (`q = x + y = ? + ? = ?`).
 */
import type { Analysis, Formula, StepFormulas } from '../../core/index.ts';
import type { StepView } from '../graphState.ts';
import type { LessonView } from '../lessonView.ts';
import { layerToScalarStep } from '../layers/layersView.ts';

/** The blank, on the graph and in the formulas alike: a question to the room, readable at any size. */
export const BLANK = '?';
/** The same in TeX, braced so it spaces as a number does (`= ?`, not `=?`). */
export const BLANK_TEX = '{?}';

/** Which of the graph's labels the current step introduces. */
export interface Blanks {
  /** The node's value (its out-edges' value labels, the output stub, its tooltip). */
  value(node: number): boolean;
  /** The gradient term sent along this edge. */
  grad(edge: number): boolean;
  /** The node's own gradient (a fan-out's sum, the output stub's ∂, its tooltip). */
  nodeGrad(node: number): boolean;
}

const none = () => false;
export const NO_BLANKS: Blanks = { value: none, grad: none, nodeGrad: none };

/**
 * A forward step blanks the value it computes; a backward step the terms it sends to its
 * operands and the gradient it forms at its node. In forward mode (`tangents`) a step computes
 * a value and its tangent, drawn below the node's out-edges: both are blanked.
 */
export function stepBlanks(analysis: Analysis, view: StepView, tangents = false): Blanks {
  const current = view.current;
  if (current === null) return NO_BLANKS;
  if (tangents) {
    const { edges } = analysis.graph;
    return { value: (node) => node === current, grad: (edge) => edges[edge]?.from === current, nodeGrad: (node) => node === current };
  }
  if (view.phase === 'forward') return { value: (node) => node === current, grad: none, nodeGrad: none };
  if (view.phase === 'backward') {
    const { edges } = analysis.graph;
    return { value: none, grad: (edge) => edges[edge]?.to === current, nodeGrad: (node) => node === current };
  }
  return NO_BLANKS;
}

/**
 * A number as texNumber writes it, a power of ten included; not a subscript, a name's `^{(1)}`
 * or a constant exponent (`3^{2}`), but `e^{0.5}`'s argument is a number like any other.
 */
const TEX_NUMBER = /(?<![A-Za-z0-9._]|_\{|(?<!e)\^\{|\^\{\()-?\d+(?:\.\d+)?(?: \\times 10\^\{-?\d+\})?(?![0-9])/g;
const TEX_SPECIAL = /-?\\infty|\\text\{NaN\}/g;
/** What a numeric part may hold besides numbers: operators, brackets, spaces, matrices and the functions' names. */
const TEX_NOT_NAMES = /\\(?:begin|end)\{[bp]?matrix\}|\\\\|\\[,;:!]|\\(?:textstyle|sum|top)(?![A-Za-z])|\\operatorname\{[^}]*\}|\\(?:cdot|times|infty|left|right|frac|sqrt|log|sin|cos|tanh|tan|sigma|max|min|text\{NaN\})(?![A-Za-z])|\be(?=\^)/g;

/** Splits at the top-level `=` signs (never inside braces). */
function splitEquals(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '=' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const hasName = (part: string, notNames: RegExp) => /\p{L}|\\/u.test(part.replace(notNames, ''));

/** The engine's TeX with every number of its numeric parts blanked; its first part (the left side) and symbolic parts kept. */
export function blankTex(tex: string): string {
  return splitEquals(tex).map((part, i) => (i === 0 || hasName(part, TEX_NOT_NAMES)
    ? part
    : part.replace(TEX_SPECIAL, BLANK_TEX).replace(TEX_NUMBER, BLANK_TEX))).join('=');
}

const TEXT_NUMBER = /(?<![_A-Za-z0-9.⁰-⁹])[-−]?\d+(?:\.\d+)?(?:×10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?(?![0-9])|-?Infinity|NaN/g;
const TEXT_NOT_NAMES = /\b(?:Infinity|NaN|log|sin|cos|tanh|tan|sigmoid|relu|ReLU|softplus|max|min|sqrt|exp|abs)\b|σ|√/g;

/** The plain-text twin of `blankTex` (the fallback before KaTeX and the screen reader's summary). */
export function blankText(text: string): string {
  if (text.includes('; ')) return text.split('; ').map(blankText).join('; ');
  return text.split(' = ').map((part, i) => (i === 0 || hasName(part, TEXT_NOT_NAMES)
    ? part
    : part.replace(TEXT_NUMBER, BLANK))).join(' = ');
}

/** A formula of the engine's, as "Hide numbers" shows it: both its one-line and two-line forms blanked. */
export function blankFormula(f: Formula): Formula {
  return { tex: blankTex(f.tex), text: blankText(f.text), ...(f.split ? { split: [blankTex(f.split[0]), blankTex(f.split[1])] as const } : {}) };
}

/** A step's formulas as "Hide numbers" shows them (the engine's own record is never changed). */
export function blankStep(d: StepFormulas, hide = true): StepFormulas {
  if (!hide) return d;
  return {
    ...d,
    textBody: blankText(d.textBody),
    lines: d.lines.map(blankFormula),
    formula: d.formula && blankFormula(d.formula),
    upstream: d.upstream && blankFormula(d.upstream),
    locals: d.locals.map((l) => ({ ...l, local: blankFormula(l.local), product: blankFormula(l.product), ...(l.sum ? { sum: blankFormula(l.sum) } : {}) })),
  };
}

/**
 * The last step whose numbers the tables (the table view, the trace table) may show: the one
 * before the current step while practice conceals it or "Hide numbers" blanks it; in Layers, the
 * scalar step of that Layers step.
 */
export function tableStep(lesson: Pick<LessonView, 'step' | 'layers' | 'concealed'>, hidden: boolean): number {
  const through = lesson.concealed || hidden ? lesson.step - 1 : lesson.step;
  if (!lesson.layers) return through;
  return through < 0 ? -1 : layerToScalarStep(lesson.layers, through);
}
