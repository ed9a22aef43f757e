import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkGradients, evaluate, Evaluator, type Analysis, type Graph } from '../index.ts';
import { analyzed as run, compiled as build, CS231N, gradOf, smoothProgram, valueOf } from '../../testing/fixtures.ts';

describe('the course examples, checked against hand derivations', () => {
  it('computes every value and gradient of (x+y)*z at x=-2, y=5, z=-4', () => {
    const a = run(CS231N);
    // forward: q = -2 + 5 = 3; f = 3 · (-4) = -12
    expect([valueOf(a, 'q'), valueOf(a, 'f')]).toEqual([3, -12]);
    // backward: ∂f/∂f = 1; mul swaps: ∂f/∂q = z = -4, ∂f/∂z = q = 3; add distributes: ∂f/∂x = ∂f/∂y = -4
    expect(['f', 'q', 'z', 'x', 'y'].map((n) => gradOf(a, n))).toEqual([1, -4, 3, -4, -4]);
    expect(a.allWarnings).toEqual([]);
  });

  const neuron = 'w0 = 2\nx0 = -1\nw1 = -3\nx1 = -2\nw2 = -3\n';
  // dot = 2·(-1) + (-3)·(-2) + (-3) = -2 + 6 - 3 = 1
  const sigma = 1 / (1 + Math.exp(-1)); // σ(1) ≈ 0.7310585786
  const local = sigma * (1 - sigma); //     σ(1)(1-σ(1)) ≈ 0.1966119332
  // ∂f/∂w0 = x0·local, ∂f/∂x0 = w0·local, ∂f/∂w1 = x1·local, ∂f/∂x1 = w1·local, ∂f/∂w2 = local
  const expected = { w0: -1 * local, x0: 2 * local, w1: -2 * local, x1: -3 * local, w2: local };

  it('backpropagates the sigmoid neuron written gate by gate', () => {
    const a = run(`${neuron}f = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))`);
    expect(valueOf(a, 'f')).toBeCloseTo(sigma, 14);
    // 1/u with u = 1 + e^{-1}: local -1/u² = -σ², then ·e^{-1} (exp), ·(-1) (neg) = σ²e^{-1} = σ(1-σ)
    for (const [name, grad] of Object.entries(expected)) expect(gradOf(a, name)).toBeCloseTo(grad, 12);
  });

  it('gives the same gradients with the fused sigmoid gate', () => {
    const a = run(`${neuron}f = sigmoid(w0*x0 + w1*x1 + w2)`);
    expect(valueOf(a, 'f')).toBeCloseTo(sigma, 15);
    for (const [name, grad] of Object.entries(expected)) expect(gradOf(a, name)).toBeCloseTo(grad, 15);
  });

  it('shows the gate patterns: add distributes, mul swaps, max routes', () => {
    const a = run('x = 3\ny = -4\nz = 2\nw = -1\nf = 2*(x*y + max(z, w))');
    // x·y = -12, max(2,-1) = 2, sum = -10, f = -20; ∂f/∂sum = 2 reaches both terms (add)
    expect(valueOf(a, 'f')).toBe(-20);
    // mul swaps: ∂f/∂x = 2·y = -8, ∂f/∂y = 2·x = 6; max routes all of 2 to z and 0 to w
    expect(['x', 'y', 'z', 'w'].map((n) => gradOf(a, n))).toEqual([-8, 6, 2, 0]);
  });
});

describe('fan-out', () => {
  it('gives x*x the gradient 2x as the sum of its two edge contributions', () => {
    const a = run('x = 3\nf = x*x');
    const x = a.graph.names.get('x') as number;
    const terms = a.graph.outEdges[x].map((e) => a.trace.contributions[e]);
    expect(terms).toEqual([3, 3]); // each edge: upstream 1 times the other operand, 3
    expect(gradOf(a, 'x')).toBe(6);
  });

  it('adds every use: x = 3; f = x*x + x has gradient 2·3 + 1 = 7', () => {
    const a = run('x = 3; f = x*x + x');
    const x = a.graph.names.get('x') as number;
    expect(a.graph.outEdges[x].map((e) => a.trace.contributions[e])).toEqual([3, 3, 1]);
    expect(gradOf(a, 'x')).toBe(7);
  });
});

