import { describe, expect, it } from 'vitest';
import { analyze, analyzeLayers, describeLayerStep, describeTangent } from '../../core/index.ts';
import { describeStep } from '../../core/index.ts';
import { forwardSweep } from '../forwardSweep.ts';
import { forwardStepView } from '../modeView.ts';
import { PRESETS } from '../../presets/index.ts';
import { stepView } from '../graphState.ts';
import { blankStep, blankTex, blankText, stepBlanks, tableStep } from './hideNumbers.ts';

const preset = (id: string) => {
  const r = analyze(PRESETS.find((p) => p.id === id)!.source);
  if (!r.ok) throw new Error(`${id} does not compile`);
  return r.value;
};
const cs231n = () => preset('cs231n');

/** The numeric parts of a blanked formula (after its left side), less exponents and subscripts: no digit may be left. */
const digitsLeft = (tex: string) => tex.split('=').slice(1)
  .filter((part) => !/\\partial|\\frac\{\\partial|[a-zA-Z]_|\b[a-zA-Z]\b/.test(part.replace(/\\[a-zA-Z]+/g, '')))
  .map((part) => part.replace(/\^\{[^}]*\}|_\{[^}]*\}/g, ''))
  .filter((part) => /\d/.test(part));

describe('blankTex', () => {
  it('keeps the left side and the symbolic parts, blanks every number of the numeric parts', () => {
    expect(blankTex('q = x + y = -2 + 5 = 3')).toBe('q = x + y = {?} + {?} = {?}');
    expect(blankTex('f = q \\cdot z = 3 \\cdot (-4) = -12')).toBe('f = q \\cdot z = {?} \\cdot ({?}) = {?}');
    expect(blankTex('\\partial f/\\partial f = 1')).toBe('\\partial f/\\partial f = {?}');
    expect(blankTex('\\partial (q \\cdot z)/\\partial q = z = -4')).toBe('\\partial (q \\cdot z)/\\partial q = z = {?}');
  });
  it('keeps digits of names and constant exponents, blanks powers of ten and function arguments', () => {
    expect(blankTex('W^{(1)}_{21} = 2 x_{1} = 1.5 \\times 10^{-3}')).toBe('W^{(1)}_{21} = 2 x_{1} = {?}');
    expect(blankTex('y = x^{2} = 3^{2} = 9')).toBe('y = x^{2} = {?}^{2} = {?}');
    expect(blankTex('s = \\sigma(a) = \\sigma(0.5) = 0.62246')).toBe('s = \\sigma(a) = \\sigma({?}) = {?}');
    expect(blankTex('u = e^{a} = e^{0.5} = 1.6487')).toBe('u = e^{a} = e^{{?}} = {?}');
    expect(blankTex('v = \\frac{a}{b} = \\frac{1}{2} = 0.5')).toBe('v = \\frac{a}{b} = \\frac{{?}}{{?}} = {?}');
  });
  it('has a plain-text twin', () => {
    expect(blankText('f = q * z = 3 * (-4) = -12')).toBe('f = q * z = ? * (?) = ?');
    expect(blankText('∂f/∂q = ∂f/∂f · ∂(q * z)/∂q = 1 · (-4) = -4')).toBe('∂f/∂q = ∂f/∂f · ∂(q * z)/∂q = ? · (?) = ?');
    expect(blankText('y = 1.5×10⁻³')).toBe('y = ?');
  });
  it('leaves no digit in the numeric parts of any CS231n step', () => {
    const a = cs231n();
    for (const s of a.schedule.steps) {
      for (const f of describeStep(a, s).lines) {
        const parts = blankTex(f.tex).split('=');
        for (const part of parts.slice(1)) if (!part.includes('\\partial') && !/[a-z]/.test(part)) expect(part).not.toMatch(/\d/);
      }
    }
  });
});

describe('blanks in Layers and forward mode', () => {
  it('blanks every entry of the matrices in the Layers formulas of the matrix presets', () => {
    for (const id of ['cs231n-vectorised', 'mlp-2321-matrix', 'net-222-matrix']) {
      const la = analyzeLayers(preset(id))!;
      let numbers = 0;
      for (const s of la.steps) {
        for (const line of describeLayerStep(la, s).lines) {
          if (/\d\.\d/.test(line)) numbers++;
          expect(digitsLeft(blankTex(line)), `${id} step ${s.index}: ${line}`).toEqual([]);
        }
      }
      expect(numbers, id).toBeGreaterThan(0); // the check saw numbers to blank
    }
    expect(blankTex('= \\begin{bmatrix} 0.1 & -0.5 \\\\ 2 & 3 \\end{bmatrix}')).toBe('= \\begin{bmatrix} {?} & {?} \\\\ {?} & {?} \\end{bmatrix}');
  });

  it('in forward mode blanks the value and the tangent a step computes, in the graph and the panel', () => {
    const a = cs231n();
    const sweep = forwardSweep(a, 'x')!;
    const at = sweep.steps.findIndex((s) => a.graph.nodes[s.node].kind === 'gate');
    const node = sweep.steps[at].node;
    const b = stepBlanks(a, forwardStepView(a, sweep, at), true);
    expect(b.value(node) && b.nodeGrad(node)).toBe(true);
    a.graph.edges.forEach((e, id) => expect(b.grad(id)).toBe(e.from === node));
    const d = blankStep(describeTangent(a, sweep, sweep.steps[at]));
    for (const line of d.lines) expect(digitsLeft(line.tex)).toEqual([]);
    expect(d.lines.some((l) => l.tex.includes('{?}'))).toBe(true);
  });

  it('leaves the tables at the step before while the numbers are hidden or practice asks', () => {
    expect(tableStep({ step: 5, layers: null, concealed: false }, false)).toBe(5);
    expect(tableStep({ step: 5, layers: null, concealed: false }, true)).toBe(4);
    expect(tableStep({ step: 5, layers: null, concealed: true }, false)).toBe(4);
    const la = analyzeLayers(preset('cs231n-vectorised'))!;
    expect(tableStep({ step: 0, layers: la, concealed: false }, true)).toBe(-1);
    expect(tableStep({ step: 2, layers: la, concealed: false }, true)).toBe(tableStep({ step: 1, layers: la, concealed: false }, false));
  });
});

describe('stepBlanks', () => {
  it('blanks the value a forward step computes and the terms and gradient a backward step forms', () => {
    const a = cs231n();
    const { graph, schedule } = a;
    const fwd = schedule.steps.findIndex((s) => s.kind === 'forward');
    const fb = stepBlanks(a, stepView(a, fwd));
    const node = schedule.steps[fwd].node;
    expect(fb.value(node)).toBe(true);
    expect(graph.nodes.some((_, id) => id !== node && fb.value(id))).toBe(false);
    const bwd = schedule.steps.findIndex((s) => s.kind === 'backward' && s.node !== graph.output);
    const bb = stepBlanks(a, stepView(a, bwd));
    const at = schedule.steps[bwd].node;
    expect(bb.nodeGrad(at)).toBe(true);
    graph.edges.forEach((e, id) => expect(bb.grad(id)).toBe(e.to === at));
    expect(graph.nodes.some((_, id) => bb.value(id))).toBe(false);
  });
});
