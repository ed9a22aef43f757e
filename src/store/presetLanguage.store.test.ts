/**
 * An example's comments follow the app's language (issue 20, "Words"): a pick shows them in the
 * language of the page, a language switch swaps them on an unedited example without counting
 * as an edit or losing the step, the answers or any kept text, and a student's text is never
 * touched.
 */
import { describe, expect, it } from 'vitest';
import { startAddressSync, type AddressWindow } from './addressSync.ts';
import { encodeShareHash } from './shareLink.ts';
import { deepChain, presetById, presetSource } from '../presets/index.ts';
import { exampleInLanguage, isEditedExample, openedOrigin, originOf, type Origin } from './origin.ts';
import { createChainruleStore, lessonRecord } from './store.ts';

const net = presetById('net-222')!;
const netKo = presetSource(net, 'ko');

describe('the origin of an example in another language', () => {
  const before: Origin = { source: 'f = 1', presetId: null, linked: null, ownText: null, edits: [] };

  it('is that example, unedited, typed, undone or opened from a link or a file', () => {
    expect(originOf(netKo, before)).toEqual({ presetId: 'net-222', linked: null });
    expect(openedOrigin(netKo, null, before)).toEqual({ presetId: 'net-222', linked: null });
    expect(isEditedExample({ source: netKo, presetId: 'net-222' })).toBe(false);
    expect(isEditedExample({ source: net.source, presetId: 'net-222' })).toBe(false);
    expect(isEditedExample({ source: netKo.replace('x1 = 0.5', 'x1 = 0.6'), presetId: 'net-222' })).toBe(true);
    // Another example's text is an edit of this one.
    expect(isEditedExample({ source: presetSource('fanout', 'ko'), presetId: 'net-222' })).toBe(true);
  });

  it('is rewritten in another language only where the app wrote it', () => {
    expect(exampleInLanguage({ source: net.source, presetId: 'net-222' }, 'ko')).toBe(netKo);
    expect(exampleInLanguage({ source: netKo, presetId: 'net-222' }, 'en')).toBe(net.source);
    // An example's text is itself whatever the record says (a link of no example).
    expect(exampleInLanguage({ source: netKo, presetId: null }, 'en')).toBe(net.source);
    // The Vanishing gradients switch's chains, on an example.
    expect(exampleInLanguage({ source: deepChain('relu'), presetId: 'sigmoid-chain' }, 'ko')).toBe(deepChain('relu', 8, 'ko'));
    // The student's own program is never rewritten, even when it happens to be a chain.
    expect(exampleInLanguage({ source: deepChain('relu'), presetId: null }, 'ko')).toBeNull();
    expect(exampleInLanguage({ source: `${net.source}# mine\n`, presetId: 'net-222' }, 'ko')).toBeNull();
  });
});

