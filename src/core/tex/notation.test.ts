import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { describeStep, formatNumber, texNumber, type Analysis } from '../index.ts';
import { PRESETS } from '../../presets/index.ts';
import { analyzed as run } from '../../testing/fixtures.ts';
/** The formulas of step `index`, or of `name`'s backward step. */
const formulasOf = (a: Analysis, index: number) => describeStep(a, a.schedule.steps[index]);
const stepAt = (a: Analysis, name: string) => formulasOf(a, a.schedule.backwardStepOf[a.graph.names.get(name) as number]);
const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, maxExpand: 1000 });

describe('numbers: one display rule, no wrong digit', () => {
  it.each([
    [3, '3'], [-12, '-12'], [0.5, '0.5'], [-0, '0'], [Math.sin(1), '0.84147'], [1 / 3, '0.33333'],
    // Six digits where the integer part has six, so no integer digit is rounded away.
    [999992.05, '999992'], [123456.7, '123457'], [12345.678, '12346'],
    // From 10⁶ and below 10⁻⁴: m × 10ⁿ, m to five significant digits.
    [-4_000_000, '-4×10⁶'], [1234567, '1.2346×10⁶'], [1e-7, '1×10⁻⁷'], [-3e-5, '-3×10⁻⁵'], [2.5e300, '2.5×10³⁰⁰'],
    [NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity'],
  ])('shows %s as %s', (v, shown) => expect(formatNumber(v)).toBe(shown));

  it('writes the power of ten properly in TeX', () => {
    expect(texNumber(-4_000_000)).toBe('-4 \\times 10^{6}');
    expect(texNumber(999992.05)).toBe('999992');
    expect(texNumber(1e-7)).toBe('1 \\times 10^{-7}');
    for (const v of [-4e6, 1e-7, 2.5e300, 999992.05]) render(texNumber(v));
  });

  it('keeps every shown digit a digit of the value, rounded: reading the text back is within half a unit of its last place', () => {
    for (const v of [999992.05, 0.000123456, 98765.4321, 5e-5, 7654321.9, 1.00001, 99999.95]) {
      const shown = formatNumber(v).replace('×10', 'e').replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c) < 0 ? '-' : '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)));
      const back = Number(shown);
      const mantissa = shown.split('e')[0].replace('-', '');
      const decimals = mantissa.includes('.') ? mantissa.split('.')[1].length : 0;
      const exponent = shown.includes('e') ? Number(shown.split('e')[1]) : 0;
      expect(Math.abs(back - v), `${v} shown as ${formatNumber(v)}`).toBeLessThanOrEqual(0.5 * 10 ** (exponent - decimals) * (1 + 1e-9));
    }
  });
});

describe('names', () => {
  it('renders w0 and w_0 in one program differently: both as typed, upright', () => {
    const a = run('w0 = 1; w_0 = 2; f = w0 * w_0');
    const [w0, w_0] = ['w0', 'w_0'].map((n) => a.graph.nodes[a.graph.names.get(n) as number].label);
    expect([w0, w_0]).toEqual(['\\mathrm{w0}', '\\mathrm{w\\_0}']);
    for (const tex of [w0, w_0]) render(tex);
    // Alone, each keeps its usual subscript.
    expect(run('w0 = 1; f = w0 * 2').graph.nodes[0].label).toBe('w_{0}');
  });

  it('calls anonymous gates g₁, g₂, … (sans-serif g in TeX), never a user\'s g1, and exposes that name for the graph', () => {
    const a = run('g1 = 2; x = 3; f = g1 * x + x * x');
    const g1 = a.graph.nodes[a.graph.names.get('g1') as number];
    expect([g1.label, g1.text, g1.gateName]).toEqual(['g_{1}', 'g1', undefined]);
    const anonymous = a.graph.nodes.filter((n) => n.kind === 'gate' && n.name === undefined);
    expect(anonymous.map((n) => [n.label, n.text, n.gateName])).toEqual([
      ['\\mathsf{g}_{1}', 'g₁', 'g₁'], ['\\mathsf{g}_{2}', 'g₂', 'g₂'],
    ]);
    expect(formulasOf(a, 0).text).toBe('Forward: g₁ = g1 * x = 2 * 3 = 6');
  });
});

