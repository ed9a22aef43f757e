import { describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../presets/index.ts';
import { linkNotice, startAddressSync, type AddressWindow } from './addressSync.ts';
import { lessonRecord, createChainruleStore } from './store.ts';
import { encodeShareHash } from './shareLink.ts';

/** A stand-in for window's location and history: a list of entries and a cursor. */
function fakeWindow(hash = '') {
  const entries = [hash];
  let at = 0;
  const listeners = new Set<() => void>();
  const others = new Map<string, () => void>();
  const win: AddressWindow & { entries: string[]; back(): void; fire(type: string): void } = {
    entries,
    location: { get hash() { return entries[at]; }, get href() { return `https://x.test/${entries[at]}`; } },
    history: {
      pushState: (_d: unknown, _t: string, url?: string | URL | null) => { entries.splice(at + 1, Infinity, String(url)); at++; },
      replaceState: (_d: unknown, _t: string, url?: string | URL | null) => { entries[at] = String(url); },
    },
    addEventListener: (t, l) => { if (t === 'popstate') listeners.add(l); else others.set(t, l); },
    removeEventListener: (t, l) => { if (t === 'popstate') listeners.delete(l); else others.delete(t); },
    fire: (type) => others.get(type)?.(),
    back() { at--; for (const l of listeners) l(); },
  };
  return win;
}

const program = 'x = 3\ny = 4\nf = x * y\n';

/** Waits until the address is the share link of the store's lesson. */
const addressShows = (win: AddressWindow, store: ReturnType<typeof createChainruleStore>) =>
  vi.waitFor(async () => expect(win.location.hash).toBe(`#${await encodeShareHash(lessonRecord(store.getState()))}`));

describe('the address follows the lesson', () => {
  it('replaces the entry while stepping, pushes one on an example pick, and Back restores the program', async () => {
    const store = createChainruleStore();
    const win = fakeWindow();
    const stop = await startAddressSync(store, win);
    store.getState().setSource(program);
    store.getState().goTo(2);
    await addressShows(win, store);
    expect(win.entries).toHaveLength(1);
    store.getState().loadPreset(PRESETS[1].id);
    await vi.waitFor(() => expect(win.entries).toHaveLength(2));
    win.back();
    await vi.waitFor(() => expect(store.getState().source).toBe(program));
    expect(store.getState().step).toBe(2);
    stop();
  });

  it('writes the step the page shows: a restored step past the end is the last step', async () => {
    const store = createChainruleStore();
    const win = fakeWindow();
    const stop = await startAddressSync(store, win);
    store.getState().restore({ ...lessonRecord(store.getState()), source: program, fallback: null, step: 10_000 });
    const { count } = store.getState().lesson();
    expect(count).toBeGreaterThan(0);
    await vi.waitFor(async () => expect(win.location.hash).toBe(`#${await encodeShareHash({ ...lessonRecord(store.getState()), step: count - 1 })}`));
    stop();
  });

  it('leaves the address alone while playback steps, and catches up when it stops', async () => {
    const store = createChainruleStore();
    const win = fakeWindow();
    const stop = await startAddressSync(store, win);
    store.getState().setSource(program);
    await addressShows(win, store);
    const before = win.location.hash;
    const writes = vi.spyOn(win.history, 'replaceState');
    store.getState().setPlaying(true);
    store.getState().goTo(1);
    store.getState().goTo(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(writes).not.toHaveBeenCalled();
    expect(win.location.hash).toBe(before);
    store.getState().setPlaying(false);
    await addressShows(win, store);
    expect(store.getState().step).toBe(2);
    stop();
  });

  it('opens a link over the own program, which stays kept', async () => {
    const linked = createChainruleStore();
    linked.getState().loadPreset('fanout');
    linked.getState().goTo(3);
    const hash = `#${await encodeShareHash(lessonRecord(linked.getState()))}`;
    const store = createChainruleStore();
    store.getState().setSource(program);
    const stop = await startAddressSync(store, fakeWindow(hash));
    expect(store.getState()).toMatchObject({ presetId: 'fanout', step: 3, ownText: program });
    stop();
  });

  it('says why a bad link was not opened, and keeps the program', async () => {
    const store = createChainruleStore();
    store.getState().setSource(program);
    const stop = await startAddressSync(store, fakeWindow('#l1.garbage!'));
    expect(linkNotice.getState().problem).toEqual({ code: 'notBase64' });
    expect(store.getState().source).toBe(program);
    stop();
  });
});

describe('leaving the page', () => {
  it('writes no address once the page starts to leave (a reload has taken the address along), and resumes if it stays', async () => {
    const store = createChainruleStore();
    const win = fakeWindow();
    const stop = await startAddressSync(store, win);
    store.getState().setSource(program);
    await addressShows(win, store);
    const before = win.location.hash;
    store.getState().setSource(`${program}# more\n`);
    win.fire('beforeunload');
    await new Promise((r) => setTimeout(r, 300));
    expect(win.location.hash).toBe(before);
    win.fire('pageshow'); // back from the back-forward cache, or the leave was cancelled
    await addressShows(win, store);
    stop();
  });
});

describe('a link to a program that is no example', () => {
  it('keeps the own program through the next example pick', async () => {
    const shared = createChainruleStore();
    shared.getState().setSource('a = 2\nf = a * a\n');
    const hash = `#${await encodeShareHash(lessonRecord(shared.getState()))}`;
    const store = createChainruleStore();
    store.getState().setSource(program);
    const stop = await startAddressSync(store, fakeWindow(hash));
    expect(store.getState()).toMatchObject({ source: 'a = 2\nf = a * a\n', ownText: program });
    store.getState().loadPreset('fanout');
    expect(store.getState().ownText).toBe(program);
    store.getState().restoreOwn();
    expect(store.getState().source).toBe(program);
    stop();
  });
});

describe('a reload that races the address', () => {
  it("takes the address before the newest for this tab's own when the newest was written a moment ago, and for a link later", async () => {
    const session = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => session.get(k) ?? null,
      setItem: (k: string, v: string) => void session.set(k, v),
      removeItem: (k: string) => void session.delete(k),
    });
    try {
      const other = 'a = 1\nf = a * 2\n';
      const tab = createChainruleStore();
      const win = fakeWindow();
      const stop = await startAddressSync(tab, win);
      tab.getState().setSource(other);
      await addressShows(win, tab);
      const older = win.location.hash;
      tab.getState().setSource(program);
      await vi.waitFor(() => expect(win.location.hash).not.toBe(older));
      stop();
      // The browser reloaded the address before the newest: autosave (the newest program) stands.
      const reloaded = createChainruleStore();
      reloaded.getState().setSource(program);
      (await startAddressSync(reloaded, fakeWindow(older)))();
      expect(reloaded.getState().source).toBe(program);
      // Long after the newest write, that address is an older entry reached across a load: it opens.
      const later = createChainruleStore();
      later.getState().setSource(program);
      const now = Date.now();
      vi.spyOn(Date, 'now').mockReturnValue(now + 60_000);
      (await startAddressSync(later, fakeWindow(older)))();
      expect(later.getState().source).toBe(other);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    }
  });
});
