import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../presets/index.ts';
import { analyzed, CS231N, gradOf, idOf, smoothProgram, texProgram, valueOf } from '../../testing/fixtures.ts';
import { forwardMode, forwardModeFor, passCounts } from './forwardMode.ts';
import { describeTangent } from './describe.ts';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, maxExpand: 200, maxSize: 20 });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('forward mode', () => {
  it('seeds ẋ = 1 and carries tangents through (x + y)·z: ∂f/∂x = z = -4', () => {
    const a = analyzed(CS231N);
    const sweep = forwardMode(a.trace, idOf(a, 'x'));
    // q̇ = 1·ẋ + 1·ẏ = 1; ḟ = z·q̇ + q·ż = -4·1 + 3·0 = -4 (ż is 0: z is not x)
    expect(sweep.steps.map((s) => s.tangent)).toEqual([1, 1, -4]);
    expect(sweep.gradient).toBe(-4);
    expect(describeTangent(a, sweep, sweep.steps[0]).tex).toBe('\\dot{x} = \\frac{\\partial x}{\\partial x} = 1');
    expect(describeTangent(a, sweep, sweep.steps[2]).lines.at(-1)?.text).toBe('∂f/∂x = df = -4');
    // with respect to z: q does not depend on z, so only f's second term: ḟ = q·ż = 3
    expect(forwardModeFor(a.trace, 'z')?.gradient).toBe(3);
    expect(forwardModeFor(a.trace, 'q')).toBeNull();
  });

  it('draws on each edge the term it carries forward', () => {
    const a = analyzed(CS231N);
    const sweep = forwardMode(a.trace, idOf(a, 'x'));
    const edge = (from: string, to: string) => a.graph.edges.find((e) => e.from === idOf(a, from) && e.to === idOf(a, to))!.id;
    expect(sweep.edgeTerms[edge('x', 'q')]).toBe(1);
    expect(sweep.edgeTerms[edge('y', 'q')]).toBe(0);
    expect(sweep.edgeTerms[edge('q', 'f')]).toBe(-4);
  });

  it.each(PRESETS.map((p) => [p.id, p.source] as const))('%s: every input’s tangent equals reverse mode’s gradient', (_id, source) => {
    const a = analyzed(source);
    for (const input of a.graph.inputs) {
      const sweep = forwardMode(a.trace, input);
      expect(close(sweep.gradient, a.trace.grads[input]), a.graph.nodes[input].text).toBe(true);
    }
  });

  it('equals reverse mode on random smooth programs', () => {
    fc.assert(fc.property(smoothProgram, (source) => {
      const a = analyzed(source);
      for (const input of a.graph.inputs) {
        const g = forwardMode(a.trace, input).gradient;
        const r = a.trace.grads[input];
        if (!Number.isFinite(r)) continue;
        expect(Math.abs(g - r)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r)));
      }
    }), { numRuns: 150 });
  });

  it('writes TeX that KaTeX renders for any program, NaN and overflow included', () => {
    fc.assert(fc.property(texProgram, (source) => {
      const a = analyzed(source);
      for (const input of a.graph.inputs) {
        const sweep = forwardMode(a.trace, input);
        for (const step of sweep.steps) render(describeTangent(a, sweep, step).tex);
      }
    }), { numRuns: 60 });
  });

  it('counts one pass per input forward, one per output in reverse: 23 vs 1 on the MLP', () => {
    const mlp = analyzed(PRESETS.find((p) => p.id === 'mlp-2321')!.source);
    // x1, x2, y_true, then W1 (6) + b1 (3) + W2 (6) + b2 (2) + W3 (2) + b3 (1) = 3 + 20 = 23
    expect(passCounts(mlp.graph)).toEqual({ forward: 23, reverse: 1 });
  });
});

describe('the survey preset: f = ln x₁ + x₁x₂ − sin x₂ at (2, 5)', () => {
  const a = analyzed(PRESETS.find((p) => p.id === 'survey')!.source);
  it('computes the primal trace', () => {
    // v1 = ln 2, v2 = 2·5 = 10, v3 = sin 5, v4 = ln 2 + 10, f = ln 2 + 10 − sin 5
    expect(valueOf(a, 'v1')).toBeCloseTo(Math.log(2), 14);
    expect(valueOf(a, 'v2')).toBe(10);
    expect(valueOf(a, 'v3')).toBeCloseTo(Math.sin(5), 14);
    expect(valueOf(a, 'f')).toBeCloseTo(Math.log(2) + 10 - Math.sin(5), 12);
    expect(valueOf(a, 'f')).toBeCloseTo(11.652, 3); // 0.6931 + 10 + 0.9589
  });
  it('has ∂f/∂x₁ = 1/x₁ + x₂ = 5.5 and ∂f/∂x₂ = x₁ − cos x₂ in both modes', () => {
    expect(gradOf(a, 'x1')).toBeCloseTo(0.5 + 5, 14);
    expect(gradOf(a, 'x2')).toBeCloseTo(2 - Math.cos(5), 14);
    expect(gradOf(a, 'x2')).toBeCloseTo(1.7163, 4); // 2 − 0.28366
    expect(forwardModeFor(a.trace, 'x1')?.gradient).toBeCloseTo(5.5, 14);
    // forward tangents for x₁: v̇1 = 1/2, v̇2 = ẋ1·x2 = 5, v̇3 = 0, v̇4 = 5.5, ḟ = 5.5
    expect(forwardModeFor(a.trace, 'x1')?.steps.map((s) => s.tangent)).toEqual([1, 0.5, 5, 0, 5.5, 5.5]);
    expect(forwardModeFor(a.trace, 'x2')?.gradient).toBeCloseTo(2 - Math.cos(5), 14);
  });
});
