/** Issue 20, "Practice": the local question at a gate writes the gate's expression on top, and the second hint gives the numbers. */
import { describe, expect, it } from 'vitest';
import { analyzed, CS231N, idOf } from '../../testing/fixtures.ts';
import { questionsForStep } from './practice.ts';

describe('practice at CS231n’s output node f = q · z', () => {
  const a = analyzed(CS231N);
  const step = a.schedule.steps.find((s) => s.kind === 'backward' && s.node === idOf(a, 'f'))!;
  const questions = questionsForStep(a.trace, step);
  const local = questions.find((q) => q.kind === 'local')!;

  it('asks the local gradient in gate notation, ∂(q·z)/∂q, not the total ∂f/∂q', () => {
    expect(local.prompt.text).toBe('∂(q * z)/∂q');
    expect(local.prompt.tex).toContain('\\partial (q \\cdot z)/\\partial q');
    expect(local.hint.tex).toMatch(/^\\partial \(q \\cdot z\)\/\\partial q = z/);
  });

  it('gives the numbers in the second hint: the operands’ values, and the upstream and local factors of a product', () => {
    expect(local.numbers?.text).toBe('q = 3, z = -4');
    const product = questions.find((q) => q.kind === 'product')!;
    expect(product.numbers?.text).toContain('= 1');
    expect(product.numbers?.text).toContain('= -4');
  });
});
