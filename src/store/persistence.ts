/**
 * Autosave: the lesson record in the browser's local storage, written as the student types,
 * read back on load. Storage is untrusted in both directions: reading or writing can throw
 * (storage disabled, quota exceeded, a sandboxed frame) and what is read can be another
 * version's record or garbage. Every failure here ends in "use the defaults", with a reason.
 *
 * Writes are synchronous on every change of the record, so a tab killed right after a
 * keystroke keeps it; an unchanged record (hover, playback state) writes nothing.
 */
import type { StoreApi } from 'zustand/vanilla';
import { decodeLesson, encodeLesson, type LessonRecord } from './lessonState.ts';
import { lessonRecord, type SaveProblem, type Store } from './store.ts';

export const STORAGE_KEY = 'chainrule.lesson';

/** The part of the Web Storage API used here, so tests can pass a stand-in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** `window.localStorage`, or null where merely touching it throws or it does not exist. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export type Loaded =
  | { readonly kind: 'saved'; readonly record: LessonRecord }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly reason: SaveProblem };

export function loadLesson(storage: KeyValueStorage | null): Loaded {
  if (!storage) return { kind: 'none' };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unreadable', reason: { code: 'storage' } };
  }
  if (text === null) return { kind: 'none' };
  const decoded = decodeLesson(text);
  return decoded.ok ? { kind: 'saved', record: decoded.value } : { kind: 'unreadable', reason: decoded.error };
}

/** Writes the record; false when storage refused it (full or disabled). */
export function saveLesson(storage: KeyValueStorage, record: LessonRecord): boolean {
  try {
    storage.setItem(STORAGE_KEY, encodeLesson(record));
    return true;
  } catch {
    return false;
  }
}

/**
 * Restores the saved lesson into the store (if there is a readable one), then saves every
 * change of the record from now on. Returns what was loaded (for a message) and the stop.
 */
export function startAutosave(store: StoreApi<Store>, storage: KeyValueStorage | null): { loaded: Loaded; stop: () => void } {
  const loaded = loadLesson(storage);
  if (loaded.kind === 'saved') store.getState().restore(loaded.record);
  // The student is told: a save that could not be read, or a browser that keeps nothing.
  if (loaded.kind === 'unreadable') store.setState({ storageProblem: { kind: 'unreadable', reason: loaded.reason } });
  if (!storage) {
    store.setState({ storageProblem: { kind: 'not-saving' } });
    return { loaded, stop: () => {} };
  }
  let last = lessonRecord(store.getState());
  const stop = store.subscribe((state) => {
    const record = lessonRecord(state);
    if (sameRecord(record, last)) return;
    last = record;
    const saved = saveLesson(storage, record);
    // Once saving works again the message has done its job.
    if (saved && state.storageProblem !== null) store.setState({ storageProblem: null });
    if (!saved && state.storageProblem?.kind !== 'not-saving') store.setState({ storageProblem: { kind: 'not-saving' } });
  });
  return { loaded, stop };
}

/** Field by field: the store keeps unchanged fields identical, so this is cheap on every change. */
function sameRecord(a: LessonRecord, b: LessonRecord): boolean {
  return (Object.keys(a) as (keyof LessonRecord)[]).every((k) => a[k] === b[k]);
}
