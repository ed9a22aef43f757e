import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './main.ts';

function runCli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => stdin });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'chainrule-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
};

describe('what the CLI reads', () => {
  // f = a * b at a = 3, b = 4: f = 12, df/da = b = 4, df/db = a = 3.
  const expected = { output: 'f', value: 12, gradients: { a: 4, b: 3, f: 1 } };

  it.each([
    ['LF', 'a = 3\nb = 4\nf = a * b\n'],
    ['CRLF', 'a = 3\r\nb = 4\r\nf = a * b\r\n'],
    ['lone CR', 'a = 3\rb = 4\rf = a * b\r'],
    ['BOM + CRLF', '\uFEFFa = 3\r\nb = 4\r\nf = a * b\r\n'],
  ])('a file with %s line endings', (_, text) => {
    const r = runCli(['grad', '--file', file(`${_}.txt`.replace(/\W/g, '_'), text)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject(expected);
  });

  it('a BOM on stdin and on the argument', () => {
    expect(JSON.parse(runCli(['grad', '--file', '-'], '\uFEFFa = 3; b = 4; f = a * b').out)).toMatchObject(expected);
    expect(JSON.parse(runCli(['grad', '\uFEFFa = 3; b = 4; f = a * b']).out)).toMatchObject(expected);
  });

  it('an error after a BOM counts columns from the first real character', () => {
    const r = runCli(['grad', '\uFEFFf = 1 +']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).error).toMatchObject({ line: 1, column: 8 });
  });

  it('Korean names, in JSON and in both handouts', () => {
    const ko = '가중치 = 0.75; 손실 = (가중치 * 2 - 1)^2';
    // 손실 = (2·0.75 − 1)² = 0.25; d손실/d가중치 = 2·(0.5)·2 = 2.
    expect(JSON.parse(runCli(['grad', ko]).out)).toMatchObject({ output: '손실', value: 0.25, gradients: { 가중치: 2 } });
    expect(runCli(['explain', ko]).out).toContain('| 가중치 | 0.75 | 2 |');
    expect(runCli(['explain', '--format', 'tex', ko]).out).toContain('\\text{\\mbox{가중치}}');
  });

  it('0x10 gets a number-syntax message', () => {
    const r = runCli(['grad', 'f = 0x10']);
    expect(JSON.parse(r.out).error.message).toMatch(/hexadecimal/);
  });
});

describe('prototype keys are ordinary names', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])('%s in grad, steps and explain', (name) => {
    // f = n * 3 at n = 2: f = 6, df/dn = 3.
    const program = `${name} = 2\nf = ${name} * 3`;
    const grad = runCli(['grad', program]);
    expect(grad.code).toBe(0);
    const json = JSON.parse(grad.out, (_k, v: unknown) => v) as { values: object; gradients: object };
    expect(Object.getOwnPropertyDescriptor(json.values, name)?.value).toBe(2);
    expect(Object.getOwnPropertyDescriptor(json.gradients, name)?.value).toBe(3);
    expect(grad.out).toContain(`"${name}":3`);
    expect(runCli(['steps', program]).code).toBe(0);
    expect(runCli(['explain', program]).out).toContain(`| ${name.replace(/_/g, '\\_')} | 2 | 3 |`);
  });

  it('in check and train too (keys of their JSON objects, and --params)', () => {
    // f = p * c at p = 2, c = 3: df/dp = 3; one step at lr 0.1 moves p to 2 − 0.1·3 = 1.7.
    const program = '__proto__ = 2\nconstructor = 3\nf = __proto__ * constructor';
    const check = JSON.parse(runCli(['check', program]).out) as { inputs: object };
    expect(Object.getOwnPropertyDescriptor(check.inputs, '__proto__')?.value).toMatchObject({ backprop: 3, ok: true });
    const train = JSON.parse(runCli(['train', program, '--lr', '0.1', '--params', '__proto__']).out) as { params: object };
    expect(Object.keys(train.params)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(train.params, '__proto__')?.value).toBeCloseTo(1.7, 12);
  });
});
