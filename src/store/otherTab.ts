/**
 * Two tabs share one autosave slot, and the last to change its lesson writes it. So that the
 * other tab's program is never lost by that (closing it after this tab wrote last would lose
 * it), this tab holds the program another tab last saved (the `storage` event says when), and
 * when this tab's next save is about to replace it, keeps it under its own key and says so. The
 * message offers it back ("Open it", as an example pick does: this tab's text stays kept).
 */
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { decodeLesson, LESSON_VERSION } from './lessonState.ts';
import { STORAGE_KEY, type KeyValueStorage } from './persistence.ts';
import { openShared } from './addressSync.ts';
import { lessonRecord, type Store } from './store.ts';

export const OTHER_TAB_KEY = 'chainrule.otherTab';

/** A program another tab saved, kept when this tab's save replaced it. */
export interface KeptProgram {
  readonly source: string;
  readonly presetId: string | null;
}

export const otherTab = createStore<{ kept: KeptProgram | null }>()(() => ({ kept: null }));
export const useOtherTabProgram = () => useStore(otherTab, (s) => s.kept);

export interface StorageEvents {
  addEventListener(type: 'storage', listener: (e: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (e: { key: string | null; newValue: string | null }) => void): void;
}

let storageInUse: (KeyValueStorage & { removeItem?(key: string): void }) | null = null;

/** The kept program as saved: the record's own decoder checks the text (a record of one program). */
function readKept(storage: KeyValueStorage): KeptProgram | null {
  try {
    const text = storage.getItem(OTHER_TAB_KEY);
    if (text === null) return null;
    const decoded = decodeLesson(text);
    return decoded.ok ? { source: decoded.value.source, presetId: decoded.value.presetId } : null;
  } catch {
    return null;
  }
}

export function startOtherTabWatch(store: StoreApi<Store>, storage: KeyValueStorage | null, events: StorageEvents | null): () => void {
  if (!storage) return () => {};
  storageInUse = storage;
  const kept = readKept(storage);
  otherTab.setState({ kept: kept && kept.source !== store.getState().source ? kept : null });

  let pending: string | null = null; // the other tab's saved record, until this tab saves over it
  const onStorage = (e: { key: string | null; newValue: string | null }) => {
    if (e.key === STORAGE_KEY) pending = e.newValue;
  };
  events?.addEventListener('storage', onStorage);

  let last = lessonRecord(store.getState());
  const unsubscribe = store.subscribe((state) => {
    const record = lessonRecord(state);
    if ((Object.keys(record) as (keyof typeof record)[]).every((k) => record[k] === last[k])) return;
    last = record;
    if (pending === null) return;
    // Autosave has just written this tab's record over the other tab's.
    const other = decodeLesson(pending);
    pending = null;
    if (!other.ok || [state.source, state.ownText, ...state.edits.map((e) => e.text)].includes(other.value.source)) return;
    try {
      storage.setItem(OTHER_TAB_KEY, JSON.stringify({ v: LESSON_VERSION, source: other.value.source, presetId: other.value.presetId }));
    } catch {
      // Storage full: the message below still offers the text while this tab is open.
    }
    otherTab.setState({ kept: { source: other.value.source, presetId: other.value.presetId } });
  });
  return () => {
    unsubscribe();
    events?.removeEventListener('storage', onStorage);
  };
}

/** Opens the kept program in place of this tab's, which is kept as an example pick keeps it. */
export function openKept(store: StoreApi<Store>): void {
  const kept = otherTab.getState().kept;
  if (!kept) return;
  openShared(store, { ...lessonRecord(store.getState()), source: kept.source, presetId: kept.presetId, fallback: null, step: 0, expanded: [] });
  dismissKept();
}

export function dismissKept(): void {
  otherTab.setState({ kept: null });
  try {
    storageInUse?.removeItem?.(OTHER_TAB_KEY);
  } catch {
    // Nothing to do: the kept copy is gone from the screen, and overwritten by the next keep.
  }
}
