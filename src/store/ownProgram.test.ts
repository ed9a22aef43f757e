/**
 * The own program is never lost (issue 21): the paths that lost it, each as a test. The random
 * walks over all of them are ownProgram.model.test.ts (and tests/e2e/ownProgram.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openShared } from './addressSync.ts';
import { sharedPart } from './lessonState.ts';
import { openKept } from './otherTab.ts';
import { dismissUnreadable, loadLesson, STORAGE_KEY, UNREADABLE_KEY } from './persistence.ts';
import { createChainruleStore, lessonRecord } from './store.ts';
import { openTab, sharedStorage, storedTexts, type Tab } from '../testing/tabs.ts';

const OWN = 'own = 1\nf = own * 2\n';
const LINK1 = 'l = 1\nf = l + 1\n';
const LINK2 = 'm = 2\nf = m * m\n';
const FILE = 'w = 3\nf = w * w\n';

/** The lesson a share link carries, for a program of no example. */
const link = (source: string) => sharedPart({ ...lessonRecord(createChainruleStore().getState()), source, presetId: null, step: 0 });

let tabs: Tab[] = [];
const tab = (shared: ReturnType<typeof sharedStorage>) => {
  const t = openTab(shared);
  tabs.push(t);
  return t;
};
afterEach(() => {
  for (const t of tabs) t.close();
  tabs = [];
});

describe('the own program is never lost', () => {
  it('after two links in a row, each in a new tab, the own text is still kept and "Your program" holds it', () => {
    const shared = sharedStorage();
    tab(shared).store.getState().setSource(OWN);
    const second = tab(shared);
    openShared(second.store, link(LINK1));
    second.close();
    const third = tab(shared);
    openShared(third.store, link(LINK2));
    expect(loadLesson(shared.tab(0).storage)).toMatchObject({ kind: 'saved', record: { source: LINK2, ownText: OWN } });
    third.store.getState().restoreOwn();
    expect(third.store.getState().source).toBe(OWN);
  });

  it('a tab closed after another saved over it loses neither its program, nor its own text kept behind an example', () => {
    const shared = sharedStorage();
    const a = tab(shared);
    const b = tab(shared);
    b.store.getState().setSource(OWN);
    b.store.getState().loadPreset('fanout'); // B's own text moves into ownText
    a.store.getState().setSource('a = 1\nf = a * 5\n'); // A saves over B's record
    b.close();
    expect(storedTexts(shared.data)).toContain(OWN);
    // A page opened later is offered it, and takes it in.
    const later = tab(shared);
    openKept(later.store, later.notice);
    const s = later.store.getState();
    expect([s.source, s.ownText, ...s.edits.map((e) => e.text)]).toContain(OWN);
  });

  it('a file opens as a link does: the own program stays one pick away, also after a reload', () => {
    const shared = sharedStorage();
    const first = tab(shared);
    first.store.getState().setSource(OWN);
    first.store.getState().openProgram(FILE);
    expect(first.store.getState()).toMatchObject({ source: FILE, ownText: OWN, linked: 'opened' });
    first.store.getState().openProgram(LINK1); // a second file in a row never takes the own program's place
    first.close();
    const reloaded = tab(shared);
    expect(reloaded.store.getState()).toMatchObject({ source: LINK1, ownText: OWN });
    reloaded.store.getState().restoreOwn();
    expect(reloaded.store.getState().source).toBe(OWN);
  });

  it('a saved record that cannot be read is kept under its own key until the message is dismissed', () => {
    const newer = JSON.stringify({ v: 99, source: 'f = from_a_newer_version' });
    const shared = sharedStorage({ [STORAGE_KEY]: newer });
    const first = tab(shared);
    expect(first.store.getState().storageProblem).toMatchObject({ kind: 'unreadable' });
    first.store.getState().setSource(OWN); // the first keystroke saves over the slot
    expect(JSON.parse(shared.data[STORAGE_KEY]).source).toBe(OWN);
    expect(JSON.parse(shared.data[UNREADABLE_KEY] ?? '[]')).toEqual([newer]);
    expect(first.store.getState().storageProblem).toMatchObject({ kind: 'unreadable' }); // still said
    first.close();
    const reloaded = tab(shared);
    expect(reloaded.store.getState()).toMatchObject({ source: OWN, storageProblem: { kind: 'unreadable', reason: { code: 'version' } } });
    dismissUnreadable(reloaded.store);
    expect(reloaded.store.getState().storageProblem).toBeNull();
    expect(shared.data[UNREADABLE_KEY]).toBeUndefined();
  });
});
