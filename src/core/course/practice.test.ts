import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../presets/index.ts';
import { analyzed, CS231N, idOf } from '../../testing/fixtures.ts';
import { forwardMode } from '../steps/forwardMode.ts';
import { diagnose, isRight, outcomeOf, parseAnswer, questionsForStep, questionsForTangent, tally, type Question } from './practice.ts';
import type { Analysis } from '../index.ts';
import { questionCount } from './questionCount.ts';

const value = (text: string) => {
  const r = parseAnswer(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false });

/** The questions of the step at node `name` in `phase`. */
function questions(a: Analysis, name: string, phase: 'forward' | 'backward'): Question[] {
  const step = a.schedule.steps.find((s) => s.kind === phase && s.node === idOf(a, name))!;
  return questionsForStep(a.trace, step);
}

describe('reading an answer', () => {
  it('accepts numbers and arithmetic with the language’s parser', () => {
    expect(value('-4')).toBe(-4);
    expect(value('−4')).toBe(-4); // U+2212, the minus sign the step panel prints
    expect(value('3/4')).toBe(0.75);
    expect(value('1e-3')).toBe(0.001);
    expect(value('2*3')).toBe(6);
    expect(value(' 2 × 3 ')).toBe(6);
    expect(value('-(1 - 0.25)')).toBe(-0.75);
  });
  it('answers bad entries with a message, never a throw', () => {
    for (const bad of ['', '   ', 'x', '2)', '((', 'q = 3', '1;2', '3 +', '#']) {
      const r = parseAnswer(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
    const r = parseAnswer('x');
    expect(!r.ok && r.message).toBe('Use numbers only: x is a name, not a number.');
  });
  it('counts an answer right within 1e-3 relative or as displayed', () => {
    expect(isRight(0.19661, 0.19661193324148185)).toBe(true);
    expect(isRight(0.1966, 0.19661193324148185)).toBe(true); // 6e-5 relative
    expect(isRight(0.196, 0.19661193324148185)).toBe(false); // 3e-3 relative
    expect(isRight(0, 0)).toBe(true);
    expect(isRight(1e-9, 0)).toBe(false);
  });
});

describe('naming the likely mistake', () => {
  const cs = analyzed(CS231N); // x = -2, y = 5, z = -4, q = x + y = 3, f = q·z = -12

  it('forgot the upstream gradient: at q = x + y, ∂f/∂x = ∂f/∂q · 1 = -4, answered 1', () => {
    const product = questions(cs, 'q', 'backward').find((q) => q.id.endsWith('product0'))!;
    expect(product.answer).toBe(-4);
    expect(diagnose(product, value('1'))).toBe('forgot-upstream');
  });

  it('used the wrong operand at a multiply: ∂f/∂q = z = -4, answered q = 3', () => {
    const local = questions(cs, 'f', 'backward').find((q) => q.id.endsWith('local0'))!;
    expect(local.answer).toBe(-4);
    expect(diagnose(local, value('3'))).toBe('wrong-operand');
  });

  it('didn’t add the fan-out terms: x = 2, y = 3, f = x·y + x gives ∂f/∂x = y + 1 = 4, answered 3', () => {
    const fan = analyzed('x = 2\ny = 3\nq = x * y\nf = q + x');
    const sum = questions(fan, 'x', 'backward').find((q) => q.kind === 'sum')!;
    expect(sum.answer).toBe(4);
    expect(diagnose(sum, value('3'))).toBe('missed-fanout');
    expect(diagnose(sum, value('1'))).toBe('missed-fanout');
  });

  it('used the value instead of the local gradient: σ(1) ≈ 0.73106 where σ(1)(1 − σ(1)) ≈ 0.19661 was asked', () => {
    // s = 2·(-1) + (-3)·(-2) + (-3) = -2 + 6 - 3 = 1
    const neuron = analyzed('w0 = 2\nx0 = -1\nw1 = -3\nx1 = -2\nw2 = -3\nf = sigmoid(w0*x0 + w1*x1 + w2)');
    const local = questions(neuron, 'f', 'backward').find((q) => q.kind === 'local')!;
    const sigma = 1 / (1 + Math.exp(-1));
    expect(local.answer).toBeCloseTo(sigma * (1 - sigma), 14);
    expect(diagnose(local, value('0.73106'))).toBe('value-not-local');
    expect(isRight(value('0.19661'), local.answer)).toBe(true);
  });

  it('sign slip: ∂f/∂z = q = 3, answered −3', () => {
    const local = questions(cs, 'f', 'backward').find((q) => q.id.endsWith('local1'))!;
    expect(local.answer).toBe(3);
    expect(diagnose(local, value('−3'))).toBe('sign-slip');
  });

  it('names nothing for an answer no mistake explains', () => {
    const local = questions(cs, 'f', 'backward').find((q) => q.id.endsWith('local1'))!;
    expect(diagnose(local, 17)).toBeNull();
  });

  it('never names a mistake that is also the right answer (upstream 1 at the output)', () => {
    const product = questions(cs, 'f', 'backward').find((q) => q.id.endsWith('product1'))!;
    // upstream ∂f/∂f = 1, so "forgot the upstream" would equal the right answer 3
    expect(diagnose(product, 3)).toBeNull();
  });
});

describe('questions on every preset', () => {
  it.each(PRESETS.map((p) => [p.id, p.source] as const))('%s: each question’s displayed answer counts as right and its TeX renders', (_id, source) => {
    const a = analyzed(source);
    for (const step of a.schedule.steps) {
      for (const q of questionsForStep(a.trace, step)) {
        expect(isRight(value(String(q.answer)), q.answer)).toBe(true);
        render(q.prompt.tex);
        render(q.hint.tex);
      }
    }
    for (const input of a.graph.inputs.slice(0, 2)) {
      const sweep = forwardMode(a.trace, input);
      for (const step of sweep.steps) for (const q of questionsForTangent(a.trace, step, input)) { render(q.prompt.tex); render(q.hint.tex); }
    }
  });
  it.each(PRESETS.map((p) => [p.id, p.source] as const))('%s: the app’s question count matches the questions written', (_id, source) => {
    const a = analyzed(source);
    for (const step of a.schedule.steps) expect(questionCount(step, a.graph.nodes)).toBe(questionsForStep(a.trace, step).length);
    const input = a.graph.inputs[0];
    for (const step of forwardMode(a.trace, input).steps) {
      expect(questionCount(step, a.graph.nodes)).toBe(questionsForTangent(a.trace, step, input).length);
    }
  });
  it('asks a fan-out’s sum first, then each local gradient and its product', () => {
    const fan = analyzed('x = 2\ny = 3\nq = x * y\nf = q + x');
    expect(questions(fan, 'x', 'backward').map((q) => q.kind)).toEqual(['sum']);
    expect(questions(fan, 'q', 'backward').map((q) => q.kind)).toEqual(['local', 'product', 'local', 'product']);
    expect(questions(fan, 'q', 'forward').map((q) => q.kind)).toEqual(['value']);
  });
});

describe('the score', () => {
  it('counts first-try, retried, hinted and revealed answers', () => {
    expect(outcomeOf({ wrong: 0, hints: 0, revealed: false })).toBe('first-try');
    expect(outcomeOf({ wrong: 2, hints: 0, revealed: false })).toBe('retried');
    expect(outcomeOf({ wrong: 1, hints: 1, revealed: false })).toBe('hinted');
    expect(outcomeOf({ wrong: 0, hints: 1, revealed: true })).toBe('revealed');
    expect(tally({ a: 'first-try', b: 'first-try', c: 'hinted', d: 'revealed' })).toEqual({ firstTry: 2, retried: 0, hinted: 1, revealed: 1 });
  });
});
