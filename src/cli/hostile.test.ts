/** Hostile and odd command lines (issue 21): each gets a clear answer, never a crash or a guess. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { run } from './main.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function runCli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => stdin });
  return { code, out, err };
}

const PROGRAM = 'x = 4; f = x^2';

describe('train keeps to its bounds', () => {
  it('refuses more than 10⁶ steps with a usage error, before running any', () => {
    const r = runCli(['train', PROGRAM, '--lr', '0.1', '--steps', '1000000000']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--steps must be at most 1000000/);
    expect(r.out).toBe('');
  });

  it.each(['-1', '0', '1e308', 'Infinity', 'NaN', ''])('refuses --lr %j', (lr) => {
    const r = runCli(['train', PROGRAM, '--lr', lr]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^--lr must be/);
  });

  it('prints every loss up to 10,000 steps, and past that every k-th with lossEvery', () => {
    const few = JSON.parse(runCli(['train', 'x = 4; f = x^2', '--lr', '0.25', '--steps', '3']).out);
    expect(few).toEqual({ lr: 0.25, steps: 3, losses: [16, 4, 1, 0.25], params: { x: 0.5 } });
    const exact = JSON.parse(runCli(['train', 'x = 1; f = x', '--lr', '1', '--steps', '10000']).out);
    expect(exact.losses).toHaveLength(10_001);
    expect(exact.lossEvery).toBeUndefined();
    // f = x at lr 1 loses 1 a step: the loss after step s is 1 − s, so the kept steps show.
    const many = JSON.parse(runCli(['train', 'x = 1; f = x', '--lr', '1', '--steps', '25001']).out);
    expect(many.lossEvery).toBe(3);
    expect(many.losses.slice(0, 3)).toEqual([1, -2, -5]);
    expect(many.losses.at(-2)).toBe(1 - 24_999);
    expect(many.losses.at(-1)).toBe(1 - 25_001);
    expect(many.losses).toHaveLength(1 + 8333 + 1);
    expect(many.params).toEqual({ x: 1 - 25_001 });
  });
});

describe('check --h', () => {
  it.each(['0', '-1e-5', 'Infinity', 'NaN', 'abc'])('refuses --h %j', (h) => {
    expect(runCli(['check', PROGRAM, '--h', h]).code).toBe(1);
  });

  it('warns where h is too small for the difference to mean anything, and a correct gradient is not failed silently', () => {
    for (const h of ['1e-320', '1e-15', '1e308']) {
      const r = runCli(['check', 'x = 3; f = x^2', '--h', h]);
      expect(r.code, h).toBe(0);
      const report = JSON.parse(r.out);
      expect(report.warnings, h).toEqual([expect.stringMatching(/^--h .*\bx\b/)]);
    }
  });

  it('says nothing at the default h on a tame program', () => {
    const report = JSON.parse(runCli(['check', 'x = 3; f = x^2']).out);
    expect(report.inputs.x.ok).toBe(true);
    expect(report.warnings).toBeUndefined();
  });
});

describe('--help, unknown flags and --', () => {
  it.each(['grad', 'steps', 'explain', 'check', 'train'])('%s --help prints its usage on stdout and exits 0', (command) => {
    for (const args of [[command, '--help'], [command, PROGRAM, '--help'], [command, '-h']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toMatch(/^usage: /);
      expect(r.out).toContain(command);
      expect(r.err).toBe('');
    }
  });

  it('--help on its own lists every command', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: /);
    for (const c of ['grad', 'steps', 'explain', 'check', 'train']) expect(r.out).toContain(c);
  });

  it.each(['grad', 'steps', 'explain', 'check', 'train'])('%s: an unknown flag is a usage error, not a program', (command) => {
    const r = runCli([command, '--frobnicate']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown option --frobnicate');
    expect(r.out).toBe('');
  });

  it('-- ends the flags', () => {
    const r = runCli(['grad', '--', 'x=1; f=x']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).gradients).toEqual({ x: 1, f: 1 });
    // After --, even --help is the program (minus minus help).
    const program = runCli(['grad', '--', '--help']);
    expect(program.code).toBe(0);
    expect(JSON.parse(program.out).output).toBeDefined();
  });
});

describe('closed standard input', () => {
  it('--file - with stdin closed is a usage error (exit 1), not an empty program', async () => {
    const ran = await new Promise<{ code: number; err: string; out: string }>((done) => {
      execFile('sh', ['-c', 'exec npm run --silent cli -- grad --file - <&-'], { cwd: ROOT, timeout: 60_000 }, (error, out, err) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err });
      });
    });
    expect(ran.code).toBe(1);
    expect(ran.err).toMatch(/standard input is closed/);
    expect(ran.out).toBe('');
  });
});
