import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Evaluator } from '../engine/evaluate.ts';
import { gradCheck, gradientCost, relativeError, withinTolerance, costAt } from './gradcheck.ts';
import { compiled, CS231N, smoothProgram } from '../../testing/fixtures.ts';
import { PRESETS } from '../../presets/index.ts';

describe('the gradient check', () => {
  it('agrees with backprop away from kinks on random smooth programs', () => {
    // Kinks (relu, abs, max, min) are left out: there the check may honestly fail (next tests).
    const smooth = smoothProgram.filter((source) => !/relu|abs|max|min/.test(source));
    fc.assert(fc.property(smooth, (source) => {
      const c = compiled(source);
      const ev = new Evaluator(c.graph, c.inputValues);
      ev.forward();
      // Overflow (∞ − ∞ is NaN) and functions that turn over faster than h resolves are not what
      // this property is about: beyond |∂f/∂x| = 10³ the two samples of a difference can alias.
      fc.pre(ev.values.every((v) => Number.isFinite(v) && Math.abs(v) < 1e8));
      for (const row of gradCheck(c.graph, c.inputValues).inputs) {
        if (Math.abs(row.backprop) > 1e3) continue;
        expect(row.ok, `${source}\n${row.name}: backprop ${row.backprop}, numeric ${row.numeric}`).toBe(true);
      }
    }), { numRuns: Number(process.env.GRADCHECK_RUNS ?? 300) });
  });

  it('passes every input of the CS231n example', () => {
    const c = compiled(CS231N);
    const report = gradCheck(c.graph, c.inputValues);
    expect(report.inputs.map((r) => [r.name, r.backprop, r.ok])).toEqual([['x', -4, true], ['y', -4, true], ['z', 3, true]]);
    expect(report.inputs.map((r) => r.numeric)).toEqual(report.inputs.map((r) => expect.closeTo(r.backprop, 8)));
  });

  it('fails at relu’s kink: backprop says 0 there, central differences see half the slope', () => {
    const c = compiled('x = 0\nf = relu(x)');
    const [row] = gradCheck(c.graph, c.inputValues).inputs;
    // (relu(h) − relu(−h)) / 2h = h / 2h = 0.5, against the convention relu′(0) = 0.
    expect(row).toMatchObject({ backprop: 0, ok: false, relError: 1 });
    expect(row.numeric).toBeCloseTo(0.5, 12);
  });

  it('uses the h it is given', () => {
    const c = compiled('x = 1\nf = x^3');
    // (1.1³ − 0.9³)/0.2 = (1.331 − 0.729)/0.2 = 3.01 against 3x² = 3.
    const [row] = gradCheck(c.graph, c.inputValues, 0.1).inputs;
    expect(row.numeric).toBeCloseTo(3.01, 12);
    expect(row.ok).toBe(false); // |3 − 3.01| = 0.01 > 1e-5 + 1e-3·3.01
  });
});

describe('relative error and tolerance', () => {
  it('follow LANGUAGE.md', () => {
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(2, 1)).toBe(0.5);
    expect(relativeError(-1, 1)).toBe(2);
    expect(withinTolerance(1, 1 + 1e-3)).toBe(true); // 1e-3 ≤ 1e-5 + 1e-3·1.001
    expect(withinTolerance(0, 2e-5)).toBe(false); // 2e-5 > 1e-5 + 2e-8
    expect(withinTolerance(NaN, 1)).toBe(false);
  });
});

describe('the cost of a gradient', () => {
  it('is 1 forward + 1 backward pass for backprop and 2k forward passes for k inputs', () => {
    const c = compiled(CS231N); // 3 inputs, 2 gates (add, multiply), 4 edges
    expect(gradientCost(c.graph)).toEqual({
      backprop: { forwardPasses: 1, backwardPasses: 1, gateEvaluations: 2, localDerivatives: 4 },
      numeric: { forwardPasses: 6, backwardPasses: 0, gateEvaluations: 12, localDerivatives: 0 },
    });
  });

  it('grows linearly for backprop and quadratically for differences as the parameters grow', () => {
    const cost = gradientCost(compiled(CS231N).graph);
    const small = costAt(cost, 3, 1e3);
    const big = costAt(cost, 3, 1e6);
    expect(big.backprop / small.backprop).toBeCloseTo(1e3, 6);
    expect(big.numeric / small.numeric).toBeCloseTo(1e6, 6);
  });
});

describe('the gradient check on the worked examples', () => {
  it.each(PRESETS.map((p) => [p.id, p.source] as const))('passes every input of %s (no input sits on a kink)', (_id, source) => {
    const c = compiled(source);
    const report = gradCheck(c.graph, c.inputValues);
    expect(report.inputs.filter((r) => !r.ok)).toEqual([]);
  });
});
