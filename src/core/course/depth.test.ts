import { describe, expect, it } from 'vitest';
import { distanceFromOutput, gradientByDepth } from './depth.ts';
import { analyzed, CS231N, idOf } from '../../testing/fixtures.ts';
import { deepChain } from '../../presets/index.ts';

describe('distance from the output', () => {
  it('counts the fewest edges to the output', () => {
    const a = analyzed(CS231N);
    const d = distanceFromOutput(a.graph);
    expect(['f', 'q', 'z', 'x', 'y'].map((n) => d[idOf(a, n)])).toEqual([0, 1, 1, 2, 2]);
  });

  it('takes the shorter way where a value fans out', () => {
    const a = analyzed('x = 2\nq = x * 3\nf = q + x');
    expect(distanceFromOutput(a.graph)[idOf(a, 'x')]).toBe(1);
  });
});

describe('gradient magnitude by depth', () => {
  it('shrinks at least fourfold per sigmoid on the deep chain', () => {
    const a = analyzed(deepChain('sigmoid'));
    const bars = gradientByDepth(a.graph, a.trace.grads);
    // f = h8 is an identity, then each layer is sigmoid(w·h): two gates, one σ′ ≤ 1/4 factor.
    const layer = (k: number) => Math.abs(a.trace.grads[idOf(a, `h${k}`)]);
    for (let k = 8; k > 1; k--) expect(layer(k - 1)).toBeLessThanOrEqual(layer(k) / 4);
    expect(bars[0].magnitude).toBe(1);
    expect(bars.every((b) => b.magnitude > 0)).toBe(true);
  });

  it('keeps the gradient whole along a relu chain with positive inputs', () => {
    const a = analyzed(deepChain('relu'));
    const bars = gradientByDepth(a.graph, a.trace.grads);
    // Every h_k has gradient 1 (relu′ = 1, w = 1); only w, shared by all eight layers, collects 8.
    for (let k = 1; k <= 8; k++) expect(a.trace.grads[idOf(a, `h${k}`)]).toBe(1);
    expect(bars.map((b) => b.magnitude)).toEqual(bars.map((b) => (b.nodes.includes('w') ? 8 : 1)));
  });

  it('lists the nodes at each distance', () => {
    const a = analyzed(CS231N);
    expect(gradientByDepth(a.graph, a.trace.grads)).toEqual([
      { depth: 0, magnitude: 1, nodes: ['f'] },
      { depth: 1, magnitude: 4, nodes: ['z', 'q'] },
      { depth: 2, magnitude: 4, nodes: ['x', 'y'] },
    ]);
  });
});
