import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets/index.ts';
import { derive } from './derive.ts';
import { createChainruleStore } from './store.ts';
import { CS231N } from '../testing/fixtures.ts';

const cs231n = CS231N + '\n';

describe('the store', () => {
  it('starts on the first preset at step 0', () => {
    const store = createChainruleStore();
    expect(store.getState().source).toBe(PRESETS[0].source);
    expect(store.getState().step).toBe(0);
  });

  it('steps forward and back within the schedule and never past its ends', () => {
    const store = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    const s = store.getState();
    s.previous();
    expect(store.getState().step).toBe(0);
    s.last();
    // 2 gates forward; backward through f, q, z, y, x
    expect(store.getState().step).toBe(6);
    s.next();
    expect(store.getState().step).toBe(6);
    s.first();
    expect(store.getState().step).toBe(0);
  });

  it('keeps the last good program on screen while the text has an error, and loses no text', () => {
    const store = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    store.getState().setSource('f = x * y +');
    expect(store.getState().source).toBe('f = x * y +');
    expect(store.getState().lastGoodSource).toBe(cs231n);
  });

  it('rewrites an input line when its value changes, keeping the graph shape (and so its layout)', () => {
    const store = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    const before = derive(cs231n);
    store.getState().setInput('y', 7);
    const text = store.getState().source;
    expect(text).toBe('x = -2\ny = 7\nz = -4\nq = x + y\nf = q * z\n');
    const after = derive(text);
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok) {
      expect(after.analysis.graph.layoutKey).toBe(before.analysis.graph.layoutKey);
      // q = -2 + 7 = 5, f = 5 · (-4) = -20
      expect(after.analysis.trace.values[after.analysis.graph.output]).toBe(-20);
    }
  });

  it('declares a default input by adding a line', () => {
    const store = createChainruleStore({ source: 'f = a * 2', lastGoodSource: 'f = a * 2' });
    store.getState().declare('a', 1);
    expect(store.getState().source).toBe('a = 1\nf = a * 2');
  });

  it('keeps the student program as a draft when a preset replaces it, and brings it back', () => {
    const store = createChainruleStore({ source: 'f = a * b', lastGoodSource: 'f = a * b', presetId: null });
    store.getState().loadPreset('fanout');
    expect(store.getState().draft).toBe('f = a * b');
    store.getState().restoreDraft();
    expect(store.getState().source).toBe('f = a * b');
    expect(store.getState().draft).toBeNull();
  });

  it('starts playback over from the beginning when asked to play at the last step', () => {
    const store = createChainruleStore({ source: cs231n, lastGoodSource: cs231n });
    store.getState().last();
    store.getState().setPlaying(true);
    expect(store.getState().step).toBe(0);
    expect(store.getState().playing).toBe(true);
  });
});

describe('every preset', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s compiles without warnings', (_id, preset) => {
    const d = derive(preset.source);
    expect(d.ok).toBe(true);
    if (d.ok) expect(d.analysis.allWarnings).toEqual([]);
  });
});
