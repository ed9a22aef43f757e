import { describe, expect, it } from 'vitest';
import { compile, evaluate } from '../src/core/index.ts';
import { checkGradients } from './cases.ts';
import { checkInput, roundingNoise } from './oracle.ts';

// Case 24528 of `npm run fuzz -- --cases 100000 --seed 987654` (replay seed 1012182): backprop
// is right (mpmath agrees to 15 digits) but σ(t)^(e^t) at t ≈ 23 loses ten digits to rounding,
// and a fixed-step difference read 42.2325.
const ILL_CONDITIONED = `x0 = 1.71
x1 = -0.71
t0 = pow((relu(2.4))*(relu(2.4)) + 0.5, x0)
t1 = t0
t2 = t1
tanh(sigmoid(t1)^(exp(t2))) + t2`;
const MPMATH = 42.22640484498143;

const setUp = (source: string) => {
  const r = compile(source);
  if (!r.ok) throw new Error(r.error.message);
  const { graph, inputValues } = r.value;
  return { graph, inputValues, grads: evaluate(graph, inputValues).grads };
};

describe('the fuzzer gradient oracle', () => {
  it('passes the ill-conditioned case 1012182, and confirms it rather than shrugging', () => {
    expect(checkGradients(ILL_CONDITIONED, 1012182)).toBeNull();
    const { graph, inputValues, grads } = setUp(ILL_CONDITIONED);
    expect(grads[graph.inputs[0]]).toBeCloseTo(MPMATH, 10);
    expect(checkInput(graph, inputValues, 0, MPMATH, 1012182)).toEqual({ ok: true, conclusive: true });
  });

  it('still catches a wrong gradient on that case: off by the old difference, or by 0.1%', () => {
    const { graph, inputValues } = setUp(ILL_CONDITIONED);
    expect(checkInput(graph, inputValues, 0, 42.2325, 1012182).ok).toBe(false);
    expect(checkInput(graph, inputValues, 0, MPMATH * 1.001, 1012182).ok).toBe(false);
  });

  it('measures rounding noise: tiny on a tame program, large where digits cancel', () => {
    const tame = setUp('x = 1.3; f = sin(x) * x');
    expect(roundingNoise(tame.graph, tame.inputValues, 1)).toBeLessThan(1e-14);
    const ill = setUp(ILL_CONDITIONED);
    expect(roundingNoise(ill.graph, ill.inputValues, 1)).toBeGreaterThan(1e-9);
  });

  it('rejects a wrong gradient on a tame program', () => {
    const { graph, inputValues } = setUp('x = 0.7; y = 2; f = exp(x) * y + x^3');
    const right = 2 * Math.exp(0.7) + 3 * 0.49;
    expect(checkInput(graph, inputValues, 0, right, 5)).toEqual({ ok: true, conclusive: true });
    expect(checkInput(graph, inputValues, 0, right * (1 + 1e-4), 5).ok).toBe(false);
  });
});
