import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BIG_CHARS, PAUSE_MS, pausedStorage } from './bigWrites.ts';

const big = (tag: string) => `${tag}${'x'.repeat(BIG_CHARS)}`;

/** A page that records its listeners, so a test can fire them. */
function fakePage() {
  const listeners = new Map<string, (() => void)[]>();
  return {
    addEventListener: (type: string, l: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
    removeEventListener: () => {},
    fire: (type: string) => listeners.get(type)?.forEach((l) => l()),
  };
}

function fakeStorage() {
  const items = new Map<string, string>();
  const writes: string[] = [];
  return {
    items, writes, full: false,
    getItem: (k: string) => items.get(k) ?? null,
    setItem(this: { full: boolean }, k: string, v: string) {
      if (this.full) throw new Error('quota');
      writes.push(v.slice(0, 5));
      items.set(k, v);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('pausedStorage', () => {
  it('writes a small value at once', () => {
    const raw = fakeStorage();
    pausedStorage(raw, fakePage())!.setItem('k', 'small');
    expect(raw.items.get('k')).toBe('small');
  });

  it('holds big values while typing goes on, reads the newest, and writes only the last after a pause', () => {
    const raw = fakeStorage();
    const storage = pausedStorage(raw, fakePage())!;
    for (const tag of ['big1', 'big2', 'big3']) {
      storage.setItem('k', big(tag));
      vi.advanceTimersByTime(PAUSE_MS / 2);
    }
    expect(raw.writes).toEqual([]);
    expect(storage.getItem('k')).toBe(big('big3'));
    vi.advanceTimersByTime(PAUSE_MS);
    expect(raw.writes).toEqual(['big3x']);
  });

  it('writes a held value at once when the page is hidden or left', () => {
    const raw = fakeStorage();
    const page = fakePage();
    const storage = pausedStorage(raw, page)!;
    storage.setItem('k', big('big1'));
    page.fire('pagehide');
    expect(raw.items.get('k')).toBe(big('big1'));
  });

  it('a small value after a held big one replaces it (the held one is never written)', () => {
    const raw = fakeStorage();
    const storage = pausedStorage(raw, fakePage())!;
    storage.setItem('k', big('big1'));
    storage.setItem('k', 'small');
    vi.advanceTimersByTime(2 * PAUSE_MS);
    expect(raw.writes).toEqual(['small']);
  });

  it('a held write the storage refused makes the next write throw, so autosave says it is not saving', () => {
    const raw = fakeStorage();
    const storage = pausedStorage(raw, fakePage())!;
    raw.full = true;
    storage.setItem('k', big('big1'));
    vi.advanceTimersByTime(PAUSE_MS);
    expect(() => storage.setItem('k', big('big2'))).toThrow();
  });
});
