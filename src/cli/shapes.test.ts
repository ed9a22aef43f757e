import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { cli, CS231N_VEC } from '../testing/cli.ts';


describe('the CLI with vectors and matrices', () => {
  it('adds shapes to grad, check and train only when the program has a vector or matrix', () => {
    const grad = JSON.parse(cli('grad', CS231N_VEC).out);
    expect(grad.shapes).toEqual({ W: [2, 2], x: [2], q: [2] });
    expect(Object.keys(grad.values)).toEqual(['W_11', 'W_12', 'W_21', 'W_22', 'x_1', 'x_2', 'q_1', 'q_2', 'f']);
    expect(JSON.parse(cli('check', CS231N_VEC).out).shapes).toEqual({ W: [2, 2], x: [2], q: [2] });
    expect(cli('grad', 'x = -2; y = 5; z = -4; q = x + y; f = q * z').out).toBe(
      '{"output":"f","value":-12,"values":{"x":-2,"y":5,"z":-4,"q":3,"f":-12},"gradients":{"x":-4,"y":-4,"z":3,"q":-4,"f":1},"warnings":[]}');
  });

  it('trains every entry of a matrix named in --params', () => {
    const r = JSON.parse(cli('train', CS231N_VEC, '--lr', '0.1', '--params', 'W').out);
    expect(Object.keys(r.params)).toEqual(['W_11', 'W_12', 'W_21', 'W_22']);
    // W ← W − 0.1·2q xᵀ: W_11 = 0.1 − 0.1·0.088
    expect(r.params.W_11).toBeCloseTo(0.1 - 0.0088, 14);
  });

  it('prints a shape error at the operator, naming both shapes (exit 2)', () => {
    const r = cli('grad', 'W1 = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]\nh = [1, 2, 3]\nf = sum(W1 @ h)');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ error: { message: '@ cannot multiply a 3×2 matrix by a vector of length 3: the matrix has 2 columns but the vector has 3 entries', line: 3, column: 12 } });
  });

  it('steps --detail layers: one step per statement, every tex rendering under throwOnError', () => {
    const r = JSON.parse(cli('steps', '--detail', 'layers', CS231N_VEC).out);
    expect(r.steps.map((s: { phase: string; node: string }) => `${s.phase} ${s.node}`)).toEqual(
      ['forward q', 'forward f', 'backward f', 'backward q', 'backward x', 'backward W']);
    for (const s of r.steps) expect(() => katex.renderToString(s.tex, { throwOnError: true })).not.toThrow();
    expect(cli('explain', '--detail', 'layers', CS231N_VEC).code).toBe(0);
    // With no vector or matrix, Layers is Statements.
    expect(cli('steps', '--detail', 'layers', 'x = 2; f = x * x').out).toBe(cli('steps', '--detail', 'statements', 'x = 2; f = x * x').out);
  });
});
