import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVATIONS } from './activations.ts';

const xs = fc.double({ min: -20, max: 20, noNaN: true });

describe('the activation chart’s derivatives', () => {
  it('σ′ peaks at 0.25 at x = 0 (σ(0) = ½, σ′ = σ(1 − σ) = ¼), and never exceeds it', () => {
    const { df, peak } = ACTIVATIONS.sigmoid;
    expect(df(0)).toBe(0.25);
    expect(peak).toMatchObject({ x: 0, value: 0.25 });
    fc.assert(fc.property(xs, (x) => df(x) <= 0.25));
  });

  it('tanh′ peaks at 1 at x = 0', () => {
    const { df, peak } = ACTIVATIONS.tanh;
    expect(df(0)).toBe(1);
    expect(peak).toMatchObject({ x: 0, value: 1 });
    fc.assert(fc.property(xs, (x) => df(x) <= 1));
  });

  it('ReLU′ is 1 for x > 0 and 0 below', () => {
    const { df } = ACTIVATIONS.relu;
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 20, noNaN: true }), (x) => df(x) === 1 && df(-x) === 0));
  });

  it('softplus′ is σ', () => {
    fc.assert(fc.property(xs, (x) => Math.abs(ACTIVATIONS.softplus.df(x) - ACTIVATIONS.sigmoid.f(x)) < 1e-15));
  });
});
