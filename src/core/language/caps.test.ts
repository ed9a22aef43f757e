import { describe, expect, it } from 'vitest';
import { compile, MAX_NESTING, MAX_NODES, MAX_SOURCE_LENGTH } from '../index.ts';

/** A 5,000-line chain of about 20,000 nodes: each line `v_i = v_{i-1} * 1.001 + x` adds 4. */
const bigProgram = (lines: number) =>
  ['x = 0.5', 'v0 = x', ...Array.from({ length: lines - 2 }, (_, i) => `v${i + 1} = v${i} * 1.001 + x`)].join('\n');

const errorOf = (source: string) => {
  const r = compile(source);
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('caps on huge input', () => {
  it('admit a 5,000-line program of about 20,000 nodes', () => {
    const source = bigProgram(5000);
    const r = compile(source);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.graph.nodes.length).toBeGreaterThan(14_000);
  });

  it('reject text past the size cap, positioned where the cap falls', () => {
    const line = `f = ${'1 + '.repeat(24)}1\n`; // 101 characters
    const source = line.repeat(Math.ceil((MAX_SOURCE_LENGTH + 10) / line.length));
    const e = errorOf(source);
    expect(e.message).toMatch(/characters long; the limit is 2,000,000/);
    expect(e.span.start).toBe(MAX_SOURCE_LENGTH);
    expect(e.span.line).toBe(Math.floor(MAX_SOURCE_LENGTH / line.length) + 1);
    expect(e.span.column).toBe((MAX_SOURCE_LENGTH % line.length) + 1);
  });

  it('reject a 3 MB line with the size message, not a freeze', () => {
    expect(errorOf(`f = ${'x'.repeat(3_000_000)}`).message).toMatch(/limit is 2,000,000/);
  });

  it('reject more nodes than the cap, at the first node past it', () => {
    // `1+1+…+1` with n ones has n numbers and n − 1 additions: 2n − 1 nodes.
    const ones = Math.ceil(MAX_NODES / 2) + 1;
    const source = `f = ${Array(ones).fill('1').join('+')}`;
    expect(source.length).toBeLessThan(MAX_SOURCE_LENGTH);
    const e = errorOf(source);
    expect(e.message).toMatch(/more than 400,000 operations and values/);
    expect(e.span.line).toBe(1);
    expect(e.span.start).toBeLessThan(source.length);
  });

  it('keep the nesting cap at 200 levels, positioned at the bracket that passes it', () => {
    expect(MAX_NESTING).toBe(200);
    const e = errorOf(`f = ${'('.repeat(MAX_NESTING + 1)}x${')'.repeat(MAX_NESTING + 1)}`);
    expect(e.message).toMatch(/nested more than 200 levels/);
    expect(e.span.column).toBe(4 + MAX_NESTING + 1);
  });
});
