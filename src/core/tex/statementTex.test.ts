import { describe, expect, it } from 'vitest';
import { analyzeView, describeStep, type Analysis } from '../index.ts';

function statements(source: string): Analysis {
  const r = analyzeView(source, { detail: 'statements' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The formulas of the local partial of `line` (the output's by default) with respect to `name`. */
function localOf(a: Analysis, name: string, line = a.graph.output) {
  const s = a.schedule.steps[a.schedule.backwardStepOf[line]];
  const i = s.kind === 'backward' ? s.locals.findIndex((t) => a.graph.nodes[t.operand].text === name) : -1;
  if (i < 0) throw new Error(`no local for ${name}`);
  return describeStep(a, s).locals[i];
}
const local = (source: string, name: string): string => localOf(statements(source), name).local.tex;

describe('a line’s local partials, written by the chain rule through its gates', () => {
  it('adds equal terms: ∂(x·x)/∂x = 2x', () => {
    // two paths, one per operand of the multiply, each contributing x: 2 · 3 = 6
    expect(local('x = 3\nf = x * x', 'x')).toBe('\\partial (x \\cdot x)/\\partial x = 2 \\cdot x = 2 \\cdot 3 = 6');
  });

  it('folds constant factors into one number: ∂(x/4 − 2y)/∂x = 0.25, ∂/∂y = −2', () => {
    // The numerator is written inline, x/4 as in the gate view's ∂(x/4)/∂x, never a stacked fraction.
    expect(local('x = 1\ny = 1\nf = x / 4 - 2 * y', 'x')).toBe('\\partial (x/4 - 2 \\cdot y)/\\partial x = 0.25');
    expect(local('x = 1\ny = 1\nf = x / 4 - 2 * y', 'y')).toBe('\\partial (x/4 - 2 \\cdot y)/\\partial y = -2');
  });

  it('names a compound operand once and defines it after the formula', () => {
    const tex = local('w = 2\nx = 0.5\nb = -1\nf = sigmoid(w * x + b)', 'w');
    // σ′(s)·x with s = w·x + b = 2·0.5 − 1 = 0
    expect(tex).toContain('= \\sigma(s)(1 - \\sigma(s)) \\cdot x = ');
    expect(tex).toMatch(/= -?0(\.\d+)?;\\quad s = w \\cdot x \+ b = 0$/);
  });

  it('brackets a derivative that is a sum when it is one factor of several', () => {
    const tex = local('x = 0.5\nw = 3\nf = tan(w * x)', 'x');
    expect(tex).toContain('(1 + \\tan^{2}(s)) \\cdot w');
  });

  it('writes b·a^{b−1} for a literal exponent with the exponent folded, and no ∂/∂exponent', () => {
    // 0.5·(t − y)²: 0.5 · 2 · s · (−1) = −s
    expect(local('t = 3\ny = 1\nJ = 0.5 * (t - y)^2', 'y')).toMatch(/= -s = -1 \\cdot 2 = -2;\\quad s = t - y = 2$/);
    const a = statements('x = -2\nf = x^3');
    const s = a.schedule.steps[a.schedule.backwardStepOf[a.graph.output]];
    expect(s.kind === 'backward' && s.locals.map((l) => l.localGrad)).toEqual([12]); // 3·(−2)² = 12
  });
});

describe('a statement’s upstream × local', () => {
  it('writes ∂f/∂h · ∂(3 · x)/∂x, inline, and one term of a fan-out without a left side (no +=)', () => {
    const a = statements('x = 2\nh = 3 * x\nf = h * x');
    const { product } = localOf(a, 'x', a.graph.names.get('h') as number);
    // ∂f/∂h = x = 2, ∂(3·x)/∂x = 3: one of x's two terms is 2 · 3 = 6
    expect(product.tex).toBe('\\partial f/\\partial h \\cdot \\partial (3 \\cdot x)/\\partial x = 2 \\cdot 3 = 6');
    expect(product.text).toBe('∂f/∂h · ∂(3 * x)/∂x = 2 · 3 = 6');
  });
});

describe('a line’s local partial is written as the gate view writes a gate’s: its expression on top', () => {
  const gates = (source: string) => {
    const r = analyzeView(source, { detail: 'gates' });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('at the output: ∂(a · b)/∂a, the same as Gates, never the total gradient’s ∂f/∂a', () => {
    const source = 'a = 2\nb = -3\nf = a * b';
    for (const name of ['a', 'b']) {
      const line = localOf(statements(source), name);
      const gate = localOf(gates(source), name);
      expect(line.local.tex).toBe(gate.local.tex);
      expect(line.product.tex).toBe(gate.product.tex);
      expect(line.product.text).toBe(gate.product.text);
      expect(line.local.tex).not.toContain(`\\partial f/\\partial ${name}`);
    }
  });

  it('on every line, for every name it uses: ∂ over the line’s whole expression', () => {
    const a = statements('x = 0.5\nw = 3\nh = tanh(w * x)\nf = h * h + x');
    const h = a.graph.names.get('h') as number;
    expect(localOf(a, 'w', h).local.tex).toMatch(/^\\partial \\tanh\(w \\cdot x\)\/\\partial w = /);
    expect(localOf(a, 'x', h).product.tex).toMatch(/^\\partial f\/\\partial h \\cdot \\partial \\tanh\(w \\cdot x\)\/\\partial x = /);
    expect(localOf(a, 'h').local.text).toMatch(/^∂\(h \* h \+ x\)\/∂h = /);
    expect(localOf(a, 'h').local.tex).toMatch(/^\\partial \(h \\cdot h \+ x\)\/\\partial h = 2 \\cdot h = /);
  });
});