describe('the store in two languages', () => {
  it('picks an example with its comments in the app’s language', () => {
    const store = createChainruleStore({ language: 'ko' });
    store.getState().loadPreset('net-222');
    expect(store.getState().source).toBe(netKo);
    expect(store.getState().presetId).toBe('net-222');
    store.getState().setLanguage('en');
    store.getState().loadPreset('fanout');
    expect(store.getState().source).toBe(presetById('fanout')!.source);
  });

  it('swaps an unedited example’s comments with the language: same example, step, answers and kept texts', () => {
    const store = createChainruleStore({ source: 'f = a * b', lastGoodSource: 'f = a * b', presetId: null });
    store.getState().loadPreset('net-222');
    store.getState().goTo(30);
    store.getState().markAnswered(30);
    const kept = { ownText: store.getState().ownText, edits: store.getState().edits };
    expect(kept.ownText).toBe('f = a * b');

    store.getState().setLanguage('ko');
    let s = store.getState();
    expect(s.language).toBe('ko');
    expect(s.source).toBe(netKo);
    expect(s.lastGoodSource).toBe(netKo);
    expect(s.presetId).toBe('net-222');
    expect(s.linked).toBeNull();
    expect(isEditedExample(s)).toBe(false);
    expect(s.lesson().step).toBe(30);
    expect(s.answered).toEqual([30]);
    expect({ ownText: s.ownText, edits: s.edits }).toEqual(kept);

    store.getState().setLanguage('en');
    s = store.getState();
    expect(s.source).toBe(net.source);
    expect(isEditedExample(s)).toBe(false);
    expect(s.lesson().step).toBe(30);
    expect(s.answered).toEqual([30]);
    expect({ ownText: s.ownText, edits: s.edits }).toEqual(kept);
  });

  it('leaves an edited example, the own program and an opened program as they are', () => {
    const edited = `${net.source}# my note\n`;
    const store = createChainruleStore({ source: edited, lastGoodSource: edited, presetId: 'net-222' });
    store.getState().setLanguage('ko');
    expect(store.getState().source).toBe(edited);
    expect(store.getState().presetId).toBe('net-222');

    const own = createChainruleStore({ source: deepChain('tanh'), lastGoodSource: deepChain('tanh'), presetId: null });
    own.getState().setLanguage('ko');
    expect(own.getState().source).toBe(deepChain('tanh'));

    const opened = createChainruleStore({ source: 'x = 1\nf = x\n', lastGoodSource: 'x = 1\nf = x\n', presetId: null, linked: 'opened' });
    opened.getState().setLanguage('ko');
    expect(opened.getState().source).toBe('x = 1\nf = x\n');
  });

  it('brings back a kept edit as it was typed, whatever the language', () => {
    const store = createChainruleStore({ language: 'ko', source: 'f = 2', lastGoodSource: 'f = 2', presetId: null });
    store.getState().loadPreset('fanout');
    const typed = `${store.getState().source}# 내 메모\n`;
    store.getState().setSource(typed);
    store.getState().loadPreset('cs231n');
    store.getState().setLanguage('en');
    expect(store.getState().source).toBe(presetById('cs231n')!.source);
    expect(store.getState().edits.map((e) => e.text)).toEqual([typed]);
    expect(store.getState().ownText).toBe('f = 2');
    store.getState().restoreEdit(0);
    expect(store.getState().source).toBe(typed);
  });

  it('rebuilds a switched deep chain in the new language, still an edit of the sigmoid chain', () => {
    const store = createChainruleStore({ language: 'ko', source: 'f = 2', lastGoodSource: 'f = 2', presetId: null });
    store.getState().loadPreset('sigmoid-chain');
    expect(store.getState().source).toBe(deepChain('sigmoid', 8, 'ko'));
    store.getState().applyEdit(deepChain('relu', 8, 'ko'));
    expect(store.getState().presetId).toBe('sigmoid-chain');
    store.getState().setLanguage('en');
    expect(store.getState().source).toBe(deepChain('relu'));
    expect(store.getState().presetId).toBe('sigmoid-chain');
    store.getState().applyEdit(deepChain('sigmoid'));
    expect(isEditedExample(store.getState())).toBe(false);
  });
});

describe('a link of an unedited example', () => {
  const windowAt = (hash: string): AddressWindow => ({
    location: { hash, href: `https://x.test/${hash}` },
    history: { pushState: () => {}, replaceState: () => {} },
    addEventListener: () => {},
    removeEventListener: () => {},
  });

  it('opens with its comments in the page’s language, as the example, unedited, at its step; the own program stays kept', async () => {
    const maker = createChainruleStore();
    maker.getState().loadPreset('net-222');
    maker.getState().goTo(12);
    const hash = `#${await encodeShareHash({ ...lessonRecord(maker.getState()), language: null })}`;

    const store = createChainruleStore({ language: 'ko', source: 'f = 7', lastGoodSource: 'f = 7', presetId: null });
    const stop = await startAddressSync(store, windowAt(hash));
    const s = store.getState();
    expect(s.source).toBe(netKo);
    expect(s.presetId).toBe('net-222');
    expect(isEditedExample(s)).toBe(false);
    expect(s.lesson().step).toBe(12);
    expect(s.ownText).toBe('f = 7');
    stop();
  });

  it('in a link that names its language, opens in that language', async () => {
    const maker = createChainruleStore({ language: 'ko' });
    maker.getState().loadPreset('fanout');
    const hash = `#${await encodeShareHash({ ...lessonRecord(maker.getState()), language: 'en' })}`;
    const store = createChainruleStore({ language: 'ko' });
    const stop = await startAddressSync(store, windowAt(hash));
    expect(store.getState().language).toBe('en');
    expect(store.getState().source).toBe(presetById('fanout')!.source);
    expect(store.getState().presetId).toBe('fanout');
    stop();
  });
});
