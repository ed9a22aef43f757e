import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { describeTangent, DETAILS } from '../core/index.ts';
import { diagnose, isRight, questionsForStep } from '../core/course/practice.ts';
import { PRESETS } from '../presets/index.ts';
import { CS231N } from '../testing/fixtures.ts';
import { derive } from '../store/derive.ts';
import { forwardSweep, modeStepCount, wrtName } from './forwardSweep.ts';
import { createChainruleStore, lessonRecord } from '../store/store.ts';

const cs231n = CS231N + '\n';
const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false });

describe('the lesson mode in the store', () => {
  it('steps through forward mode’s schedule: the seed, then q and f', () => {
    const store = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    store.getState().goTo(4);
    store.getState().setMode('forward');
    expect(store.getState().step).toBe(0); // a new mode starts at its first step
    store.getState().last();
    expect(store.getState().step).toBe(2);
    store.getState().setMode('reverse');
    store.getState().last();
    expect(store.getState().step).toBe(6);
  });

  it('differentiates by the chosen input, or the first one when the choice is not an input', () => {
    const d = derive(cs231n);
    if (!d.ok) throw new Error('CS231n does not compile');
    expect(wrtName(d.analysis, 'z')).toBe('z');
    expect(wrtName(d.analysis, 'q')).toBe('x');
    expect(wrtName(d.analysis, null)).toBe('x');
    expect(forwardSweep(d.analysis, 'z')?.gradient).toBe(3); // ∂f/∂z = q = 3
    expect(forwardSweep(d.analysis, 'z')).toBe(forwardSweep(d.analysis, 'z')); // memoised
    expect(modeStepCount(d.analysis, 'forward', 'z')).toBe(3);
    expect(modeStepCount(null, 'forward', 'z')).toBe(0);
  });

  it('carries tangents through Statements lines the output does not use', () => {
    // d = x·3 + 1 is never used by f; forward mode still owes it ḋ = 3·ẋ = 3 (not NaN), and
    // f = x·x gives ḟ = 2x·ẋ = 4 at x = 2.
    const d = derive('x = 2\nd = x * 3 + 1\nf = x * x\n', 'statements');
    if (!d.ok) throw new Error('the program does not compile');
    const sweep = forwardSweep(d.analysis, 'x', 'statements');
    if (!sweep) throw new Error('no forward sweep');
    const { names } = d.analysis.graph;
    expect(sweep.tangents[names.get('d') as number]).toBe(3);
    expect(sweep.tangents[names.get('f') as number]).toBe(4);
    expect(sweep.gradient).toBe(4);
    expect(sweep.steps.every((step) => Number.isFinite(step.tangent))).toBe(true);
  });

  it('forgets the answered steps when the program changes, and keeps them when only practice toggles', () => {
    const store = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    store.getState().setPractice(true);
    store.getState().markAnswered(0);
    store.getState().markAnswered(0);
    expect(store.getState().answered).toEqual([0]);
    store.getState().setPractice(false);
    expect(store.getState().answered).toEqual([0]);
    store.getState().applyEdit(cs231n.replace('x = -2', 'x = -3'));
    expect(store.getState().answered).toEqual([]);
  });
});

describe('forward mode in every level of detail', () => {
  it.each(PRESETS.flatMap((p) => DETAILS.map((d) => [p.id, d, p.source] as const)))('%s, %s view: each input’s tangent equals its gradient', (_id, detail, source) => {
    const d = derive(source, detail);
    if (!d.ok) throw new Error(d.error?.message ?? 'still being analysed');
    const { graph, trace } = d.analysis;
    for (const input of graph.inputs) {
      const name = graph.nodes[input].text;
      const sweep = forwardSweep(d.analysis, name, detail);
      const g = trace.grads[input];
      expect(Math.abs((sweep?.gradient ?? NaN) - g), `${name}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(g)));
      for (const step of sweep?.steps ?? []) render(describeTangent(d.analysis, sweep as NonNullable<typeof sweep>, step).tex);
    }
  });
});

describe('practice in every level of detail', () => {
  it.each(PRESETS.flatMap((p) => DETAILS.map((d) => [p.id, d, p.source] as const)))('%s, %s view: every question renders and takes its own answer', (_id, detail, source) => {
    const d = derive(source, detail);
    if (!d.ok) throw new Error(d.error?.message ?? 'still being analysed');
    for (const step of d.analysis.schedule.steps) {
      for (const q of questionsForStep(d.analysis.trace, step, { opTable: detail !== 'statements' })) {
        render(q.prompt.tex);
        render(q.hint.tex);
        expect(diagnose(q, q.answer)).toBeNull();
        expect(isRight(q.answer, q.answer)).toBe(true);
      }
    }
  });
});

describe('the lesson record', () => {
  it('keeps the mode, the input forward mode differentiates by and practice across a reload', () => {
    const a = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    a.getState().setMode('forward');
    a.getState().setWrt('z');
    a.getState().setPractice(true);
    const b = createChainruleStore();
    b.getState().restore(lessonRecord(a.getState()));
    expect([b.getState().mode, b.getState().wrt, b.getState().practice]).toEqual(['forward', 'z', true]);
  });
});
