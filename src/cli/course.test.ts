import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { run } from './main.ts';
import { CS231N } from '../testing/fixtures.ts';
import { presetById } from '../presets/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
interface Ran { code: number; out: string; err: string }

function spawnCli(args: string[], stdin = ''): Promise<Ran> {
  return new Promise((done) => {
    const child = execFile('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, timeout: 60_000 }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err });
    });
    child.stdin?.end(stdin);
  });
}

function runCli(args: string[], stdin = ''): Ran {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => stdin });
  return { code, out, err };
}

const mlp = presetById('mlp-2321')!;

describe('the real check and train commands', () => {
  let check: Ran;
  let trainMlp: Ran;
  let unknown: Ran;
  beforeAll(async () => {
    [check, trainMlp, unknown] = await Promise.all([
      spawnCli(['check', CS231N]),
      spawnCli(['train', '--file', '-', '--lr', '0.01', '--params', mlp.trainable.join(',')], mlp.source),
      spawnCli(['train', CS231N, '--lr', '0.1', '--params', 'x,nope']),
    ]);
  }, 120_000);

  it('check prints the shape of LANGUAGE.md and exits 0', () => {
    expect(check.code).toBe(0);
    const json = JSON.parse(check.out);
    expect(json.h).toBe(1e-5);
    expect(Object.keys(json.inputs)).toEqual(['x', 'y', 'z']);
    expect(json.inputs.x).toEqual({ backprop: -4, numeric: expect.closeTo(-4, 8), relError: expect.any(Number), ok: true });
    expect(json.inputs.x.relError).toBeLessThan(1e-9);
    expect(json.cost.backprop).toMatchObject({ forwardPasses: 1, backwardPasses: 1 });
    expect(json.cost.numeric).toMatchObject({ forwardPasses: 6, backwardPasses: 0 });
  });

  it('train takes the MLP from ½(3 − 12.26)² = 42.8738 to about 0.7698 in one step', () => {
    expect(trainMlp.code).toBe(0);
    const json = JSON.parse(trainMlp.out);
    expect(json).toMatchObject({ lr: 0.01, steps: 1 });
    expect(json.losses).toHaveLength(2);
    expect(json.losses[0]).toBeCloseTo(42.8738, 10);
    expect(json.losses[1]).toBeCloseTo(0.7698, 4);
    expect(Object.keys(json.params)).toEqual(mlp.trainable);
    // W3_11 moves by −0.01·(y − t)·h2_1 = −0.01·9.26·3.66 = −0.338916: 1.3 → 0.961084.
    expect(json.params.W3_11).toBeCloseTo(0.961084, 12);
  });

  it('train names an unknown --params entry and exits 1', () => {
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("'nope'");
    expect(unknown.out).toBe('');
  });
});

describe('check', () => {
  it('takes --h and shows a failing check at relu’s kink', () => {
    const r = runCli(['check', 'x = 0\nf = relu(x)', '--h', '0.001']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.h).toBe(0.001);
    // (relu(h) − relu(−h)) / 2h = 0.5, backprop 0: relError = 0.5/0.5 = 1.
    expect(json.inputs.x).toEqual({ backprop: 0, numeric: 0.5, relError: 1, ok: false });
  });

  it('counts 2k forward passes for k inputs', () => {
    const json = JSON.parse(runCli(['check', mlp.source]).out);
    expect(json.cost.numeric.forwardPasses).toBe(2 * 23); // 2 data, 1 target, 20 parameters
  });

  it('rejects a bad h and a bad program', () => {
    expect(runCli(['check', 'x = 1\nf = x', '--h', '0']).code).toBe(1);
    expect(runCli(['check', 'x = 1\nf = x', '--h', 'abc']).code).toBe(1);
    const bad = runCli(['check', 'f = x +']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error).toMatchObject({ line: 1 });
  });
});

describe('train', () => {
  it('trains every input by default and records steps + 1 losses', () => {
    // f = x²: x ← x − 0.25·2x = x/2 each step, so the loss quarters: 16, 4, 1, 0.25.
    const json = JSON.parse(runCli(['train', 'x = 4\nf = x^2', '--lr', '0.25', '--steps', '3']).out);
    expect(json).toEqual({ lr: 0.25, steps: 3, losses: [16, 4, 1, 0.25], params: { x: 0.5 } });
  });

  it('keeps untrained inputs out of params', () => {
    const json = JSON.parse(runCli(['train', 'w = 1\nx = 2\nf = (w*x - 1)^2', '--lr', '0.1', '--params', 'w']).out);
    expect(Object.keys(json.params)).toEqual(['w']);
    // ∂f/∂w = 2(wx − 1)·x = 2·1·2 = 4: w → 1 − 0.4 = 0.6.
    expect(json.params.w).toBeCloseTo(0.6, 15);
  });

  it('needs --lr and a whole number of steps', () => {
    expect(runCli(['train', 'x = 1\nf = x']).code).toBe(1);
    expect(runCli(['train', 'x = 1\nf = x', '--lr', '0.1', '--steps', '1.5']).code).toBe(1);
    expect(runCli(['train', 'x = 1\nf = x', '--lr', '0.1', '--steps', '-1']).code).toBe(1);
    expect(runCli(['train', 'x = 1\nf = x', '--lr', '0.1', '--bogus', '1']).code).toBe(1);
  });
});
