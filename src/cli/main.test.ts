import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import katex from 'katex';
import { run } from './main.ts';
import { CS231N } from '../testing/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface Ran { code: number; out: string; err: string }

/** The real command, as a student types it: a new process through npm. */
function spawnCli(args: string[], stdin?: string): Promise<Ran> {
  return new Promise((done) => {
    const child = execFile('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, timeout: 60_000 }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err });
    });
    child.stdin?.end(stdin ?? '');
  });
}

/** The same command in this process: what most tests use, since a process costs about a second. */
function runCli(args: string[], stdin = ''): Ran {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => stdin });
  return { code, out, err };
}

describe('the real command line', () => {
  // Three processes, started together.
  let grad: Ran;
  let error: Ran;
  let fromStdin: Ran;
  beforeAll(async () => {
    [grad, error, fromStdin] = await Promise.all([
      spawnCli(['grad', CS231N]),
      spawnCli(['grad', 'f = x * y +']),
      spawnCli(['steps', '--file', '-'], 'x = 3 # from stdin\nf = x*x\n'),
    ]);
  }, 120_000);

  it("prints LANGUAGE.md's grad example exactly and exits 0", () => {
    expect(grad.code).toBe(0);
    expect(JSON.parse(grad.out)).toEqual({
      output: 'f',
      value: -12,
      values: { x: -2, y: 5, z: -4, q: 3, f: -12 },
      gradients: { x: -4, y: -4, z: 3, q: -4, f: 1 },
      warnings: [],
    });
    expect(Object.keys(JSON.parse(grad.out).values)).toEqual(['x', 'y', 'z', 'q', 'f']);
    expect(grad.out.trim().split('\n')).toHaveLength(1);
  });

  it("prints LANGUAGE.md's error example and exits 2", () => {
    expect(error.code).toBe(2);
    expect(JSON.parse(error.out)).toEqual({ error: { message: "expected an expression after '+'", line: 1, column: 12 } });
  });

  it('reads the program from stdin with --file -', () => {
    expect(fromStdin.code).toBe(0);
    const { steps } = JSON.parse(fromStdin.out);
    expect(steps.map((s: { phase: string; node: string }) => `${s.phase} ${s.node}`)).toEqual(['forward f', 'backward f', 'backward x']);
  });
});

describe('grad', () => {
  it('reports the true gradient of every name, including lines that depend on no input', () => {
    // f = c·x with c = sin(1.5): ∂f/∂c = x = 2, ∂f/∂x = c = sin(1.5), ∂f/∂f = 1
    const out = JSON.parse(runCli(['grad', 'x = 2; c = sin(1.5); f = c * x']).out);
    expect(out.gradients).toEqual({ x: Math.sin(1.5), c: 2, f: 1 });
    // k = 1 + 2 = 3, c = π, y = --3 = 3; f = k·c + y: ∂f/∂k = c = π, ∂f/∂c = k = 3, ∂f/∂y = 1
    const consts = JSON.parse(runCli(['grad', 'k = 1 + 2; c = pi; y = --3; f = k * c + y']).out);
    expect(consts.gradients).toEqual({ k: Math.PI, c: 3, y: 1, f: 1 });
    expect(consts.warnings).toEqual(['no input affects the output: its gradient reaches only the named lines it uses']);
  });

  it('writes non-finite numbers as the strings "NaN", "Infinity" and "-Infinity"', () => {
    const nan = JSON.parse(runCli(['grad', 'x = -1\nf = log(x)']).out);
    expect(nan.value).toBe('NaN');
    expect(nan.gradients).toEqual({ x: 'NaN', f: 1 }); // log is undefined at -1, and so is its derivative
    expect(nan.warnings).toEqual(['f is NaN at line 2, column 5: log(x) where x = -1']);
    const inf = JSON.parse(runCli(['grad', 'x = 0\npos = 1 / x\nneg = -pos']).out);
    expect(inf.values).toEqual({ x: 0, pos: 'Infinity', neg: '-Infinity' });
    expect(inf.gradients.x).toBe('Infinity'); // ∂(-1/x)/∂x = 1/x² at 0
  });

  it('keeps full double precision', () => {
    const out = JSON.parse(runCli(['grad', 'x = 1\nf = sigmoid(x)']).out);
    expect(out.value).toBe(1 / (1 + Math.exp(-1)));
  });

  it('lists default inputs in the warnings', () => {
    const out = JSON.parse(runCli(['grad', 'f = a * 2']).out);
    expect(out.values).toEqual({ a: 1, f: 2 });
    expect(out.warnings).toEqual(['a is used but never given a value, so it is an input with the default value 1']);
  });

  it('reads a program file with --file PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chainrule-cli-'));
    try {
      const path = join(dir, 'cs231n.cr');
      writeFileSync(path, `# CS231n\n${CS231N}\n`);
      const r = runCli(['grad', '--file', path]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).gradients).toEqual({ x: -4, y: -4, z: 3, q: -4, f: 1 });
      const missing = runCli(['grad', '--file', join(dir, 'nope.cr')]);
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('cannot read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints usage and exits 1 for an unknown command, a missing program or an unknown format', () => {
    for (const args of [['gradient', 'x'], ['grad'], ['explain', 'x', '--format', 'html'], ['grad', 'x', 'y'], ['grad', '--file']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^usage: /);
    }
  });
});

