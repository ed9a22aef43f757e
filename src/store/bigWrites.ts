/**
 * Big writes wait for a pause in the typing. Autosave writes the lesson record to local storage
 * and the address follows it with replaceState; for a 5,000-line program each write cost
 * Chromium 50–350 ms here (a 100 kB value, a 50 kB address), and made on every keystroke they
 * froze the page. Small values are written at once, as before; a big one is held (reads see
 * it) and written once nothing newer came for PAUSE_MS, or at once when the page is hidden or
 * left, so a reload or a closed tab still finds it (a killed one may lose the last PAUSE_MS).
 * The address waits the same pause (addressSync.ts).
 */
import type { KeyValueStorage } from './persistence.ts';

/** From this many characters a value waits for a pause. */
export const BIG_CHARS = 20_000;
export const PAUSE_MS = 500;

export interface PageEvents {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
}

/**
 * Calls `write` with the newest value once `PAUSE_MS` pass without a newer one, or when
 * `flush` runs. `hold` returns false for a small value, which the caller writes itself.
 */
function pauseWriter<T>(write: (value: T) => void) {
  let held: { readonly value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    const h = held;
    held = null;
    if (h) write(h.value);
  };
  return {
    hold(value: T) {
      held = { value };
      clearTimeout(timer);
      timer = setTimeout(flush, PAUSE_MS);
    },
    drop() {
      clearTimeout(timer);
      held = null;
    },
    flush,
    get held() { return held; },
  };
}

/**
 * `storage` with big values written at pauses. A held write that the storage refuses (full)
 * makes the next write throw, so autosave still says it is not saving.
 */
export function pausedStorage(storage: KeyValueStorage | null, page: PageEvents): KeyValueStorage | null {
  if (!storage) return null;
  const writers = new Map<string, ReturnType<typeof pauseWriter<string>>>();
  let refused = false;
  const writerOf = (key: string) => {
    let w = writers.get(key);
    if (!w) {
      w = pauseWriter<string>((value) => {
        try {
          storage.setItem(key, value);
        } catch {
          refused = true;
        }
      });
      writers.set(key, w);
    }
    return w;
  };
  const flushAll = () => { for (const w of writers.values()) w.flush(); };
  page.addEventListener('pagehide', flushAll);
  page.addEventListener('visibilitychange', () => { if (typeof document === 'undefined' || document.visibilityState === 'hidden') flushAll(); });
  return {
    getItem: (key) => writers.get(key)?.held?.value ?? storage.getItem(key),
    setItem(key, value) {
      if (refused) {
        refused = false;
        writers.get(key)?.drop();
        storage.setItem(key, value);
        return;
      }
      if (value.length >= BIG_CHARS) return writerOf(key).hold(value);
      writers.get(key)?.drop();
      storage.setItem(key, value);
    },
  };
}
