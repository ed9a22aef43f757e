/**
 * Autosave: the lesson record in the browser's local storage, written as the student types,
 * read back on load. Storage is untrusted in both directions: reading or writing can throw
 * (storage disabled, quota exceeded, a sandboxed frame) and what is read can be another
 * version's record or garbage. Every failure here ends in "use the defaults", with a reason.
 * A saved record that cannot be read (a newer version's, say) is not the app's to destroy: it is
 * copied under UNREADABLE_KEY before anything is saved over it, and stays there, with its
 * message, until the student dismisses the message.
 *
 * Writes are synchronous on every change of the record, so a tab killed right after a
 * keystroke keeps it; an unchanged record (hover, playback state) writes nothing.
 */
import type { StoreApi } from 'zustand/vanilla';
import { decodeLesson, encodeLesson, type LessonRecord } from './lessonState.ts';
import { lessonRecord, type SaveProblem, type StorageProblem, type Store } from './store.ts';

export const STORAGE_KEY = 'chainrule.lesson';
/** Saved records that could not be read, newest first, as written (a JSON array of strings). */
export const UNREADABLE_KEY = 'chainrule.unreadable';

/** The part of the Web Storage API used here, so tests can pass a stand-in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
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
  if (decoded.ok) return { kind: 'saved', record: decoded.value };
  keepUnreadable(storage, text);
  return { kind: 'unreadable', reason: decoded.error };
}

/** The unreadable records kept so far (garbage in the key itself reads as none). */
export function keptUnreadable(storage: KeyValueStorage): string[] {
  try {
    const list: unknown = JSON.parse(storage.getItem(UNREADABLE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function keepUnreadable(storage: KeyValueStorage, text: string): void {
  const kept = keptUnreadable(storage);
  if (kept.includes(text)) return;
  try {
    storage.setItem(UNREADABLE_KEY, JSON.stringify([text, ...kept]));
  } catch {
    // Storage full: the record stays where it is until the first save replaces it.
  }
}

/** Why the newest kept record could not be read, or null when none is kept. */
function unreadableProblem(storage: KeyValueStorage): StorageProblem | null {
  const [newest] = keptUnreadable(storage);
  if (newest === undefined) return null;
  const decoded = decodeLesson(newest);
  return { kind: 'unreadable', reason: decoded.ok ? { code: 'notReadable' } : decoded.error };
}

let storageInUse: KeyValueStorage | null = null;

/** The student has read the message: the kept unreadable records go. */
export function dismissUnreadable(store: StoreApi<Store>): void {
  try {
    // A wrapper without removeItem (bigWrites.ts) still takes an empty list.
    if (storageInUse?.removeItem) storageInUse.removeItem(UNREADABLE_KEY);
    else storageInUse?.setItem(UNREADABLE_KEY, '[]');
  } catch {
    // Nothing more to do: the message goes, and the copy with the next clean-up of storage.
  }
  if (store.getState().storageProblem?.kind === 'unreadable') store.setState({ storageProblem: null });
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
  storageInUse = storage;
  if (loaded.kind === 'saved') store.getState().restore(loaded.record);
  // The student is told: a save that could not be read (now or at an earlier load, until they
  // dismiss it), or a browser that keeps nothing.
  const unreadable = () => (storage ? unreadableProblem(storage) : null);
  if (loaded.kind === 'unreadable') store.setState({ storageProblem: { kind: 'unreadable', reason: loaded.reason } });
  else store.setState({ storageProblem: unreadable() });
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
    // Once saving works again the message has done its job (an unreadable record's waits for its dismissal).
    if (saved && state.storageProblem?.kind === 'not-saving') store.setState({ storageProblem: unreadable() });
    if (!saved && state.storageProblem?.kind !== 'not-saving') store.setState({ storageProblem: { kind: 'not-saving' } });
  });
  return { loaded, stop };
}

/** Field by field: the store keeps unchanged fields identical, so this is cheap on every change. */
function sameRecord(a: LessonRecord, b: LessonRecord): boolean {
  return (Object.keys(a) as (keyof LessonRecord)[]).every((k) => a[k] === b[k]);
}
