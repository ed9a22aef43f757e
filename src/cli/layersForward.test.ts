import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { cli, CS231N_VEC } from '../testing/cli.ts';


describe('steps --detail layers --mode forward --wrt NAME', () => {
  it('prints one step per statement with its tangent in its own shape, every tex rendering under throwOnError', () => {
    const r = cli('steps', '--detail', 'layers', '--mode', 'forward', '--wrt', 'x_1', CS231N_VEC);
    expect(r.code).toBe(0);
    const { steps, warnings } = JSON.parse(r.out);
    expect(warnings).toEqual([]);
    expect(steps.map((s: { node: string; phase: string; index: number }) => [s.index, s.phase, s.node])).toEqual([[0, 'forward', 'q'], [1, 'forward', 'f']]);
    // By hand: q̇ = W ẋ = W [1, 0] = [0.1, −0.3]; ḟ = Σ 2q ⊙ q̇ = 2(0.22·0.1 − 0.26·0.3) = −0.112.
    expect(steps[0].tex).toContain('= \\begin{bmatrix} 0.1 \\\\ -0.3 \\end{bmatrix}');
    expect(steps[1].tex.endsWith('= -0.112')).toBe(true);
    expect(steps[1].text).toBe('Tangent: ∂f/∂x_1');
    for (const s of steps) expect(() => katex.renderToString(s.tex, { throwOnError: true, displayMode: true })).not.toThrow();
  });

  it('names the inputs when --wrt is not one (exit 1); a program with no vector or matrix sweeps as before', () => {
    const bad = cli('steps', '--detail', 'layers', '--mode', 'forward', '--wrt', 'x', CS231N_VEC);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--wrt x: not an input of this program (its inputs: W_11, W_12, W_21, W_22, x_1, x_2)');
    const scalar = 'x = 2; f = x * x';
    expect(cli('steps', '--detail', 'layers', '--mode', 'forward', '--wrt', 'x', scalar).out)
      .toBe(cli('steps', '--mode', 'forward', '--wrt', 'x', scalar).out);
  });
});
