import { describe, expect, it } from 'vitest';
import { presetById } from '../presets/index.ts';
import { MAX_EDITS } from './lessonState.ts';
import { keep, originOf, type Origin } from './origin.ts';

const fanout = presetById('fanout')?.source ?? '';
const own: Origin = { source: 'f = 1', presetId: null, ownText: null, edits: [] };

describe('keeping texts when an example replaces them', () => {
  it('keeps the own program, but not an emptied one', () => {
    expect(keep(own).ownText).toBe('f = 1');
    expect(keep({ ...own, source: '  \n', ownText: 'f = 2' }).ownText).toBe('f = 2');
  });

  it('keeps nothing for an example left as it was', () => {
    expect(keep({ source: fanout, presetId: 'fanout', ownText: 'f = 1', edits: [] })).toEqual({ ownText: 'f = 1', edits: [] });
  });

  it('keeps an edited example newest first, once per text, at most MAX_EDITS', () => {
    let o: Origin = { source: '', presetId: 'fanout', ownText: 'f = 1', edits: [] };
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
    expect(originOf(fanout, own)).toBe('fanout');
  });

  it('is the own program when it is the kept own text (an undone pick)', () => {
    expect(originOf('f = 1', { source: fanout, presetId: 'fanout', ownText: 'f = 1', edits: [] })).toBeNull();
  });

  it('stays an edited example while an own program is kept, and becomes the own program otherwise', () => {
    const edited = fanout + '# mine\n';
    expect(originOf(edited, { source: fanout, presetId: 'fanout', ownText: 'f = 1', edits: [] })).toBe('fanout');
    expect(originOf(edited, { source: fanout, presetId: 'fanout', ownText: null, edits: [] })).toBeNull();
  });
});
