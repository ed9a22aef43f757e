import { describe, expect, it } from 'vitest';
import { analyze, describeStep } from '../../core/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { stepView } from '../graphState.ts';
import { blankTex, blankText, stepBlanks } from './hideNumbers.ts';

const cs231n = () => {
  const r = analyze(PRESETS.find((p) => p.id === 'cs231n')!.source);
  if (!r.ok) throw new Error('cs231n does not compile');
  return r.value;
};

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
