import { describe, expect, it } from 'vitest';
import { analyze, checkGradients } from '../core/index.ts';
import { PRESETS } from './index.ts';

describe('the presets', () => {
  it.each(PRESETS.map((p) => [p.title, p] as const))('%s: backprop agrees with central differences', (_t, preset) => {
    const result = analyze(preset.source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { graph, inputValues } = result.value;
    for (const check of checkGradients(graph, inputValues)) {
      expect(check.error, check.name).toBeLessThan(1e-6);
    }
  });

  it('gives the sigmoid neuron the same gradients whether σ is one gate or four', () => {
    const expanded = analyze(PRESETS.find((p) => p.id === 'neuron')!.source);
    const fused = analyze(PRESETS.find((p) => p.id === 'neuron-fused')!.source);
    if (!expanded.ok || !fused.ok) throw new Error('presets must compile');
    for (const name of ['w0', 'x0', 'w1', 'x1', 'w2']) {
      const a = expanded.value.trace.grads[expanded.value.graph.names.get(name)!];
      const b = fused.value.trace.grads[fused.value.graph.names.get(name)!];
      expect(a).toBeCloseTo(b, 12);
    }
  });

  it('shrinks the gradient by at least 4x per sigmoid in the deep chain', () => {
    const result = analyze(PRESETS.find((p) => p.id === 'sigmoid-chain')!.source);
    if (!result.ok) throw new Error('preset must compile');
    const { graph, trace } = result.value;
    const grad = (n: string) => trace.grads[graph.names.get(n)!];
    // ∂f/∂h_i = Π_{j>i} σ'(·)·w with w = 1 and σ' ≤ 1/4
    for (let i = 1; i < 8; i++) expect(Math.abs(grad(`h${i}`))).toBeLessThanOrEqual(Math.abs(grad(`h${i + 1}`)) / 4);
  });
});
