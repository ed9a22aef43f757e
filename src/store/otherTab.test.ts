import { describe, expect, it } from 'vitest';
import { encodeLesson } from './lessonState.ts';
import { OTHER_TAB_KEY, otherTab, openKept, startOtherTabWatch } from './otherTab.ts';
import { STORAGE_KEY, startAutosave } from './persistence.ts';
import { createChainruleStore, lessonRecord } from './store.ts';
import { sharedStorage } from '../testing/tabs.ts';

describe('two tabs share one autosave slot', () => {
  it('keeps the program a tab saves over, and opens it back with this tab\'s text kept', () => {
    const { data, tab } = sharedStorage();
    const [a, b] = [tab(1), tab(2)];
    const storeA = createChainruleStore();
    startAutosave(storeA, a.storage);
    const stopA = startOtherTabWatch(storeA, a.storage, a.events);
    const storeB = createChainruleStore();
    startAutosave(storeB, b.storage);
    const stopB = startOtherTabWatch(storeB, b.storage, b.events);
    storeA.getState().setSource('a = 1\nf = a * 2');
    storeB.getState().setSource('b = 2\nf = b * 3');
    // (One module store stands for both tabs here: this is B's message, about A's text.)
    expect(otherTab.getState().kept?.works[0].text).toBe('a = 1\nf = a * 2');
    storeA.getState().setSource('a = 1\nf = a * 5');
    expect(JSON.parse(data[STORAGE_KEY]).source).toBe('a = 1\nf = a * 5');
    expect(JSON.parse(data[OTHER_TAB_KEY]).source).toBe('b = 2\nf = b * 3');
    expect(otherTab.getState().kept?.works[0]).toEqual({ text: 'b = 2\nf = b * 3', presetId: null });
    openKept(storeA);
    expect(storeA.getState()).toMatchObject({ source: 'b = 2\nf = b * 3', ownText: 'a = 1\nf = a * 5' });
    expect(data[OTHER_TAB_KEY]).toBeUndefined();
    stopA();
    stopB();
  });

  it('a new page finds a kept program, unless it is the one on screen; garbage is ignored', () => {
    const { data, tab } = sharedStorage();
    const store = createChainruleStore();
    data[OTHER_TAB_KEY] = encodeLesson({ ...lessonRecord(store.getState()), source: 'k = 1\nf = k' });
    startOtherTabWatch(store, tab(1).storage, null)();
    expect(otherTab.getState().kept?.works[0].text).toBe('k = 1\nf = k');
    data[OTHER_TAB_KEY] = '{"v":1,"source":';
    startOtherTabWatch(store, tab(1).storage, null)();
    expect(otherTab.getState().kept).toBeNull();
  });
});
