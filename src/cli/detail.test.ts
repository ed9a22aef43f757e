import { describe, expect, it } from 'vitest';
import { run } from './main.ts';

const MLP_LINE = 'x1 = 1\nx2 = 2\nW = 0.5\nb = 0.1\nh = relu(W*x1 + W*x2 + b)\nJ = 0.5*(3 - h)^2';

function runCli(args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => '' });
  return { code, out, err };
}

describe('--detail on the command line', () => {
  it('steps through one node per line in the Statements view', () => {
    const { code, out } = runCli(['steps', MLP_LINE, '--detail', 'statements']);
    expect(code).toBe(0);
    const steps = JSON.parse(out).steps as { phase: string; node: string; tex: string }[];
    expect(steps.filter((s) => s.phase === 'forward').map((s) => s.node)).toEqual(['h', 'J']);
    // W is used twice in h's line: ∂h/∂W = 1[s > 0]·x1 + 1[s > 0]·x2 = 1·1 + 1·2 = 3
    const h = steps.find((s) => s.phase === 'backward' && s.node === 'h');
    expect(h?.tex).toContain('= 1 \\cdot 1 + 1 \\cdot 2 = 3');
  });

  it('defaults to Gates and draws fused gates expanded in the Primitives view', () => {
    const src = 'x = 1\nf = sigmoid(x)';
    const nodes = (detail?: string) =>
      (JSON.parse(runCli(['steps', src, ...(detail ? ['--detail', detail] : [])]).out).steps as { phase: string; node: string }[])
        .filter((s) => s.phase === 'forward').length;
    expect(nodes()).toBe(1);
    expect(nodes('gates')).toBe(1);
    expect(nodes('primitives')).toBe(4); // -x, exp, 1 + …, 1 / …
  });

  it('writes an explain handout in any view', () => {
    const { code, out } = runCli(['explain', MLP_LINE, '--detail', 'statements']);
    expect(code).toBe(0);
    expect(out).toContain('## Backward pass');
  });

  it('calls a bad view a usage error', () => {
    for (const args of [['steps', 'f = x', '--detail', 'lines'], ['explain', 'f = x', '--detail']]) {
      const { code, err } = runCli(args);
      expect(code).toBe(1);
      expect(err).toContain('--detail statements|gates|primitives');
    }
  });
});
