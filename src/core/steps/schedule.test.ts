import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import { FUNCTIONS, CONSTANTS, texName, type Analysis, type BackwardStep } from '../index.ts';
import { analyzed as run, CS231N, idOf, shownSteps, texProgram } from '../../testing/fixtures.ts';

/** Equal as numbers: -0 equals 0 (a term of -0 adds up to a gradient of 0) and NaN equals NaN. */
const same = (x: number, y: number) => expect(x === y || (Number.isNaN(x) && Number.isNaN(y)), `${x} vs ${y}`).toBe(true);
/** Equal up to rounding: a fan-out sum adds its terms in another order than the backward pass. */
const close = (x: number, y: number) =>
  expect(x === y || (Number.isNaN(x) && Number.isNaN(y)) || Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)), `${x} vs ${y}`).toBe(true);
const backwardSteps = (a: Analysis) => a.schedule.steps.filter((s): s is BackwardStep => s.kind === 'backward');

/** Every structural promise of the schedule, for any program. */
function checkStructure(a: Analysis): void {
  const { steps, forwardCount, forwardStepOf, backwardStepOf } = a.schedule;
  const { nodes, output } = a.graph;
  steps.forEach((s, i) => expect(s.index).toBe(i));
  // Forward: every gate, in topological (creation) order.
  const gates = nodes.filter((n) => n.kind === 'gate').map((n) => n.id);
  expect(steps.slice(0, forwardCount).map((s) => [s.kind, s.node])).toEqual(gates.map((id) => ['forward', id]));
  gates.forEach((id, i) => expect(forwardStepOf[id]).toBe(i));
  // Backward: from the output back, each node once, operands after their consumers.
  const back = backwardSteps(a);
  expect(back.length).toBe(steps.length - forwardCount);
  if (back.length) expect(back[0].node).toBe(output);
  for (let i = 1; i < back.length; i++) expect(back[i].node).toBeLessThan(back[i - 1].node);
  for (const s of back) {
    expect(backwardStepOf[s.node]).toBe(s.index);
    // The upstream gradient is the sum of the terms arriving along each use.
    if (s.terms.length > 1) close(s.terms.reduce((t, u) => t + u.contribution, 0), s.grad);
    if (s.terms.length === 1) same(s.terms[0].contribution, s.grad);
  }
  // The running sums at each operand end at its gradient.
  const last = new Map<number, number>();
  for (const s of back) for (const l of s.locals) last.set(l.operand, l.runningSum);
  for (const [node, sum] of last) same(sum, a.trace.grads[node]);
}

describe('the step schedule', () => {
  const cs231n = run(CS231N);

  it('plays the gates forward in topological order, then backward from the output', () => {
    const order = cs231n.schedule.steps.map((s) => `${s.kind} ${cs231n.graph.nodes[s.node].text}`);
    expect(order).toEqual(['forward q', 'forward f', 'backward f', 'backward q', 'backward z', 'backward y', 'backward x']);
    expect(cs231n.schedule.forwardCount).toBe(2);
    checkStructure(cs231n);
  });

  it('writes each step as a formula with its numbers', () => {
    const [q, f, df, dq] = shownSteps(cs231n);
    expect(q.text).toBe('Forward: q = x + y = -2 + 5 = 3');
    expect(f.text).toBe('Forward: f = q * z = 3 * (-4) = -12');
    // The output's step is the seed; a gate's local partial has its own expression on top.
    expect(df.text).toBe('Backward: ∂f/∂f = 1; ∂f/∂q = ∂f/∂f · ∂(q * z)/∂q = 1 · (-4) = -4; ∂f/∂z = ∂f/∂f · ∂(q * z)/∂z = 1 · 3 = 3');
    expect(df.lines.map((l) => l.tex)).toEqual([
      '\\partial f/\\partial f = 1',
      '\\partial (q \\cdot z)/\\partial q = z = -4',
      '\\partial f/\\partial q = \\partial f/\\partial f \\cdot \\partial (q \\cdot z)/\\partial q = 1 \\cdot (-4) = -4',
      '\\partial (q \\cdot z)/\\partial z = q = 3',
      '\\partial f/\\partial z = \\partial f/\\partial f \\cdot \\partial (q \\cdot z)/\\partial z = 1 \\cdot 3 = 3',
    ]);
    expect(dq.text).toContain('∂f/∂x = ∂f/∂q · ∂(x + y)/∂x = -4 · 1 = -4');
  });

  it('lists one term per use at a fan-out node, and the terms sum to its gradient', () => {
    const a = run('x = 3\nf = x*x + x');
    const x = backwardSteps(a).find((s) => s.node === idOf(a, 'x')) as BackwardStep;
    const shownX = shownSteps(a)[x.index] as ReturnType<typeof shownSteps>[number] & { kind: 'backward' };
    // In the order the backward pass reaches them: 1 from the add gate f, then 3 and 3 from g₁ = x·x.
    expect(x.terms.map((t) => t.contribution)).toEqual([1, 3, 3]);
    expect(x.grad).toBe(7);
    expect(shownX.upstream.text).toBe('∂f/∂x = 1 + 3 + 3 = 7');
    expect(x.pattern).toMatch(/add up/);
    // The running sum at x, in the order the steps reach it: 1 (from +), then 3 and 3 (from ×).
    const sums = backwardSteps(a).flatMap((s) => s.locals.filter((l) => l.operand === x.node).map((l) => l.runningSum));
    expect(sums).toEqual([1, 4, 7]);
    checkStructure(a);
  });

  it('leaves out nodes the output does not depend on, and constants', () => {
    const a = run('x = 1\ny = 2\nunused = y * 3\nf = x * 2');
    const back = backwardSteps(a).map((s) => a.graph.nodes[s.node].text);
    expect(back).toEqual(['f', 'x']);
    checkStructure(a);
    // The output still gets its seed step; the literals 2 and 3 get none.
    const constant = run('x = 1\nf = 2 * 3');
    expect(backwardSteps(constant).map((s) => [constant.graph.nodes[s.node].text, s.locals.length])).toEqual([['f', 0]]);
    checkStructure(constant);
  });
});

