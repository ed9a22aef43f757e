/**
 * Two tabs share one autosave slot, and the last to change its lesson writes it. So that the
 * other tab's work is never lost by that (closing it after this tab wrote last would lose it),
 * this tab holds the record another tab last saved (the `storage` event says when), and when
 * this tab's next save is about to replace it, keeps every text of it that is the student's —
 * the program on screen, the own program kept behind an example, the kept edits — under its own
 * key, with what was kept there before, and says so. The message offers them back ("Open it":
 * the first opens, the rest join the picker's kept texts, and this tab's text stays kept).
 */
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { decodeLesson, encodeLesson, type KeptEdit, type LessonRecord } from './lessonState.ts';
import { STORAGE_KEY, type KeyValueStorage } from './persistence.ts';
import { openShared } from './addressSync.ts';
import { studentWork, withKept, type Origin } from './origin.ts';
import { lessonRecord, type Store } from './store.ts';

export const OTHER_TAB_KEY = 'chainrule.otherTab';

/** Another tab's work, kept when this tab's save replaced it: the student's texts, newest first. */
export interface KeptProgram {
  readonly works: readonly KeptEdit[];
}

type RemovableStorage = KeyValueStorage & { removeItem?(key: string): void };

/** The message's state: one per page (tests make one per "tab"). */
export type OtherTabNotice = StoreApi<{ kept: KeptProgram | null; storage: RemovableStorage | null }>;

export const createOtherTabNotice = (): OtherTabNotice => createStore<{ kept: KeptProgram | null; storage: RemovableStorage | null }>()(() => ({ kept: null, storage: null }));
export const otherTab = createOtherTabNotice();
export const useOtherTabProgram = () => useStore(otherTab, (s) => s.kept);

export interface StorageEvents {
  addEventListener(type: 'storage', listener: (e: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (e: { key: string | null; newValue: string | null }) => void): void;
}

/**
 * The kept works as saved. They are written as a lesson record (the first work on screen, the
 * rest as its kept edits), so the record's own decoder checks them.
 */
export function readKept(storage: KeyValueStorage): KeptProgram | null {
  try {
    const text = storage.getItem(OTHER_TAB_KEY);
    if (text === null) return null;
    const decoded = decodeLesson(text);
    if (!decoded.ok) return null;
    const works = studentWork(decoded.value);
    return works.length > 0 ? { works } : null;
  } catch {
    return null;
  }
}

function writeKept(storage: KeyValueStorage, base: LessonRecord, works: readonly KeptEdit[]): void {
  const [first, ...rest] = works;
  const record: LessonRecord = { ...base, source: first.text, presetId: first.presetId, linked: 'edited', ownText: null, edits: rest, fallback: null, step: 0, expanded: [] };
  try {
    storage.setItem(OTHER_TAB_KEY, encodeLesson(record));
  } catch {
    // Storage full: the message below still offers the texts while this tab is open.
  }
}

/** The works of `kept` this tab does not hold itself. */
const notHeldBy = (state: Origin, kept: KeptProgram | null): KeptEdit[] => {
  const mine = new Set([state.source, ...studentWork(state).map((w) => w.text)]);
  return (kept?.works ?? []).filter((w) => !mine.has(w.text));
};

export function startOtherTabWatch(store: StoreApi<Store>, storage: KeyValueStorage | null, events: StorageEvents | null, notice: OtherTabNotice = otherTab): () => void {
  if (!storage) return () => {};
  const kept = readKept(storage);
  notice.setState({ storage, kept: notHeldBy(store.getState(), kept).length > 0 ? kept : null });

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
    if (!other.ok) return;
    const rescued = notHeldBy(state, { works: studentWork(other.value) });
    if (rescued.length === 0) return;
    // What was kept before (from another tab, or an earlier save of that one) stays kept, behind.
    const works = withKept(readKept(storage)?.works ?? [], rescued);
    writeKept(storage, other.value, works);
    notice.setState({ kept: { works } });
  });
  return () => {
    unsubscribe();
    events?.removeEventListener('storage', onStorage);
  };
}

/**
 * Opens the first kept work in place of this tab's text, which is kept as an example pick keeps
 * it; the other kept works join this tab's kept texts (the picker offers them).
 */
export function openKept(store: StoreApi<Store>, notice: OtherTabNotice = otherTab): void {
  const kept = notice.getState().kept;
  if (!kept || kept.works.length === 0) return;
  const [first, ...rest] = kept.works;
  // Gone from storage first: the save below may keep the other tab's newer record there.
  dismissKept(notice);
  const state = store.getState();
  openShared(store, { ...lessonRecord(state), source: first.text, presetId: first.presetId, fallback: null, step: 0, expanded: [] }, { presetId: first.presetId, linked: 'edited' });
  const after = store.getState();
  store.setState({ edits: withKept(after.edits, rest.filter((w) => w.text !== after.ownText)) });
}

export function dismissKept(notice: OtherTabNotice = otherTab): void {
  const { storage } = notice.getState();
  notice.setState({ kept: null });
  try {
    storage?.removeItem?.(OTHER_TAB_KEY);
  } catch {
    // Nothing to do: the kept copy is gone from the screen, and overwritten by the next keep.
  }
}
