/**
 * A class question is one of practice mode's questions (core/course/practice.ts) at the step
 * the presenter is on, named by its id (`step:part`). The presenter and every student derive
 * the question itself from the lesson record they share, in their own language; only the id
 * and the answers (numbers) cross the wire. The presenter groups the answers by value and by
 * the named mistake practice already detects.
 */
import type { Analysis } from '../../core/index.ts';
import type { ForwardSchedule } from '../../core/steps/forwardMode.ts';
import { diagnose, isRight, questionsForStep, questionsForTangent, type MistakeKind, type PracticeWords, type Question } from '../../core/course/practice.ts';
import { formatNumber } from '../../core/index.ts';

/** The questions of step `index`: reverse mode's, or forward mode's tangent (`sweep` given). */
function questionsAt(analysis: Analysis, index: number, opTable: boolean, sweep: ForwardSchedule | null, words?: PracticeWords): Question[] {
  if (sweep) {
    const step = sweep.steps[index];
    return step ? questionsForTangent(analysis.trace, step, sweep.wrt, words) : [];
  }
  const step = analysis.schedule.steps[index];
  return step ? questionsForStep(analysis.trace, step, words ? { opTable, words } : { opTable }) : [];
}

/**
 * The question to ask the class at a step: the chain-rule product where the step has one (it
 * names the most mistakes: forgot the upstream gradient, wrong operand, wrong sign), else its
 * first question (in forward mode, the tangent); null when the step asks nothing (an input with
 * a single use, forward mode's seed).
 */
export function classQuestionId(analysis: Analysis, stepIndex: number, opTable: boolean, sweep: ForwardSchedule | null = null): string | null {
  const questions = questionsAt(analysis, stepIndex, opTable, sweep);
  return (questions.find((q) => q.kind === 'product') ?? questions[0])?.id ?? null;
}

/** The question an id names, in the reader's words; null if this program has no such question. */
export function classQuestion(analysis: Analysis, id: string, opTable: boolean, words: PracticeWords, sweep: ForwardSchedule | null = null): Question | null {
  return questionsAt(analysis, Number(id.split(':')[0]), opTable, sweep, words).find((q) => q.id === id) ?? null;
}

export type Verdict = 'right' | MistakeKind | 'other';

export interface ValueGroup {
  /** The value as the app shows numbers: answers that show alike are one group. */
  readonly text: string;
  readonly count: number;
  readonly verdict: Verdict;
}

export interface Grouped {
  readonly byValue: readonly ValueGroup[];
  /** Right, each named mistake, and the rest, with how many answers each; only those with answers. */
  readonly byVerdict: readonly { readonly verdict: Verdict; readonly count: number }[];
}

export function verdictOf(question: Question, answer: number): Verdict {
  return isRight(answer, question.answer) ? 'right' : diagnose(question, answer) ?? 'other';
}

/** The class's answers grouped, most frequent first (ties by value, so the list holds still). */
export function groupAnswers(question: Question, answers: readonly number[]): Grouped {
  const byText = new Map<string, { count: number; verdict: Verdict }>();
  const byVerdict = new Map<Verdict, number>();
  for (const a of answers) {
    const text = formatNumber(a);
    const verdict = verdictOf(question, a);
    const g = byText.get(text);
    byText.set(text, { count: (g?.count ?? 0) + 1, verdict: g?.verdict ?? verdict });
    byVerdict.set(verdict, (byVerdict.get(verdict) ?? 0) + 1);
  }
  const order = (a: { count: number }, b: { count: number }) => b.count - a.count;
  return {
    byValue: [...byText].map(([text, g]) => ({ text, ...g })).sort((a, b) => order(a, b) || a.text.localeCompare(b.text)),
    byVerdict: [...byVerdict].map(([verdict, count]) => ({ verdict, count })).sort(order),
  };
}