// ---- TeX ---------------------------------------------------------------------------------------

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, maxExpand: 1000 });
const renders = (tex: string) => {
  try { render(tex); } catch (e) { throw new Error(`${(e as Error).message}\nin: ${tex}`); }
};

describe('names in TeX', () => {
  it.each([
    ['w0', 'w_{0}'], ['y_true', 'y_{\\text{true}}'], ['alpha', '\\alpha'], ['x', 'x'], ['x_1', 'x_{1}'],
    ['W1_21', 'W^{(1)}_{21}'], ['Delta', '\\Delta'], ['loss', '\\mathrm{loss}'], ['theta12', '\\theta_{12}'],
  ])('renders %s as %s', (name, tex) => {
    expect(texName(name)).toBe(tex);
    renders(tex);
  });

  const GREEK = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa',
    'lambda', 'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega', 'Gamma', 'Delta',
    'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega'];
  const validName = fc.tuple(
    fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/),
    fc.constantFrom('', ...GREEK),
  ).map(([n, g]) => (g && n.length < 4 ? g + n.slice(1) : n)).filter((n) => !FUNCTIONS.has(n) && !CONSTANTS.has(n));

  it('renders any valid name and lets no user character through raw', () => {
    fc.assert(fc.property(validName, (name) => {
      const tex = texName(name);
      renders(tex);
      // The only commands are ours; everything else is letters, digits and TeX grouping.
      const bare = tex.replace(/\\(?:mathrm|text)\{/g, '{').replace(/\\_/g, '').replace(new RegExp(`\\\\(?:${GREEK.join('|')})(?![A-Za-z])`, 'g'), '');
      expect(bare).toMatch(/^[A-Za-z0-9{}()_^,]*$/);
      // Letters and digits of the name all appear, in order.
      expect(tex.replace(/\\(?:mathrm|text)|[^A-Za-z0-9]/g, '')).toBe(name.replace(/[^A-Za-z0-9]/g, ''));
    }), { numRuns: 2000 });
  });
});

describe('step TeX', () => {
  it('renders every step and every line with KaTeX for 1,000 random programs over every op', () => {
    const seen = new Set<string>();
    const ops = new Set<string>();
    let programs = 0;
    fc.assert(fc.property(texProgram, (source) => {
      const a = run(source);
      checkStructure(a);
      for (const n of a.graph.nodes) if (n.kind === 'gate') ops.add(n.op);
      programs++;
      for (const step of shownSteps(a)) {
        // Each line renders, and (in a sample) the whole step's `gathered` block.
        const texts = [...step.lines.map((l) => l.tex), ...(programs <= 100 ? [step.tex] : [])];
        for (const tex of texts) {
          if (seen.has(tex)) continue;
          seen.add(tex);
          try { render(tex); } catch (e) { throw new Error(`${(e as Error).message}\nprogram:\n${source}`); }
        }
      }
    }), { numRuns: 1000 });
    expect([...ops].sort()).toEqual(['abs', 'add', 'cos', 'div', 'exp', 'identity', 'log', 'max', 'min', 'mul', 'neg', 'pos',
      'pow', 'relu', 'sigmoid', 'sin', 'softplus', 'sqrt', 'sub', 'tan', 'tanh']);
  });

  it('brackets a base that already carries a superscript, so no double superscript reaches KaTeX', () => {
    for (const source of ['W1_21^2', 'x = 1e-7\nx^2', '1e-7^x', 'pow(x0_a, 3)']) {
      for (const step of shownSteps(run(source))) renders(step.tex);
    }
    expect(shownSteps(run('W1_21^2'))[0].tex).toBe('f = (W^{(1)}_{21})^{2} = 1^{2} = 1');
  });

  it('gives a call no second pair of brackets', () => {
    expect(shownSteps(run('x = 1\nabs(x - 3)')).slice(0, 2).map((s) => s.text)).toEqual(['Forward: g₁ = x - 3 = 1 - 3 = -2', 'Forward: f = abs(g₁) = abs(-2) = 2']);
    expect(shownSteps(run('x = -1\nsin(-x)'))[1].tex).toBe('f = \\sin(\\mathsf{g}_{1}) = \\sin(1) = 0.84147');
  });
});
