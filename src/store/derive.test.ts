import { describe, expect, it } from 'vitest';
import { derive } from './derive.ts';

/** A chain of `lines` named sin gates after one input: 1 + lines·1 nodes, plus the tag's constant. */
const chain = (lines: number, tag: number) =>
  [`a0 = ${tag}`, ...Array.from({ length: lines }, (_, k) => `a${k + 1} = sin(a${k})`)].join('\n');

describe('derive', () => {
  it('memoises by text: the same text gives the same analysis object', () => {
    const text = chain(3, 0.5);
    expect(derive(text)).toBe(derive(text));
  });

  it('keeps many small programs', () => {
    const texts = Array.from({ length: 10 }, (_, k) => chain(3, k + 0.25));
    const first = texts.map((text) => derive(text));
    texts.forEach((text, k) => expect(derive(text)).toBe(first[k]));
  });

  it('keeps only a few big programs, so memory stays bounded however many are edited', () => {
    // 3,001 nodes each: the memo's node budget holds three of them, never ten.
    const texts = Array.from({ length: 10 }, (_, k) => chain(3000, k + 0.5));
    const first = texts.map((text) => derive(text));
    expect(derive(texts[9])).toBe(first[9]);
    expect(derive(texts[0])).not.toBe(first[0]);
  });
});
