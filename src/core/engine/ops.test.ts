import { describe, expect, it } from 'vitest';
import { OPS } from './ops.ts';
import { catalogs } from '../../i18n/index.ts';

describe('the numerically careful forward rules', () => {
  it('gives sigmoid its exact midpoint and no NaN or overflow far out', () => {
    expect(OPS.sigmoid.forward(0, 0)).toBe(0.5);
    // 1/(1+e^800) would be 1/Infinity = 0 — fine — but e^800/(1+e^800) = Infinity/Infinity = NaN if written naively
    expect(OPS.sigmoid.forward(800, 0)).toBe(1);
    expect(OPS.sigmoid.forward(-800, 0)).toBe(0);
    // σ(−a) = 1 − σ(a)
    expect(OPS.sigmoid.forward(-2, 0)).toBeCloseTo(1 - OPS.sigmoid.forward(2, 0), 15);
  });

  it('gives softplus = log(1 + e^a) with ln 2 at 0, a itself far right, and no underflow to −∞ far left', () => {
    expect(OPS.softplus.forward(0, 0)).toBeCloseTo(Math.LN2, 15);
    expect(OPS.softplus.forward(800, 0)).toBe(800);
    expect(OPS.softplus.forward(-800, 0)).toBe(0);
    expect(OPS.softplus.forward(1, 0)).toBeCloseTo(Math.log(1 + Math.E), 14);
  });

  it('states one local derivative per operand for every gate', () => {
    for (const [name, op] of Object.entries(OPS)) {
      expect(op.partials, name).toHaveLength(op.arity);
      expect(op.partialTex, name).toHaveLength(op.arity);
    }
  });
});

describe('the gate patterns', () => {
  it('live in the catalogs by op name, one for every op in every language, and not in the op table', () => {
    for (const [name, op] of Object.entries(OPS)) {
      // The table once carried an English copy that had drifted (neg said "divide"): one place only.
      expect(op, name).not.toHaveProperty('pattern');
      for (const t of Object.values(catalogs)) expect(t.engine.patterns[name as keyof typeof t.engine.patterns], name).toBeTruthy();
    }
  });
});
