import { describe, expect, it } from 'vitest';
import { checkGradients, evaluate, operationCounts } from '../index.ts';
import { compiled as build, CS231N } from '../../testing/fixtures.ts';

const SMOOTH = [
  CS231N,
  'w0 = 2\nx0 = -1\nw1 = -3\nx1 = -2\nw2 = -3\nf = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))',
  'w0 = 2\nx0 = -1\nw1 = -3\nx1 = -2\nw2 = -3\nf = sigmoid(w0*x0 + w1*x1 + w2)',
  'x = 0.7\ny = 1.3\nf = sin(x) * cos(y) + tanh(x*y) - log(y) / sqrt(x)',
  'a = 1.5\nb = -0.4\nf = a^b + pow(b*b + 1, a) + softplus(a - b) + tan(b)',
  'x = 3\nu = x * x\nv = u + x\nf = v * u - x',
  'y_true = 1\ny = 0.25\nloss = (y - y_true)^2 / 2',
];

describe('checkGradients', () => {
  it.each(SMOOTH)('agrees with backprop on %j', (source) => {
    const { graph, inputValues } = build(source);
    const checks = checkGradients(graph, inputValues);
    const trace = evaluate(graph, inputValues);
    expect(checks.map((c) => c.input)).toEqual([...graph.inputs]);
    for (const c of checks) {
      expect(c.backprop).toBe(trace.grads[c.input]);
      expect(c.error).toBeLessThan(1e-7);
      expect(c.numerical).toBeCloseTo(c.backprop, 6);
    }
  });

  it('names each input and leaves the values it was given untouched', () => {
    const { graph, inputValues } = build('x = -2\ny = 5\nf = x * y');
    const before = [...inputValues];
    const checks = checkGradients(graph, inputValues);
    expect(checks.map((c) => c.name)).toEqual(['x', 'y']);
    expect(checks.map((c) => c.backprop)).toEqual([5, -2]);
    expect([...inputValues]).toEqual(before);
  });

  it('measures its error relative to the larger gradient', () => {
    // f = 1000·x² at x = 1: ∂f/∂x = 2000; central differences are exact for a quadratic up to rounding
    const { graph, inputValues } = build('x = 1\nf = 1000 * x^2');
    const [c] = checkGradients(graph, inputValues);
    expect(c.backprop).toBe(2000);
    expect(c.error).toBeCloseTo(Math.abs(c.backprop - c.numerical) / 2000, 15);
  });

  it('shows a kink: at relu(0) backprop says 0, central differences say 1/2', () => {
    const { graph, inputValues } = build('x = 0\nf = relu(x)');
    const [c] = checkGradients(graph, inputValues);
    expect(c.backprop).toBe(0);
    expect(c.numerical).toBeCloseTo(0.5, 9);
  });
});

describe('operationCounts', () => {
  it('counts the CS231n graph: 2 gates, 4 edges, 3 inputs', () => {
    const counts = operationCounts(build(CS231N).graph);
    expect(counts).toEqual({
      inputs: 3,
      gates: 2,
      backprop: { forwardGates: 2, backwardTerms: 4, total: 6 },
      // a base pass plus (x ± h) for each of 3 inputs = 7 passes of 2 gates
      numerical: { forwardPasses: 7, total: 14 },
    });
  });

  it('counts every use of a fan-out name as its own edge', () => {
    const counts = operationCounts(build('x = 3\nf = x*x + x').graph);
    expect(counts.backprop).toEqual({ forwardGates: 2, backwardTerms: 4, total: 6 });
  });

  it('makes numerical differentiation the dearer method once there are many inputs', () => {
    const source = Array.from({ length: 50 }, (_, i) => `w${i} * x${i}`).join(' + ');
    const counts = operationCounts(build(source).graph);
    expect(counts.inputs).toBe(100);
    expect(counts.numerical.forwardPasses).toBe(201);
    expect(counts.numerical.total).toBeGreaterThan(50 * counts.backprop.total);
  });
});
