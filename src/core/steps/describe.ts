/**
 * A step's formulas: what the step panel, the CLI and the handout show of a step record.
 * Step records are plain numbers; their TeX and text are written here, on demand, by the
 * view's rules, and kept per step (TeX is most of what a step costs, and the app shows one).
 */
import type { Analysis } from '../index.ts';
import type { Formula } from '../tex/stepTex.ts';
import type { StepWord } from '../language/message.ts';
import type { Step } from './schedule.ts';

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

/** The formulas of step `step` of `view` (reverse mode's schedule). */
export function describeStep(_view: Pick<Analysis, 'graph' | 'trace'>, step: Step): StepFormulas {
  if (step.kind === 'forward') {
    return { formula: step.formula, locals: [], lines: step.lines, tex: step.tex, text: step.text, textWord: step.textWord, textBody: step.textBody };
  }
  return {
    upstream: step.upstream, locals: step.locals.map((l) => ({ local: l.local, product: l.product, sum: l.sum, lines: l.lines })),
    lines: step.lines, tex: step.tex, text: step.text, textWord: step.textWord, textBody: step.textBody,
  };
}