describe('named nodes that depend on no input', () => {
  const backwardNames = (a: Analysis) =>
    a.schedule.steps.filter((s) => s.kind === 'backward').map((s) => a.graph.nodes[s.node].text);

  it('gives c = sin(1.5) its true gradient and a backward step: ∂(c·x)/∂c = x = 2', () => {
    const a = run('x = 2; c = sin(1.5); f = c * x');
    expect(gradOf(a, 'c')).toBe(2);
    expect(gradOf(a, 'x')).toBe(Math.sin(1.5)); // ∂(c·x)/∂x = c
    expect(backwardNames(a)).toEqual(['f', 'c', 'x']);
    // sin's operand 1.5 is a literal: it gets no term, so c's step has no local gradients.
    const c = a.schedule.steps[a.schedule.backwardStepOf[a.graph.names.get('c') as number]];
    expect(c.kind === 'backward' && c.locals.length).toBe(0);
  });

  it.each([
    // k = 1 + 2 = 3; f = k·x: ∂f/∂k = x = 5, ∂f/∂x = k = 3
    ['k = 1 + 2', 'x = 5; k = 1 + 2; f = k * x', { k: 5, x: 3 }],
    // c = π (an identity gate over the constant); f = c + x: ∂f/∂c = 1
    ['c = pi', 'x = 5; c = pi; f = c + x', { c: 1, x: 1 }],
    // x = --3 is a gate, not an input: f = x·x = 9, ∂f/∂x = 2x = 6
    ['x = --3', 'x = --3; f = x * x', { x: 6 }],
    // x = π/2 is a gate; f = tan(x): ∂f/∂x = 1 + tan²(x), huge but finite at the float nearest π/2
    ['x = pi/2', 'x = pi/2; f = tan(x)', { x: 1 + Math.tan(Math.PI / 2) ** 2 }],
  ])('gives %s its gradient', (_what, source, grads) => {
    const a = run(source);
    for (const [name, grad] of Object.entries(grads)) expect(gradOf(a, name)).toBe(grad);
    for (const name of Object.keys(grads)) expect(backwardNames(a)).toContain(name);
  });

  it('gives numeric literals and anonymous all-literal parts no gradient and no step', () => {
    const a = run('x = 2; f = x * (1 + 2)');
    // f = x·g₁ with g₁ = 1 + 2: x gets g₁ = 3, but g₁, 1 and 2 are nobody's name.
    expect(gradOf(a, 'x')).toBe(3);
    expect(backwardNames(a)).toEqual(['f', 'x']);
    expect(a.graph.nodes.filter((n) => n.kind !== 'input' && !n.name).map((n) => a.trace.grads[n.id])).toEqual([0, 0, 0]);
  });

  it('still needs no ∂/∂exponent for a literal exponent, so x^2 at x < 0 stays finite', () => {
    const a = run('x = -3; y = x^2; f = y * 1');
    expect(gradOf(a, 'x')).toBe(-6);
    expect([...a.trace.contributions].some(Number.isNaN)).toBe(false);
  });

  it('warns that no input affects the output, and still backpropagates to its named lines', () => {
    const a = run('c = sin(1.5); d = c * 2; f = d + c');
    expect(a.allWarnings.map((w) => w.kind)).toEqual(['no-inputs']);
    // ∂f/∂d = 1; ∂f/∂c = 1 (direct) + 2 (through d = c·2) = 3
    expect([gradOf(a, 'f'), gradOf(a, 'd'), gradOf(a, 'c')]).toEqual([1, 1, 3]);
  });
});

describe('derivatives at awkward points', () => {
  it('gives relu and abs the local derivative 0 at 0', () => {
    expect(gradOf(run('x = 0\nf = relu(x)'), 'x')).toBe(0);
    expect(gradOf(run('x = 0\nf = abs(x)'), 'x')).toBe(0);
  });
  it('sends the whole gradient to the first argument of max and min on a tie', () => {
    for (const f of ['max', 'min']) {
      const a = run(`a = 2\nb = 2\nf = ${f}(a, b)`);
      expect([gradOf(a, 'a'), gradOf(a, 'b')]).toEqual([1, 0]);
    }
  });
  it('differentiates x^2 at x = -3 without touching ln of a negative base', () => {
    const a = run('x = -3\nf = x^2');
    expect(gradOf(a, 'x')).toBe(-6); // 2·(-3)^1
    expect([...a.trace.grads].some(Number.isNaN)).toBe(false);
    expect([...a.trace.contributions].some(Number.isNaN)).toBe(false);
  });
  it('differentiates the exponent when it is an input: ∂(a^b)/∂b = a^b·ln a', () => {
    const a = run('a = 2\nb = 3\nf = a^b');
    expect(gradOf(a, 'a')).toBe(12); // 3·2²
    expect(gradOf(a, 'b')).toBeCloseTo(8 * Math.LN2, 14);
  });
  it.each([
    ['log(-1)', 'x = -1\ny = log(x)', 'y is NaN'],
    ['sqrt(-1)', 'x = -1\ny = sqrt(x) + 1', 'sqrt(x) where x = -1'],
    ['0/0', 'x = 0\nq = x / x', 'q is NaN'],
  ])('makes %s NaN with one warning naming the node, without throwing', (_what, source, named) => {
    const a = run(source);
    expect(Number.isNaN(a.trace.values[a.graph.output])).toBe(true);
    const warnings = a.allWarnings.filter((w) => w.kind === 'non-finite');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain(named);
    // The warning leads with the node's name in formulas: its own, or g₁ for an anonymous gate.
    expect(warnings[0].message.startsWith(a.graph.nodes[warnings[0].nodeId as number].text)).toBe(true);
  });
  it('keeps an unused line with a domain error from poisoning the gradient of its input', () => {
    // y is not on the path to f, so ∂f/∂x is just 2 — not 0·∞ or 0·NaN
    for (const bad of ['log(x)', 'sqrt(x)', '1 / x']) expect(gradOf(run(`x = 0\ny = ${bad}\nf = x*2`), 'x')).toBe(2);
  });
});

