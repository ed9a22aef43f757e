/**
 * The address bar follows the lesson: its hash is always the share link of what is on screen,
 * so copying the address shares the lesson, and opening an address restores it.
 *
 * History: stepping, typing and switching the view REPLACE the current entry (Back must not
 * walk through 95 steps); switching programs — picking an example, bringing back a kept text,
 * opening a link or a file — PUSHES one, so Back/Forward move between programs. So does "Show
 * this entry's step" (Layers → Gates at one scalar's step): Back returns to the Layers step. The address
 * follows a change within DEBOUNCE_MS plus the few milliseconds compression takes; a big
 * program's, once the typing pauses (bigWrites.ts: each write of a long address costs the page
 * tens to hundreds of ms).
 *
 * A link's program never silently replaces the student's own: it comes in as an example pick
 * does, through `keep` (origin.ts), so the text on screen before stays reachable.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LessonRecord } from './lessonState.ts';
import { exampleInLanguage, keep, openedOrigin, type Provenance } from './origin.ts';
import { decodeShareHash, encodeShareHash, type LinkProblem } from './shareLink.ts';
import { lessonRecord, type Store } from './store.ts';
import { BIG_CHARS, PAUSE_MS } from './bigWrites.ts';

export const DEBOUNCE_MS = 120;

/**
 * Why the link in the address could not be opened (shown with role=alert, in words of the
 * catalogs: messages.ts); null when none.
 */
export const linkNotice = createStore<{ problem: LinkProblem | null }>()(() => ({ problem: null }));
export const useLinkNotice = () => useStore(linkNotice, (s) => s.problem);

/** The part of `window` used here, so tests can pass a stand-in. */
export interface AddressWindow {
  readonly location: { readonly hash: string; readonly href: string };
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate' | 'beforeunload' | 'pageshow', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'beforeunload' | 'pageshow', listener: () => void): void;
}

const WRITTEN_KEY = 'chainrule.address';
/**
 * The addresses this tab wrote last, newest first, with when (session storage: per tab, kept
 * across reloads). A reload that starts just as the page replaces its address may reload the
 * address before it: the browser learns of a replaceState a moment after the page makes it
 * (seen under load in CI). So an address this tab wrote counts as its own if it is the newest,
 * or if the newest was written only a moment before this load; otherwise it is an older entry
 * reached across a page load, which opens as a link does.
 */
const WRITTEN_KEPT = 4;
const RELOAD_RACE_MS = 2000;
interface Written { readonly hash: string; readonly at: number }
function writtenByThisTab(): Written[] {
  try {
    const text = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(WRITTEN_KEY);
    if (text === null) return [];
    // An older build kept one address as plain text.
    const list: unknown = text.startsWith('[') ? JSON.parse(text) : [{ hash: text, at: 0 }];
    return Array.isArray(list) ? list.filter((w): w is Written => typeof w?.hash === 'string' && typeof w?.at === 'number') : [];
  } catch {
    return [];
  }
}
/**
 * What is kept of an address: its length and FNV-1a digest. Four whole addresses of a big
 * program were 200 kB of session storage written on every address change.
 */
function digest(hash: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < hash.length; i++) h = Math.imul(h ^ hash.charCodeAt(i), 0x01000193);
  return `${hash.length}:${(h >>> 0).toString(36)}`;
}
function isOwnAddress(hash: string): boolean {
  const [newest, ...before] = writtenByThisTab();
  if (!newest) return false;
  // An older build kept whole addresses.
  const kept = digest(hash);
  const mine = (w: Written) => w.hash === kept || w.hash === hash;
  return mine(newest) || (Date.now() - newest.at < RELOAD_RACE_MS && before.some(mine));
}
function rememberWritten(address: string): void {
  const hash = digest(address);
  try {
    const list = [{ hash, at: Date.now() }, ...writtenByThisTab().filter((w) => w.hash !== hash)].slice(0, WRITTEN_KEPT);
    sessionStorage.setItem(WRITTEN_KEY, JSON.stringify(list));
  } catch {
    // No session storage: a reload then reopens the address, at worst a debounce behind.
  }
}

/**
 * The lesson as the page shows it: the step is the lesson view's (clamped to the program drawn),
 * except while a big text is analysed, when the stored step still waits for its schedule.
 */
function shownRecord(state: Store): LessonRecord {
  const record = lessonRecord(state);
  const { status, step } = state.lesson();
  return status === 'current' || status === 'stale' ? { ...record, step } : record;
}

/**
 * Takes over a shared lesson as a program switch: the text on screen is kept first. The
 * program opened is not the student's own (a linked one never takes `ownText`'s place), unless
 * it is one of the student's kept texts, or `origin` says what it is.
 */
export function openShared(store: StoreApi<Store>, shared: LessonRecord, origin?: Provenance): void {
  const state = store.getState();
  const same = shared.source === state.source;
  // The same text again (a reload of one's own link) is no switch: nothing to keep.
  const kept = same ? { ownText: state.ownText, edits: state.edits } : keep(state);
  const from = same ? { presetId: state.presetId, linked: state.linked } : origin ?? openedOrigin(shared.source, shared.presetId, state);
  state.restore({ ...shared, ownText: kept.ownText, edits: kept.edits, ...from });
}

