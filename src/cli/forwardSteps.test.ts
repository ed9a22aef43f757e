import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { run } from './main.ts';
import { CS231N } from '../testing/fixtures.ts';

function runCli(args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => '' });
  return { code, out, err };
}

describe('steps --mode forward --wrt NAME', () => {
  it('lists the seed, then each gate with its tangent, in the shape of `steps`', () => {
    const r = runCli(['steps', CS231N, '--mode', 'forward', '--wrt', 'x']);
    expect(r.code).toBe(0);
    const { steps } = JSON.parse(r.out) as { steps: { index: number; phase: string; node: string; tex: string; text: string }[] };
    expect(steps.map((s) => `${s.index} ${s.phase} ${s.node}`)).toEqual(['0 forward x', '1 forward q', '2 forward f']);
    for (const s of steps) expect(() => katex.renderToString(s.tex, { throwOnError: true })).not.toThrow();
    // ẋ = 1; q̇ = 1·ẋ + 1·ẏ = 1 (ẏ = 0 is not a term); ḟ = ∂f/∂q·q̇ = z·1 = -4
    expect(steps[1].tex).toContain('\\dot{q} = \\frac{\\partial q}{\\partial x} \\, \\dot{x} = 1 \\cdot 1 = 1');
    expect(steps[2].tex.endsWith('\\frac{\\partial f}{\\partial x} = \\dot{f} = -4\\end{gathered}')).toBe(true);
    expect(steps[2].text.endsWith('∂f/∂x = df = -4')).toBe(true);
  });

  it('says NaN where reverse mode does, with the same warning: the derivative of log at −1', () => {
    const program = 'x = -1\nf = log(x)';
    const forward = JSON.parse(runCli(['steps', program, '--mode', 'forward', '--wrt', 'x']).out) as { steps: { text: string }[]; warnings: string[] };
    const reverse = JSON.parse(runCli(['steps', program]).out) as { warnings: string[] };
    expect(forward.steps.at(-1)?.text.endsWith('= NaN')).toBe(true);
    expect(reverse.warnings).toEqual(['f is NaN at line 2, column 5: log(x) where x = -1']);
    expect(forward.warnings).toEqual(reverse.warnings);
  });

  it('differentiates by z: ḟ = q·ż = 3', () => {
    const r = runCli(['steps', '--mode', 'forward', '--wrt', 'z', CS231N]);
    const { steps } = JSON.parse(r.out) as { steps: { text: string }[] };
    expect(steps.at(-1)?.text.endsWith('= 3')).toBe(true);
  });

  it('is a usage error without --wrt, with --wrt in reverse mode, or for a name that is not an input', () => {
    for (const args of [['steps', CS231N, '--mode', 'forward'], ['steps', CS231N, '--wrt', 'x'], ['grad', CS231N, '--mode', 'forward', '--wrt', 'x'], ['steps', CS231N, '--mode', 'sideways']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/^usage: /);
    }
    const r = runCli(['steps', CS231N, '--mode', 'forward', '--wrt', 'q']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('--wrt q: not an input of this program (its inputs: x, y, z)');
  });
});