describe('inputs and warnings', () => {
  it('gives an undeclared name the value 1 and a warning', () => {
    const a = run('f = x + 2');
    expect(valueOf(a, 'x')).toBe(1);
    expect(a.allWarnings.map((w) => w.kind)).toEqual(['default-input']);
    expect(a.allWarnings[0].message).toContain('x');
  });
  it('warns when the output depends on no input', () => {
    const a = run('x = 1\nf = 2 * pi');
    expect(a.allWarnings.map((w) => w.kind)).toEqual(['no-inputs']);
    expect(valueOf(a, 'f')).toBeCloseTo(2 * Math.PI, 15);
  });
});

describe('re-evaluation and structure keys', () => {
  it('evaluates the same graph object at new values without reparsing', () => {
    const { graph } = build(CS231N);
    const t = evaluate(graph, [1, 2, 4]);
    expect(t.graph).toBe(graph);
    expect(t.values[graph.output]).toBe(12); // (1 + 2)·4
    // ∂f/∂x = ∂f/∂y = z = 4, ∂f/∂z = x + y = 3: distinct, so swapped operands would show
    expect(graph.inputs.map((id) => t.grads[id])).toEqual([4, 4, 3]);
  });
  it('keys graphs by shape (layoutKey) and by shape plus constants (key)', () => {
    const [base, otherInput, otherConst] = ['x = 1\nf = x*x + 3', 'x = -7.5\nf = x*x + 3', 'x = 1\nf = x*x + 4']
      .map((s) => build(s).graph);
    expect(otherInput.layoutKey).toBe(base.layoutKey);
    expect(otherInput.key).toBe(base.key);
    expect(otherConst.layoutKey).toBe(base.layoutKey);
    expect(otherConst.key).not.toBe(base.key);
  });
});

describe('deep and large programs at the default stack size', () => {
  it('runs a 10,000-statement chain a1 = sin(a0) …', () => {
    const a = run(['a0 = 0.5', ...Array.from({ length: 10_000 }, (_, i) => `a${i + 1} = sin(a${i})`)].join('\n'));
    let v = 0.5;
    let g = 1;
    for (let i = 0; i < 10_000; i++) { g *= Math.cos(v); v = Math.sin(v); } // chain rule: ∏ cos(a_i)
    expect(valueOf(a, 'a10000')).toBe(v);
    expect(gradOf(a, 'a0')).toBeCloseTo(g, 12);
  });
  it.each([10_000, 100_000])('evaluates a %i-term sum x+x+…+x', (n) => {
    const { graph, inputValues } = build(`x = 2\n${Array(n).fill('x').join('+')}`);
    const t = evaluate(graph, inputValues);
    expect(t.values[graph.output]).toBe(2 * n);
    expect(t.grads[graph.inputs[0]]).toBe(n);
  });
});

// ---- backprop against finite differences on random smooth programs ---------------------------

/** Which side of every kink each relu/abs/max/min/tan stands on, plus the distance to the nearest kink. */
function kinks(graph: Graph, v: ArrayLike<number>): { side: string; margin: number } {
  let side = '';
  let margin = Infinity;
  for (const n of graph.nodes) {
    if (n.kind !== 'gate') continue;
    const [a, b] = n.args.map((i) => v[i]);
    const d = n.op === 'relu' || n.op === 'abs' ? a : n.op === 'max' || n.op === 'min' ? a - b : n.op === 'tan' ? Math.cos(a) : null;
    if (d === null) continue;
    side += d > 0 ? '+' : '-';
    margin = Math.min(margin, Math.abs(d), n.op === 'tan' ? Math.abs(d) * 20 : Infinity);
  }
  return { side, margin };
}

