import { describe, expect, it } from 'vitest';
import { analyze, checkGradients } from '../core/index.ts';
import { PRESETS } from './index.ts';
import { analyzed, gradOf, valueOf } from '../testing/fixtures.ts';

describe('the presets', () => {
  it.each(PRESETS.map((p) => [p.title, p] as const))('%s: backprop agrees with central differences', (_t, preset) => {
    const result = analyze(preset.source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { graph, inputValues } = result.value;
    const checks = checkGradients(graph, inputValues);
    expect(checks).toHaveLength(graph.inputs.length);
    for (const check of checks) {
      expect(check.error, check.name).toBeLessThan(1e-6);
    }
  });

  it('gives the sigmoid neuron the same gradients whether σ is one gate or four', () => {
    const expanded = analyzed(PRESETS.find((p) => p.id === 'neuron')!.source);
    const fused = analyzed(PRESETS.find((p) => p.id === 'neuron-fused')!.source);
    for (const name of ['w0', 'x0', 'w1', 'x1', 'w2']) {
      const a = gradOf(expanded, name);
      const b = gradOf(fused, name);
      expect(a).toBeCloseTo(b, 12);
    }
  });

  it('shrinks the gradient by at least 4x per sigmoid in the deep chain', () => {
    const chain = analyzed(PRESETS.find((p) => p.id === 'sigmoid-chain')!.source);
    const grad = (n: string) => gradOf(chain, n);
    // ∂f/∂h_i = Π_{j>i} σ'(·)·w with w = 1 and σ' ≤ 1/4
    for (let i = 1; i < 8; i++) expect(Math.abs(grad(`h${i}`))).toBeLessThanOrEqual(Math.abs(grad(`h${i + 1}`)) / 4);
  });

  it('computes the 2-3-2-1 MLP with the course post\'s parameters as derived by hand', () => {
    const mlp = analyzed(PRESETS.find((p) => p.id === 'mlp-2321')!.source);
    const value = (n: string) => valueOf(mlp, n);
    const grad = (n: string) => gradOf(mlp, n);
    // h1 = relu(W1·x + b1) = relu(0.1+0.4+0.1, 0.3+0.8+0.2, 0.5+1.2+0.3) = (0.6, 1.3, 2.0)
    expect([value('h1_1'), value('h1_2'), value('h1_3')].map((v) => +v.toFixed(12))).toEqual([0.6, 1.3, 2]);
    // h2 = relu(W2·h1 + b2) = (0.42+1.04+1.8+0.4, 0.6+1.43+2.4+0.5) = (3.66, 4.93)
    expect(value('h2_1')).toBeCloseTo(3.66, 12);
    expect(value('h2_2')).toBeCloseTo(4.93, 12);
    // y = 1.3·3.66 + 1.4·4.93 + 0.6 = 4.758 + 6.902 + 0.6 = 12.26; J = (3 − 12.26)²/2 = 85.7476/2
    expect(value('y_pred')).toBeCloseTo(12.26, 12);
    expect(value('J')).toBeCloseTo(42.8738, 10);
    // ∂J/∂y = 12.26 − 3 = 9.26; ∂J/∂W3 = 9.26·h2 = (33.8916, 45.6518); ∂J/∂h2 = 9.26·W3 = (12.038, 12.964)
    expect(grad('y_pred')).toBeCloseTo(9.26, 12);
    expect(grad('W3_11')).toBeCloseTo(33.8916, 10);
    expect(grad('W3_12')).toBeCloseTo(45.6518, 10);
    // every ReLU is active, so ∂J/∂b1 = W2ᵀ·∂J/∂h2 = (0.7·12.038 + 1.0·12.964, 0.8·… + 1.1·…, 0.9·… + 1.2·…)
    expect(grad('b1_1')).toBeCloseTo(21.3906, 10);
    expect(grad('b1_2')).toBeCloseTo(23.8908, 10);
    expect(grad('b1_3')).toBeCloseTo(26.391, 10);
  });

  it('gives the matrix-form MLP exactly the scalar MLP\'s numbers, to the last bit', () => {
    const scalar = analyzed(PRESETS.find((p) => p.id === 'mlp-2321')!.source);
    const matrix = analyzed(PRESETS.find((p) => p.id === 'mlp-2321-matrix')!.source);
    // The scalar preset writes x1, x2 and b3_1 where the matrix form has the entries x_1, x_2 and the scalar b3.
    const renamed: Record<string, string> = { x1: 'x_1', x2: 'x_2', b3_1: 'b3' };
    const names = scalar.graph.nodes.flatMap((n) => (n.name === undefined ? [] : [n.name]));
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) {
      const other = renamed[name] ?? name;
      expect(Object.is(valueOf(matrix, other), valueOf(scalar, name)), `${name} value`).toBe(true);
      expect(Object.is(gradOf(matrix, other), gradOf(scalar, name)), `${name} gradient`).toBe(true);
    }
    expect(PRESETS.findIndex((p) => p.id === 'mlp-2321-matrix')).toBe(PRESETS.findIndex((p) => p.id === 'mlp-2321') + 1);
  });

  it('gives the matrix-form 2-2-2 network exactly the scalar network\'s numbers', () => {
    const scalar = analyzed(PRESETS.find((p) => p.id === 'net-222')!.source);
    const matrix = analyzed(PRESETS.find((p) => p.id === 'net-222-matrix')!.source);
    const pairs: [string, string][] = [
      ['w11', 'W1_11'], ['w12', 'W1_12'], ['w21', 'W1_21'], ['w22', 'W1_22'], ['w31', 'W2_11'], ['w32', 'W2_12'], ['w41', 'W2_21'], ['w42', 'W2_22'],
      ['h1', 'h_1'], ['h2', 'h_2'], ['o1', 'o_1'], ['o2', 'o_2'], ['x1', 'x_1'], ['x2', 'x_2'], ['E', 'E'],
    ];
    for (const [a, b] of pairs) {
      expect(Object.is(valueOf(matrix, b), valueOf(scalar, a)), `${a} value`).toBe(true);
      expect(Object.is(gradOf(matrix, b), gradOf(scalar, a)), `${a} gradient`).toBe(true);
    }
  });
});
