import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/index.ts';
import type { LessonProblem } from './lessonState.ts';
import { linkNoticeText, saveProblemText } from './messages.ts';
import type { LinkProblem } from './shareLink.ts';

const en = catalogs.en.storeMessages;
const ko = catalogs.ko.storeMessages;

const LESSON: readonly LessonProblem[] = [
  { code: 'tooLarge' }, { code: 'notReadable' }, { code: 'notRecord' }, { code: 'noText' },
  { code: 'version', found: '7', expected: 1 }, { code: 'noVersion', found: 'undefined', expected: 1 },
];
const LINK: readonly LinkProblem[] = [
  { code: 'tooLong' }, { code: 'notLink' }, { code: 'notBase64' }, { code: 'truncated' }, { code: 'notText' }, { code: 'unreadable' },
  ...LESSON.map((lesson) => ({ code: 'lesson' as const, lesson })),
];

/** Latin words of 3+ letters, less the brand (what a Korean reader would meet as English). */
const english = (text: string) => (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => /[A-Za-z]{3}/.test(w) && w !== 'Chainrule');

describe('store messages', () => {
  it('say in English what they said before the codes (students and tests know these sentences)', () => {
    expect(linkNoticeText(en, { code: 'tooLong' })).toBe('The link could not be opened: it is too long. Your last program is open instead.');
    expect(linkNoticeText(en, { code: 'notLink' })).toBe('The link could not be opened: it is not a Chainrule link (or one from a newer version). Your last program is open instead.');
    expect(linkNoticeText(en, { code: 'lesson', lesson: { code: 'version', found: '7', expected: 1 } }))
      .toBe('The link could not be opened: its lesson has version 7, not 1. Your last program is open instead.');
    expect(saveProblemText(en, { code: 'notReadable' })).toBe('the saved lesson is not readable');
    expect(saveProblemText(en, { code: 'noVersion', found: 'undefined', expected: 1 })).toBe('the saved lesson has version undefined, not 1');
    expect(saveProblemText(en, { code: 'storage' })).toBe('local storage could not be read');
  });

  it('have a Korean sentence for every code, with no English word in it', () => {
    const texts = [...LINK.map((p) => linkNoticeText(ko, p)), ...[...LESSON, { code: 'storage' } as const].map((p) => saveProblemText(ko, p))];
    for (const text of texts) {
      expect(text).toMatch(/\p{Script=Hangul}/u);
      expect(english(text), text).toEqual([]);
    }
    expect(new Set(texts).size).toBe(texts.length); // each reason says something of its own
    expect(linkNoticeText(ko, { code: 'lesson', lesson: { code: 'version', found: '7', expected: 1 } })).toContain('7');
  });
});
