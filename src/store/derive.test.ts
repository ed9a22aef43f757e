import { describe, expect, it } from 'vitest';
import { analyzeView } from '../core/index.ts';
import { derive, deriveNow, PENDING, subscribeAnalyses } from './derive.ts';

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
    const first = texts.map((text) => deriveNow(text));
    expect(deriveNow(texts[9])).toBe(first[9]);
    expect(deriveNow(texts[0])).not.toBe(first[0]);
  });

  it('analyses a big program in stages: pending at first, then what one go gives', async () => {
    const text = chain(3000, 7.25);
    const landed = new Promise<void>((done) => {
      const off = subscribeAnalyses(() => {
        off();
        done();
      });
    });
    expect(derive(text)).toBe(PENDING);
    expect(derive(text)).toBe(PENDING); // asking again does not start it twice
    await landed;
    const d = derive(text);
    const whole = analyzeView(text);
    if (!d.ok || !whole.ok) throw new Error('expected an analysis');
    expect([...d.analysis.trace.grads]).toEqual([...whole.value.trace.grads]);
    expect(d.analysis.schedule.steps.length).toBe(whole.value.schedule.steps.length);
  });

  it('holds re-analysis while texts come as fast as typing, then analyses only the newest', async () => {
    const texts = [chain(3000, 4.5), chain(3000, 5.5)];
    const landedAt: number[] = [];
    const t0 = performance.now();
    const off = subscribeAnalyses(() => landedAt.push(performance.now() - t0));
    texts.forEach((text) => derive(text));
    await new Promise<void>((done) => {
      const wait = () => (landedAt.length >= 1 ? done() : setTimeout(wait, 20));
      wait();
    });
    await new Promise((r) => setTimeout(r, 300));
    off();
    // One landing, the newest text's, and not before the typing paused.
    expect(landedAt).toHaveLength(1);
    expect(landedAt[0]).toBeGreaterThanOrEqual(190);
    expect(derive(texts[1])).not.toBe(PENDING);
  });

  it('drops a big analysis that newer texts overtook, and lands the newest', async () => {
    const texts = [chain(3000, 1.5), chain(3000, 2.5), chain(3000, 3.5)];
    const landed: boolean[][] = [];
    const off = subscribeAnalyses(() => landed.push(texts.map((t) => derive(t) !== PENDING)));
    texts.forEach((text) => derive(text));
    await new Promise<void>((done) => {
      const wait = () => (landed.length >= 2 ? done() : setTimeout(wait, 20));
      wait();
    });
    off();
    // The newest first, then the one before; the first was overtaken before it ran.
    expect(landed[0]).toEqual([false, false, true]);
    expect(landed[1]).toEqual([false, true, true]);
  });
});