/**
 * Opens the address's link (if any), then keeps the address in step with the store.
 * Resolves once the link is applied; returns the stop.
 */
export async function startAddressSync(store: StoreApi<Store>, win: AddressWindow): Promise<() => void> {
  const open = async (hash: string): Promise<boolean> => {
    if (hash === '' || hash === '#') return false;
    const decoded = await decodeShareHash(hash);
    if (!decoded.ok) {
      linkNotice.setState({ problem: decoded.error });
      return false;
    }
    linkNotice.setState({ problem: null });
    // An unedited example opens with its comments in the language the page will speak.
    const shared = decoded.value;
    const localized = exampleInLanguage(shared, shared.language ?? store.getState().language);
    openShared(store, localized === null ? shared : { ...shared, source: localized });
    return true;
  };
  // A reload shows an address this tab wrote, which may trail the last keystroke by the
  // debounce: autosave is as new or newer, so the address is not opened over it. Any other
  // hash is a link (pasted, clicked, or an older entry reached across a page load).
  if (!isOwnAddress(win.location.hash.slice(1))) await open(win.location.hash);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = 0;
  let restoring = false;
  // Leaving (a reload, above all): the navigation has taken the address as it is now, so no
  // write may land after it — the old page runs on until the new one arrives, and a write then
  // would make the reloaded page take its own older address for a link and open it over the
  // newer autosave. If the page stays after all (a cancelled leave, a return from the
  // back-forward cache), writing resumes.
  let leaving = false;
  // Writes run one after another, so a push never overtakes the replace before it.
  let queue = Promise.resolve();
  // `flush`: the entry left by a jump gets the state it was left in, even with a newer write on its way.
  const write = (push: boolean, record = shownRecord(store.getState()), flush = false) => {
    const ticket = ++written;
    queue = queue.then(async () => {
      const hash = `#${await encodeShareHash(record)}`;
      if (leaving) return;
      if (!push && !flush && ticket !== written) return; // a newer state's address is on its way
      if (push) win.history.pushState(null, '', hash);
      else if (hash !== win.location.hash) win.history.replaceState(null, '', hash);
      rememberWritten(hash.slice(1));
    }).catch(() => {});
  };
  const schedule = (push: boolean) => {
    clearTimeout(timer);
    if (push) write(true);
    else timer = setTimeout(() => write(false), store.getState().source.length >= BIG_CHARS ? PAUSE_MS : DEBOUNCE_MS);
  };

  // Program switches, told apart from typing by the action that made them.
  const switches = ['loadPreset', 'restoreOwn', 'restoreEdit', 'openProgram'] as const;
  // A jump within the program that Back undoes.
  const jumps = ['showEntryStep'] as const;
  const originals = Object.fromEntries([...switches, ...jumps].map((k) => [k, store.getState()[k]]));
  let switching = false;
  let jumping = false;
  const wrapped = (k: (typeof switches)[number] | (typeof jumps)[number], jump: boolean) => (arg: number & string) => {
    if (jump) jumping = true;
    else switching = true;
    try {
      (originals[k] as (a: unknown) => void)(arg);
    } finally {
      switching = false;
      jumping = false;
    }
  };
  store.setState(Object.fromEntries([
    ...switches.map((k) => [k, wrapped(k, false)]),
    ...jumps.map((k) => [k, wrapped(k, true)]),
  ]) as Partial<Store>);

  let last = shownRecord(store.getState());
  // Playback steps faster than the debounce (8 steps/s), and writing the address costs the page
  // 1–20 ms a time in Chromium: while it plays, the address waits and catches up when it stops.
  let behind = false;
  const unsubscribe = store.subscribe((state) => {
    const record = shownRecord(state);
    if ((Object.keys(record) as (keyof LessonRecord)[]).every((k) => record[k] === last[k])) {
      if (behind && !state.playing) {
        behind = false;
        schedule(false);
      }
      return;
    }
    const programChanged = record.source !== last.source;
    const left = last;
    const stepOnly = (Object.keys(record) as (keyof LessonRecord)[]).every((k) => k === 'step' || record[k] === last[k]);
    last = record;
    if (restoring) return;
    if (state.playing && stepOnly) {
      behind = true;
      clearTimeout(timer);
      return;
    }
    behind = false;
    if (jumping) {
      clearTimeout(timer);
      write(false, left, true);
    }
    schedule((switching && programChanged) || jumping);
  });

  const onPop = () => {
    restoring = true;
    void open(win.location.hash).finally(() => {
      restoring = false;
      last = shownRecord(store.getState());
    });
  };
  win.addEventListener('popstate', onPop);
  let resume: ReturnType<typeof setTimeout> | undefined;
  const onLeave = () => {
    leaving = true;
    clearTimeout(timer);
    clearTimeout(resume);
    resume = setTimeout(onStay, 2000);
  };
  const onStay = () => {
    if (!leaving) return;
    leaving = false;
    schedule(false);
  };
  win.addEventListener('beforeunload', onLeave);
  win.addEventListener('pageshow', onStay);
  // The first entry holds an address from the start, so Back from a later program returns here.
  schedule(false);

  return () => {
    clearTimeout(timer);
    clearTimeout(resume);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('beforeunload', onLeave);
    win.removeEventListener('pageshow', onStay);
    store.setState(originals as Partial<Store>);
  };
}