describe('local and total derivatives', () => {
  // x = 3; f = x*x + x. Forward: g₁ = x·x = 9, f = g₁ + x = 12.
  const a = run('x = 3; f = x*x + x');
  const f = stepAt(a, 'f');

  it('writes the seed at the output as ∂f/∂f = 1', () => {
    expect(f.upstream?.text).toBe('∂f/∂f = 1');
    expect(f.upstream?.tex).toBe('\\partial f/\\partial f = 1');
  });

  it('writes a local partial with the gate\'s own expression on top, never as the total ∂f/∂x', () => {
    // The add gate f = g₁ + x: ∂(g₁ + x)/∂x = 1, while the total ∂f/∂x = 2·3 + 1 = 7.
    // f = g₁ + x: x is its second operand.
    expect(f.locals[1].local.tex).toBe('\\partial (\\mathsf{g}_{1} + x)/\\partial x = 1');
    expect(stepAt(a, 'x').upstream?.text).toBe('∂f/∂x = 1 + 3 + 3 = 7');
  });

  it('marks the varied slot when an operand fills both (x·x)', () => {
    const g1 = formulasOf(a, a.schedule.backwardStepOf[1]); // node 1 is g₁ = x·x
    expect(g1.locals.map((l) => l.local.text)).toEqual(['∂([x] * x)/∂[x] = 3', '∂(x * [x])/∂[x] = 3']);
    expect(g1.locals[0].local.tex).toBe('\\partial (\\underline{x} \\cdot x)/\\partial \\underline{x} = x = 3');
  });

  it('shows a fan-out as a sum of terms as they arrive, never +=', () => {
    // Terms to x in backward order: 1 from f = g₁ + x, then 3 and 3 from g₁ = x·x.
    const g1 = formulasOf(a, a.schedule.backwardStepOf[1]);
    const sums = [...f.locals, ...g1.locals].map((l) => l.sum?.text);
    expect(sums).toEqual([undefined, '∂f/∂x = 1 + …', '∂f/∂x = 1 + 3 + …', '∂f/∂x = 1 + 3 + 3 = 7']);
    expect(g1.locals[0].product.text).toBe('∂f/∂g₁ · ∂([x] * x)/∂[x] = 1 · 3 = 3');
    a.schedule.steps.forEach((_s, i) => expect(formulasOf(a, i).tex).not.toContain('+='));
  });

  it('keeps a long fan-out sum short: first three terms, ⋯, last two', () => {
    const sum = run(`x = 1; f = ${Array(12).fill('x').join(' + ')}`);
    expect(stepAt(sum, 'x').upstream?.text).toBe('∂f/∂x = 1 + 1 + 1 + … + 1 + 1 = 12');
    // The 5th term to arrive shows t₁ + t₂ + ⋯ + t₅ + ⋯ (terms still to come).
    const fifth = sum.schedule.steps.flatMap((_s, i) => formulasOf(sum, i).locals).filter((l) => l.sum)[4];
    expect(fifth.sum?.text).toBe('∂f/∂x = 1 + 1 + … + 1 + …');
  });
});

describe('formulas in the presets', () => {
  it('use no stacked partial fractions and render under KaTeX', () => {
    for (const p of PRESETS) {
      const a = run(p.source);
      for (const s of a.schedule.steps) {
        for (const line of describeStep(a, s).lines) {
          expect(line.tex, `${p.id} step ${s.index + 1}`).not.toMatch(/\\frac\{\\partial/);
          expect(line.tex).not.toMatch(/\\frac\{[^{}]*\\frac/);
          render(line.tex);
        }
      }
    }
  });
});
