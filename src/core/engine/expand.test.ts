import { describe, expect, it } from 'vitest';
import { analyzeView, compile, expandableCalls, OPS, parse, type OpName } from '../index.ts';

const ops = Object.keys(OPS) as OpName[];

describe('the op table states each expansion once', () => {
  for (const op of ops.filter((o) => OPS[o].expansion !== null)) {
    const text = OPS[op].expansion as string;

    it(`${op}: ${text} uses its operand a exactly once, so the expansion stays a tree`, () => {
      expect(parse(text).ok).toBe(true);
      expect(text.match(/\ba\b/g)?.length).toBe(1);
    });

    it(`${op}: ${text} computes ${op} itself`, () => {
      for (const a of [-3, -0.5, 0, 0.25, 2]) {
        const expanded = analyzeView(`a = ${a}\nf = ${text}`);
        if (!expanded.ok) throw new Error(expanded.error.message);
        const f = expanded.value.trace.values[expanded.value.graph.output];
        expect(f).toBeCloseTo(OPS[op].forward(a, 0), 14);
      }
    });
  }

  it('says which ops have none', () => {
    expect(ops.filter((o) => OPS[o].expansion !== null)).toEqual(['tanh', 'sigmoid', 'softplus']);
  });
});

describe('expanding a program', () => {
  it('keeps names: the top gate of an expansion carries the line’s name', () => {
    const r = analyzeView('z = 0.5\nh = sigmoid(z)\nf = h * 2', { detail: 'primitives' });
    if (!r.ok) throw new Error(r.error.message);
    const h = r.value.graph.nodes[r.value.graph.names.get('h') as number];
    expect(h.kind === 'gate' && h.op).toBe('div');
  });

  it('gives the added gates the call’s span, and lists fused calls in source order', () => {
    const src = 'x = 1\nf = sigmoid(x) + tanh(sigmoid(x))';
    const c = compile(src);
    if (!c.ok) throw new Error(c.error.message);
    const spans = expandableCalls(c.value.program).map((s) => src.slice(s.start, s.end));
    expect(spans).toEqual(['sigmoid(x)', 'sigmoid(x)', 'tanh(sigmoid(x))']);
    const r = analyzeView(src, { detail: 'primitives' });
    if (!r.ok) throw new Error(r.error.message);
    const exp = r.value.graph.nodes.filter((n) => n.kind === 'gate' && n.op === 'exp');
    expect(exp.map((n) => src.slice(n.span.start, n.span.end))).toEqual(['sigmoid(x)', 'sigmoid(x)', 'tanh(sigmoid(x))']);
  });
});