describe('steps', () => {
  it('lists forward steps, then backward steps, each with TeX that KaTeX renders', () => {
    const r = runCli(['steps', CS231N]);
    expect(r.code).toBe(0);
    const { steps } = JSON.parse(r.out) as { steps: { index: number; phase: string; node: string; tex: string; text: string }[] };
    expect(steps.map((s) => `${s.phase} ${s.node}`)).toEqual(
      ['forward q', 'forward f', 'backward f', 'backward q', 'backward z', 'backward y', 'backward x']);
    steps.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(() => katex.renderToString(s.tex, { throwOnError: true })).not.toThrow();
    });
    expect(steps[0].tex).toBe('q = x + y = -2 + 5 = 3');
  });

  it('gives a positioned error with exit 2 for an invalid program', () => {
    const r = runCli(['steps', 'a = 1\nb = 2\nc = a + * b']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ error: { message: "expected an expression after '+'", line: 3, column: 9 } });
  });
});

describe('explain', () => {
  it('writes a Markdown handout with the forward pass, then the backward pass, then the results', () => {
    const r = runCli(['explain', CS231N, '--format', 'md']);
    expect(r.code).toBe(0);
    const forward = r.out.indexOf('## Forward pass');
    const backward = r.out.indexOf('## Backward pass');
    expect(forward).toBeGreaterThan(0);
    expect(backward).toBeGreaterThan(forward);
    expect(r.out.indexOf('## Results')).toBeGreaterThan(backward);
    expect(r.out).toContain('$q = x + y = -2 + 5 = 3$');
    expect(r.out).toContain('| x | -2 | -4 |');
    expect(runCli(['explain', CS231N]).out).toBe(r.out); // Markdown is the default
  });

  it('writes a LaTeX document with the same sections', () => {
    const r = runCli(['explain', '--format', 'tex', CS231N]);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\\documentclass[a4paper]{article}')).toBe(true);
    const forward = r.out.indexOf('\\subsection*{Forward pass}');
    expect(forward).toBeGreaterThan(0);
    expect(r.out.indexOf('\\subsection*{Backward pass}')).toBeGreaterThan(forward);
    expect(r.out).toContain('\\[ q = x + y = -2 + 5 = 3 \\]');
    expect(r.out.trimEnd().endsWith('\\end{document}')).toBe(true);
  });

  it('escapes names in the LaTeX results table', () => {
    const r = runCli(['explain', '--format', 'tex', 'y_true = 1\ny = 0.5\nloss = (y - y_true)^2']);
    expect(r.out).toContain('y\\_true & $1$ & ');
  });
});
