/**
 * The CLI as its tests call it: `run` with its output caught (test-only, like fixtures.ts), and
 * CS231n's vectorised example, f = sum((W @ x)^2), which several of them run.
 */
import { run } from '../cli/main.ts';

export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => '' });
  return { code, out, err };
}

export const CS231N_VEC = 'W = [[0.1, 0.5], [-0.3, 0.8]]; x = [0.2, 0.4]; q = W @ x; f = sum(q^2)';
