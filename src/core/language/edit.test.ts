import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, declareInput, numberLiteral, setInputValue } from '../index.ts';
import { compiled } from '../../testing/fixtures.ts';

const PROGRAM = '# the CS231n example\nx = -2   # start here\ny=5\nz = -4\nq = x + y\nf = q * z\n';

/** The input values a program text gives, by name. */
function inputsOf(source: string): Record<string, number> {
  const c = compiled(source);
  return Object.fromEntries(c.graph.inputs.map((id, i) => [c.graph.nodes[id].text, c.inputValues[i]]));
}

describe('setInputValue', () => {
  it("rewrites only the number on that input's line, keeping comments and spacing", () => {
    expect(setInputValue(PROGRAM, 'x', 3)).toBe(PROGRAM.replace('x = -2   #', 'x = 3   #'));
    expect(setInputValue(PROGRAM, 'y', 0.25)).toBe(PROGRAM.replace('y=5', 'y=0.25'));
  });

  it('writes negative values, replacing a sign that was there', () => {
    expect(setInputValue(PROGRAM, 'y', -1.5)).toBe(PROGRAM.replace('y=5', 'y=-1.5'));
    expect(setInputValue(PROGRAM, 'z', -7)).toBe(PROGRAM.replace('z = -4', 'z = -7'));
    expect(setInputValue('x = +2\nf = x', 'x', -3)).toBe('x = -3\nf = x');
    expect(setInputValue('x = - 2\nf = x', 'x', 4)).toBe('x = 4\nf = x');
    expect(setInputValue('x = -(2) # bracketed\nf = x', 'x', 4)).toBe('x = 4 # bracketed\nf = x');
  });

  it('changes the value the program computes with', () => {
    expect(inputsOf(setInputValue(PROGRAM, 'z', 10))).toEqual({ x: -2, y: 5, z: 10 });
  });

  it('touches only the declaration, not a later use of the name or a look-alike in a comment', () => {
    const source = 'a = 1 # a = 1\nb = a + 1\nf = b * a';
    expect(setInputValue(source, 'a', 9)).toBe('a = 9 # a = 1\nb = a + 1\nf = b * a');
  });

  it('leaves the text unchanged for an unknown name, a non-literal definition, a default input or a broken program', () => {
    expect(setInputValue(PROGRAM, 'nope', 1)).toBe(PROGRAM);
    expect(setInputValue(PROGRAM, 'q', 1)).toBe(PROGRAM);
    expect(setInputValue('u = 2 * 3\nf = u', 'u', 1)).toBe('u = 2 * 3\nf = u');
    expect(setInputValue('f = x + 1', 'x', 4)).toBe('f = x + 1');
    expect(setInputValue('x = 2\nf = x +', 'x', 4)).toBe('x = 2\nf = x +');
  });

  it('writes a value that reads back within a relative 1e-12 (cleanNumber.ts), for any finite double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
      const edited = setInputValue('x = 1 # slider\nf = x * x', 'x', v);
      expect(edited.endsWith(' # slider\nf = x * x')).toBe(true);
      expect(Math.abs(inputsOf(edited).x - v)).toBeLessThanOrEqual(1e-12 * Math.abs(v)); // -0 is written as 0
    }), { numRuns: 1000 });
  });
});

describe('numberLiteral', () => {
  it('writes plain decimals plainly', () => {
    expect([0.1, -2, 3, 1e-3, 123456.5].map(numberLiteral)).toEqual(['0.1', '-2', '3', '0.001', '123456.5']);
  });
  it('writes tiny and huge values exactly, in e notation without a +', () => {
    expect([1.5e-7, 2.2663e-320, 1e21, -1.2345678e25].map(numberLiteral)).toEqual(['1.5e-7', '2.2663e-320', '1e21', '-1.2345678e25']);
  });
  it('writes a non-finite value as 0, which still parses', () => {
    expect([NaN, Infinity, -Infinity].map(numberLiteral)).toEqual(['0', '0', '0']);
  });
});

describe('declareInput', () => {
  it('adds a line declaring a default input, which then no longer warns', () => {
    const source = 'f = x * 2 # double it';
    const declared = declareInput(source, 'x', -3);
    expect(declared).toBe('x = -3\nf = x * 2 # double it');
    const c = compile(declared);
    expect(c.ok && c.value.warnings).toEqual([]);
    expect(inputsOf(declared)).toEqual({ x: -3 });
  });
  it('declares the default value 1 when none is given', () => {
    expect(declareInput('f = x', 'x')).toBe('x = 1\nf = x');
  });
});
