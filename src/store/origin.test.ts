import { describe, expect, it } from 'vitest';
import { presetById } from '../presets/index.ts';
import { MAX_EDITS } from './lessonState.ts';
import { keep, originOf, type Origin } from './origin.ts';

const fanout = presetById('fanout')?.source ?? '';
const own: Origin = { source: 'f = 1', presetId: null, linked: null, ownText: null, edits: [] };

describe('keeping texts when an example replaces them', () => {
  it('keeps the own program, but not an emptied one', () => {
    expect(keep(own).ownText).toBe('f = 1');
    expect(keep({ ...own, source: '  \n', ownText: 'f = 2' }).ownText).toBe('f = 2');
  });

  it('keeps nothing for an example left as it was', () => {
    expect(keep({ source: fanout, presetId: 'fanout', linked: null, ownText: 'f = 1', edits: [] })).toEqual({ ownText: 'f = 1', edits: [] });
  });

  it('keeps an edited example newest first, once per text, at most MAX_EDITS', () => {
    let o: Origin = { source: '', presetId: 'fanout', linked: null, ownText: 'f = 1', edits: [] };
    for (let i = 0; i < MAX_EDITS + 3; i++) o = { ...o, ...keep({ ...o, source: `${fanout}# ${i}\n` }) };
    expect(o.edits).toHaveLength(MAX_EDITS);
    expect(o.edits[0].text).toBe(`${fanout}# ${MAX_EDITS + 2}\n`);
    const again = keep({ ...o, source: o.edits[3].text });
    expect(again.edits.filter((e) => e.text === o.edits[3].text)).toHaveLength(1);
    expect(again.edits[0].text).toBe(o.edits[3].text);
    expect(again.ownText).toBe('f = 1'); // an edited example never overwrites the own program
  });
});

describe('the origin of a typed text', () => {
  it('is an example when it is that example word for word', () => {
    expect(originOf(fanout, own)).toEqual({ presetId: 'fanout', linked: null });
  });

  it('is the own program when it is the kept own text (an undone pick)', () => {
    expect(originOf('f = 1', { source: fanout, presetId: 'fanout', linked: null, ownText: 'f = 1', edits: [] })).toEqual({ presetId: null, linked: null });
  });

  it('stays an edited example while an own program is kept, and becomes the own program otherwise', () => {
    const edited = fanout + '# mine\n';
    expect(originOf(edited, { source: fanout, presetId: 'fanout', linked: null, ownText: 'f = 1', edits: [] })).toEqual({ presetId: 'fanout', linked: null });
    expect(originOf(edited, { source: fanout, presetId: 'fanout', linked: null, ownText: null, edits: [] })).toEqual({ presetId: null, linked: null });
  });
});

describe('an opened program (a link, a file) is never the own program', () => {
  const linked: Origin = { source: 'l = 1\nf = l', presetId: null, linked: 'opened', ownText: 'f = 1', edits: [] };

  it('keeps nothing for it as opened, and never lets it take the own program\'s place', () => {
    expect(keep(linked)).toEqual({ ownText: 'f = 1', edits: [] });
  });

  it('typed over, it is the student\'s work: kept among the edits, never over the own program', () => {
    const typed = { ...linked, source: 'l = 2\nf = l', ...originOf('l = 2\nf = l', linked) };
    expect(typed.linked).toBe('edited');
    expect(keep(typed)).toEqual({ ownText: 'f = 1', edits: [{ presetId: null, text: 'l = 2\nf = l' }] });
    // With no own program kept, typing over it makes it the own program (as over an example).
    expect(originOf('l = 2\nf = l', { ...linked, ownText: null })).toEqual({ presetId: null, linked: null });
  });

  it('kept programs of no example are not dropped to make room for edits of examples', () => {
    let o: Origin = { ...own, presetId: 'fanout', ownText: 'f = 1', edits: [{ presetId: null, text: 'mine' }] };
    for (let i = 0; i < MAX_EDITS + 3; i++) o = { ...o, ...keep({ ...o, source: `${fanout}# ${i}\n` }) };
    expect(o.edits.filter((e) => e.presetId !== null)).toHaveLength(MAX_EDITS);
    expect(o.edits.at(-1)).toEqual({ presetId: null, text: 'mine' });
  });
});
