import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../presets/index.ts';
import { derive } from './derive.ts';
import { createChainruleStore, lessonRecord, SETTLE_MS } from './store.ts';
import { numbersHidden } from './slices.ts';
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

  it('keeps the student program when a preset replaces it, and brings it back', () => {
    const store = createChainruleStore({ source: 'f = a * b', lastGoodSource: 'f = a * b', presetId: null });
    store.getState().loadPreset('fanout');
    expect(store.getState().ownText).toBe('f = a * b');
    store.getState().restoreOwn();
    expect(store.getState().source).toBe('f = a * b');
    expect(store.getState().presetId).toBeNull();
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

describe('own text and examples', () => {
  const own = 'a = 2\nf = a * a\n';
  const start = () => createChainruleStore({ source: own, lastGoodSource: own, presetId: null });
  const fanout = PRESETS.find((p) => p.id === 'fanout')?.source ?? '';

  it('keeps the own program one choice away after several picks', () => {
    const store = start();
    for (const id of ['fanout', 'neuron', 'cs231n', 'patterns']) store.getState().loadPreset(id);
    expect(store.getState().ownText).toBe(own);
    store.getState().restoreOwn();
    expect(store.getState().source).toBe(own);
  });

  it('keeps an edited example apart: editing an example never overwrites the own program', () => {
    const store = start();
    store.getState().loadPreset('fanout');
    const edited = fanout.replace('x = 2', 'x = 5');
    store.getState().setSource(edited);
    expect(store.getState().presetId).toBe('fanout'); // still the example, now edited
    store.getState().loadPreset('neuron');
    expect(store.getState().ownText).toBe(own);
    expect(store.getState().edits).toEqual([{ presetId: 'fanout', text: edited }]);
    store.getState().restoreEdit(0);
    expect(store.getState().source).toBe(edited);
    expect(store.getState().presetId).toBe('fanout');
  });

  it('makes an edited example the own program when there is none (the default example typed over)', () => {
    const store = createChainruleStore();
    store.getState().setSource('x = 1\nf = x * x\n');
    expect(store.getState().presetId).toBeNull();
    store.getState().loadPreset('fanout');
    expect(store.getState().ownText).toBe('x = 1\nf = x * x\n');
  });

  it('recognises the own program brought back by an undo of the pick', () => {
    const store = start();
    store.getState().loadPreset('fanout');
    store.getState().setSource(own); // what the editor reports after Ctrl+Z
    expect(store.getState().presetId).toBeNull();
  });
});

describe('half-typed text', () => {
  const finished = 'x = 3\ny = 4\nf = x * y\n';
  afterEach(() => vi.useRealTimers());

  it('draws every compiling text but falls back to the last one left standing for SETTLE_MS', () => {
    vi.useFakeTimers();
    const store = createChainruleStore({ source: finished, lastGoodSource: finished });
    // The student types `f = sgn(x)` over the last line; `f = sgn` compiles on the way.
    store.getState().setSource('x = 3\ny = 4\nf = sgn');
    expect(store.getState().source).toBe('x = 3\ny = 4\nf = sgn');
    store.getState().setSource('x = 3\ny = 4\nf = sgn(');
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(store.getState().lastGoodSource).toBe(finished);
  });

  it('does not let a complete but passing text like `f = 2` replace the finished program', () => {
    vi.useFakeTimers();
    const store = createChainruleStore({ source: finished, lastGoodSource: finished });
    store.getState().setSource('f = 2');
    vi.advanceTimersByTime(SETTLE_MS / 2);
    store.getState().setSource('f = 2 *');
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(store.getState().lastGoodSource).toBe(finished);
  });

  it('settles a compiling text after SETTLE_MS idle, and at once after an app edit', () => {
    vi.useFakeTimers();
    const store = createChainruleStore({ source: finished, lastGoodSource: finished });
    store.getState().setSource('f = 2');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(store.getState().lastGoodSource).toBe('f = 2');
    store.getState().declare('a', 1);
    expect(store.getState().lastGoodSource).toBe('a = 1\nf = 2');
  });

  it('keeps the step of the finished program through a passing short text', () => {
    vi.useFakeTimers();
    const store = createChainruleStore({ source: finished, lastGoodSource: finished });
    store.getState().last(); // forward: the gate f; backward: f, y, x — 4 steps, the last at index 3
    expect(store.getState().step).toBe(3);
    store.getState().setSource('x = 3\ny = 4\nf = sgn');
    store.getState().setSource('x = 3\ny = 4\nf = sgn(');
    expect(store.getState().step).toBe(3);
  });
});

describe('the lesson record', () => {
  it('round-trips through restore', () => {
    const a = createChainruleStore({ source: 'x = 1\nf = x * x\n', lastGoodSource: 'x = 1\nf = x * x\n', presetId: null });
    a.getState().goTo(2);
    a.getState().setSpeed(4);
    a.getState().loadPreset('fanout');
    a.getState().goTo(3);
    const b = createChainruleStore();
    b.getState().restore(lessonRecord(a.getState()));
    expect(lessonRecord(b.getState())).toEqual(lessonRecord(a.getState()));
    expect(b.getState().step).toBe(3);
  });

  it('restores a text with an error with its finished fallback on screen', () => {
    const b = createChainruleStore();
    b.getState().restore({ source: 'f = x +', fallback: 'x = 1\nf = x\n', step: 1, presetId: null, linked: null, speed: 2, detail: 'gates', expanded: [], ownText: null, edits: [], trained: {}, learningRate: 0.01, mode: 'reverse', wrt: null, practice: false, language: null, presenter: false, hideNumbers: false });
    expect(b.getState().lastGoodSource).toBe('x = 1\nf = x\n');
  });
});

describe('"Hide numbers"', () => {
  it('blanks only in presenter mode or while a class drives the screen, and the record carries it', () => {
    const a = createChainruleStore();
    a.getState().setHideNumbers(true);
    expect(numbersHidden(a.getState())).toBe(false);
    a.getState().setFollowing(true);
    expect(numbersHidden(a.getState())).toBe(true);
    a.getState().setFollowing(false);
    a.getState().setPresenter(true);
    expect(numbersHidden(a.getState())).toBe(true);
    expect(lessonRecord(a.getState()).hideNumbers).toBe(true);
    const b = createChainruleStore();
    b.getState().restore(lessonRecord(a.getState()));
    expect(numbersHidden(b.getState())).toBe(true);
    b.getState().restore({ ...lessonRecord(a.getState()), hideNumbers: false });
    expect(b.getState().settings.hideNumbers).toBe(false);
  });
});

describe('training state in the store', () => {
  it('moves several inputs in one app edit, through the editor when one is connected', () => {
    const store = createChainruleStore();
    const before = store.getState().source;
    const edits: string[] = [];
    store.getState().connectEditor((next) => { edits.push(next); store.getState().setSource(next); return true; });
    store.getState().setInputs([{ name: 'x', value: -1.5 }, { name: 'z', value: 2 }]);
    expect(edits).toEqual([before.replace('x = -2', 'x = -1.5').replace('z = -4', 'z = 2')]);
    expect(store.getState().source).toBe(edits[0]);
  });

  it('keeps trainable marks and the learning rate in the lesson record; an example resets the marks', () => {
    const a = createChainruleStore();
    a.getState().setTrained({ x: false });
    a.getState().setTrained({ y: true });
    a.getState().setLearningRate(0.1);
    const b = createChainruleStore();
    b.getState().restore(lessonRecord(a.getState()));
    expect(b.getState()).toMatchObject({ trained: { x: false, y: true }, learningRate: 0.1 });
    b.getState().loadPreset('mlp-2321');
    expect(b.getState().trained).toEqual({});
  });
});
