import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../presets/index.ts';
import { encodeLesson } from './lessonState.ts';
import { loadLesson, STORAGE_KEY, startAutosave, type KeyValueStorage } from './persistence.ts';
import { createChainruleStore, lessonRecord } from './store.ts';

const memory = (initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
};
const throwing: KeyValueStorage = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
};

describe('autosave', () => {
  it('saves the program as it is typed and a new page restores it with its step', () => {
    const storage = memory();
    const first = createChainruleStore();
    startAutosave(first, storage);
    first.getState().setSource('x = 3\nf = x * x\n');
    first.getState().goTo(2);
    const second = createChainruleStore();
    const { loaded } = startAutosave(second, storage);
    expect(loaded.kind).toBe('saved');
    expect(second.getState().source).toBe('x = 3\nf = x * x\n');
    expect(second.getState().step).toBe(2);
  });

  it('writes nothing for changes outside the record (hovering a node)', () => {
    const storage = memory();
    const store = createChainruleStore();
    startAutosave(store, storage);
    store.getState().hover(1);
    expect(storage.data[STORAGE_KEY]).toBeUndefined();
  });

  it('starts from the defaults when storage throws, and keeps working', () => {
    const store = createChainruleStore();
    const { loaded } = startAutosave(store, throwing);
    expect(loaded).toEqual({ kind: 'unreadable', reason: { code: 'storage' } });
    expect(store.getState().storageProblem).toEqual({ kind: 'unreadable', reason: { code: 'storage' } });
    expect(() => store.getState().setSource('f = 1')).not.toThrow();
    expect(store.getState().source).toBe('f = 1');
    expect(store.getState().storageProblem).toEqual({ kind: 'not-saving' }); // and the student is told
  });

  it('says so while saving fails and stops saying it once saving works again', () => {
    const storage = memory();
    let full = true;
    const flaky: KeyValueStorage = {
      getItem: storage.getItem,
      setItem: (k, v) => {
        if (full) throw new Error('QuotaExceededError');
        storage.setItem(k, v);
      },
    };
    const store = createChainruleStore();
    startAutosave(store, flaky);
    expect(store.getState().storageProblem).toBeNull();
    store.getState().setSource('f = 1');
    expect(store.getState().storageProblem).toEqual({ kind: 'not-saving' });
    full = false;
    store.getState().setSource('f = 2');
    expect(store.getState().storageProblem).toBeNull();
    expect(loadLesson(storage)).toMatchObject({ kind: 'saved', record: { source: 'f = 2' } });
  });

  it('says the program is not kept where there is no storage at all', () => {
    const store = createChainruleStore();
    startAutosave(store, null);
    expect(store.getState().storageProblem).toEqual({ kind: 'not-saving' });
  });

  it('starts from the defaults on a stale or corrupted save, and says why', () => {
    const stale = memory({ [STORAGE_KEY]: JSON.stringify({ v: 0, text: 'f = 1' }) });
    const store = createChainruleStore();
    expect(startAutosave(store, stale).loaded).toEqual({ kind: 'unreadable', reason: { code: 'version', found: '0', expected: 1 } });
    expect(store.getState().source).toBe(DEFAULT_PRESET.source);
    expect(loadLesson(memory({ [STORAGE_KEY]: '{"v":1,' })).kind).toBe('unreadable');
    expect(loadLesson(null)).toEqual({ kind: 'none' });
  });

  it('restores a saved step past the end as the last step, never a crash', () => {
    const base = lessonRecord(createChainruleStore().getState());
    const storage = memory({ [STORAGE_KEY]: encodeLesson({ ...base, step: 10_000 }) });
    const store = createChainruleStore();
    startAutosave(store, storage);
    store.getState().previous();
    // CS231n: 2 gates forward, 5 nodes backward = 7 steps; one before the last is index 5.
    expect(store.getState().step).toBe(5);
  });
});
