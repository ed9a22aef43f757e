import { describe, expect, it } from 'vitest';
import { CS231N } from '../testing/fixtures.ts';
import { derive } from './derive.ts';
import { forwardSweep, modeStepCount, wrtName } from './forward.ts';
import { createChainruleStore } from './store.ts';

const cs231n = CS231N + '\n';

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

  it('forgets the answered steps when the program changes, and keeps them when only practice toggles', () => {
    const store = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    store.getState().setPractice(true);
    store.getState().markAnswered(0);
    store.getState().markAnswered(0);
    expect(store.getState().answered).toEqual([0]);
    store.getState().setPractice(false);
    expect(store.getState().answered).toEqual([0]);
    store.getState().setSource(cs231n.replace('x = -2', 'x = -3'));
    expect(store.getState().answered).toEqual([]);
  });
});