describe('backprop agrees with finite differences', () => {
  it('on 1,000 random smooth programs (away from kinks)', () => {
    fc.assert(fc.property(smoothProgram, (source) => {
      const { graph, inputValues } = build(source);
      const t = evaluate(graph, inputValues);
      const big = (x: number) => !Number.isFinite(x) || Math.abs(x) > 1e5;
      fc.pre(!t.values.some(big) && !t.grads.some(big));
      // Differences at h = 1e-4 resolve only what varies slowly at that scale: sin(t³) with a gradient
      // of 2·10⁴ turns over every 3·10⁻⁴, so beyond |∂f/∂x| = 10³ the samples alias, whatever backprop says.
      fc.pre(graph.inputs.every((id) => Math.abs(t.grads[id]) <= 1e3));
      const base = kinks(graph, t.values);
      fc.pre(base.margin > 1e-3);
      // An independent 4-point central difference, f'(x) ≈ (-f(x+2h) + 8f(x+h) - 8f(x-h) + f(x-2h)) / 12h,
      // at h and 2h: its error shrinks 16-fold when h halves, so the two estimates' gap bounds it.
      const ev = new Evaluator(graph);
      const at = (i: number, dx: number) => {
        ev.setInputs(inputValues.map((x, j) => (j === i ? x + dx : x)));
        ev.forward();
        fc.pre(kinks(graph, ev.values).side === base.side); // the same branch everywhere we sample
        return ev.values[graph.output];
      };
      const checks = checkGradients(graph, inputValues);
      graph.inputs.forEach((id, i) => {
        const fd = (h: number) => (-at(i, 2 * h) + 8 * at(i, h) - 8 * at(i, -h) + at(i, -2 * h)) / (12 * h);
        const h = 1e-4;
        const [fine, coarse] = [fd(h), fd(2 * h)];
        const scale = Math.max(1, ...[-2, -1, 1, 2].map((k) => Math.abs(at(i, k * h))));
        const bp = t.grads[id];
        const label = `${source}\n∂/∂${graph.nodes[id].text}: backprop ${bp}, differences ${fine} / ${coarse}`;
        expect(Math.abs(bp - fine), label).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(fine)) + 1e-12 * scale / h + 2 * Math.abs(fine - coarse));
        // checkGradients (2-point, h = 1e-5) errs by about f'''·h²/6; estimate f''' from the same samples.
        const third = Math.abs(at(i, 2 * h) - 2 * at(i, h) + 2 * at(i, -h) - at(i, -2 * h)) / (2 * h ** 3);
        [-1e-5, 1e-5].forEach((dx) => at(i, dx)); // checkGradients' sample points are kink-free too
        expect(checks[i].backprop).toBe(bp);
        expect(Math.abs(checks[i].numerical - bp), `${label}, checkGradients ${checks[i].numerical}`)
          .toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(bp)) + 1e-10 * scale + 10 * third * 1e-10 / 6);
      });
    }), { numRuns: 1000 });
  });
});

describe('each NaN or Infinity gets one warning at its first cause (issue 12)', () => {
  it('1e400 warns that it becomes Infinity', () => {
    const a = run('a = 1e400\nf = a * 2');
    const w = a.allWarnings.filter((x) => x.kind === 'non-finite');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/a is Infinity: the number is too large/);
  });
  it('relu(x)^0.5 + x at x = -1: a NaN gradient from 0·∞, explained once at the power', () => {
    // relu(-1) = 0; ∂(u^0.5)/∂u = 0.5·0^(-0.5) = ∞; relu's local gradient at -1 is 0; 0·∞ = NaN.
    const a = run('x = -1\nf = relu(x)^0.5 + x');
    expect(Number.isNaN(gradOf(a, 'x'))).toBe(true);
    const w = a.allWarnings.filter((x) => x.kind === 'non-finite');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/gradient through relu\(x\)\^0\.5 is Infinity/);
    expect(w[0].message).toMatch(/relu\(x\) = 0/);
    expect(w[0].message).toMatch(/0·∞ = NaN/);
  });
  it('log(x) at x = -1: the gradient is NaN, not 1/x = -1, and the warning names op and operand once', () => {
    const a = run('x = -1\nf = log(x)');
    expect(Number.isNaN(gradOf(a, 'x'))).toBe(true);
    const w = a.allWarnings.filter((x) => x.kind === 'non-finite');
    expect(w).toHaveLength(1);
    expect(w[0].message).toBe('f is NaN at line 2, column 5: log(x) where x = -1');
  });
});
