import { describe, expect, it } from 'vitest';
import { analyzeView, type Analysis } from '../index.ts';

function statements(source: string): Analysis {
  const r = analyzeView(source, { detail: 'statements' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The local-gradient TeX of the output's line with respect to `name`. */
function local(source: string, name: string): string {
  const a = statements(source);
  const s = a.schedule.steps[a.schedule.backwardStepOf[a.graph.output]];
  const l = s.kind === 'backward' ? s.locals.find((t) => a.graph.nodes[t.operand].text === name) : undefined;
  if (!l) throw new Error(`no local for ${name}`);
  return l.local.tex;
}

describe('a line’s local partials, written by the chain rule through its gates', () => {
  it('adds equal terms: ∂(x·x)/∂x = 2x', () => {
    // two paths, one per operand of the multiply, each contributing x: 2 · 3 = 6
    expect(local('x = 3\nf = x * x', 'x')).toBe('\\partial f/\\partial x = 2 \\cdot x = 2 \\cdot 3 = 6');
  });

  it('folds constant factors into one number: ∂(x/4 − 2y)/∂x = 0.25, ∂/∂y = −2', () => {
    expect(local('x = 1\ny = 1\nf = x / 4 - 2 * y', 'x')).toBe('\\partial f/\\partial x = 0.25');
    expect(local('x = 1\ny = 1\nf = x / 4 - 2 * y', 'y')).toBe('\\partial f/\\partial y = -2');
  });

  it('names a compound operand once and defines it after the formula', () => {
    const tex = local('w = 2\nx = 0.5\nb = -1\nf = sigmoid(w * x + b)', 'w');
    // σ′(s)·x with s = w·x + b = 2·0.5 − 1 = 0
    expect(tex).toContain('= \\sigma(s)(1 - \\sigma(s)) \\cdot x = ');
    expect(tex).toContain('\\text{where } s = w \\cdot x + b = 0');
  });

  it('brackets a derivative that is a sum when it is one factor of several', () => {
    const tex = local('x = 0.5\nw = 3\nf = tan(w * x)', 'x');
    expect(tex).toContain('(1 + \\tan^{2}(s)) \\cdot w');
  });

  it('writes b·a^{b−1} for a literal exponent with the exponent folded, and no ∂/∂exponent', () => {
    // 0.5·(t − y)²: 0.5 · 2 · s · (−1) = −s
    expect(local('t = 3\ny = 1\nJ = 0.5 * (t - y)^2', 'y')).toMatch(/= -s = -1 \\cdot 2 = -2\\quad \\text\{where \} s = t - y = 2$/);
    const a = statements('x = -2\nf = x^3');
    const s = a.schedule.steps[a.schedule.backwardStepOf[a.graph.output]];
    expect(s.kind === 'backward' && s.locals.map((l) => l.localGrad)).toEqual([12]); // 3·(−2)² = 12
  });
});

describe('a statement’s upstream × local', () => {
  it('writes ∂f/∂x = ∂f/∂h · ∂h/∂x, inline, and one term of a fan-out without a left side (no +=)', () => {
    const a = statements('x = 2\nh = 3 * x\nf = h * x');
    const s = a.schedule.steps[a.schedule.backwardStepOf[a.graph.names.get('h') as number]];
    if (s.kind !== 'backward') throw new Error('no backward step');
    // ∂f/∂h = x = 2, ∂h/∂x = 3: one of x's two terms is 2 · 3 = 6
    expect(s.locals[0].product.tex).toBe('\\partial f/\\partial h \\cdot \\partial h/\\partial x = 2 \\cdot 3 = 6');
    expect(s.locals[0].product.text).toBe('∂f/∂h · ∂h/∂x = 2 · 3 = 6');
  });
});
