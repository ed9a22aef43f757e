/**
 * Browser tabs for the store's unit tests: one local storage shared by several "tabs", where a
 * write by one fires `storage` in the others only (as the browser does), and a page load that
 * wires a store to it as main.tsx does.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createOtherTabNotice, startOtherTabWatch, type OtherTabNotice, type StorageEvents } from '../store/otherTab.ts';
import { startAutosave, type KeyValueStorage } from '../store/persistence.ts';
import { createChainruleStore, type Store } from '../store/store.ts';

export type TabStorage = KeyValueStorage & { removeItem(key: string): void };
type Listener = Parameters<StorageEvents['addEventListener']>[1];

export function sharedStorage(initial: Record<string, string> = {}) {
  const data: Record<string, string> = { ...initial };
  const listeners = new Map<number, Set<Listener>>();
  const fire = (from: number, key: string, newValue: string | null) => {
    for (const [n, ls] of listeners) if (n !== from) for (const l of ls) l({ key, newValue });
  };
  const tab = (n: number): { storage: TabStorage; events: StorageEvents } => ({
    storage: {
      getItem: (k) => data[k] ?? null,
      setItem: (k, v) => {
        data[k] = v;
        fire(n, k, v);
      },
      removeItem: (k) => {
        delete data[k];
        fire(n, k, null);
      },
    },
    events: {
      addEventListener: (_t, l) => void (listeners.get(n) ?? listeners.set(n, new Set()).get(n)!).add(l),
      removeEventListener: (_t, l) => void listeners.get(n)?.delete(l),
    },
  });
  return { data, tab };
}

export interface Tab {
  readonly store: StoreApi<Store>;
  readonly notice: OtherTabNotice;
  /** Closes the tab: it writes nothing more and hears nothing more. */
  close(): void;
}

let opened = 0;

/** A page load in a new tab (or a reload): autosave restores, then the other-tab watch starts. */
export function openTab(shared: ReturnType<typeof sharedStorage>): Tab {
  const { storage, events } = shared.tab(++opened);
  const store = createChainruleStore();
  const notice = createOtherTabNotice();
  const autosave = startAutosave(store, storage);
  const stopWatch = startOtherTabWatch(store, storage, events, notice);
  return {
    store, notice,
    close() {
      autosave.stop();
      stopWatch();
    },
  };
}

/** Every string anywhere in storage's JSON values: what a reload or a later page could still find. */
export function storedTexts(data: Record<string, string>): Set<string> {
  const found = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === 'string') found.add(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (typeof x === 'object' && x !== null) Object.values(x).forEach(walk);
  };
  for (const value of Object.values(data)) {
    try {
      walk(JSON.parse(value));
    } catch {
      found.add(value);
    }
  }
  return found;
}
