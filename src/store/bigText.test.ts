import { describe, expect, it } from 'vitest';
import { derive, STAGED_MIN_CHARS, subscribeAnalyses } from './derive.ts';
import { createChainruleStore, SETTLE_MS } from './store.ts';

/** A chain of 3,000 named sin gates: far past the size analysed in one go. */
const big = ['a0 = 0.25', ...Array.from({ length: 3000 }, (_, k) => `a${k + 1} = sin(a${k})`)].join('\n');

const nextLanding = () => new Promise<void>((done) => {
  const off = subscribeAnalyses(() => {
    off();
    done();
  });
});

describe('a big text in the store', () => {
  it('is analysed in stages, and becomes the last finished program once its analysis lands and stands', async () => {
    expect(big.length).toBeGreaterThan(STAGED_MIN_CHARS);
    const store = createChainruleStore();
    const before = store.getState().lastGoodSource;
    const landed = nextLanding();
    store.getState().setSource(big);
    expect(derive(big).pending).toBe(true);
    // Still being analysed: stepping goes by the program on screen, and nothing is lost.
    store.getState().next();
    expect(store.getState().source).toBe(big);
    expect(store.getState().lastGoodSource).toBe(before);
    await landed;
    await new Promise((r) => setTimeout(r, SETTLE_MS + 400));
    expect(store.getState().lastGoodSource).toBe(big);
    store.getState().last();
    const d = derive(big);
    if (!d.ok) throw new Error('expected the analysis');
    expect(store.getState().step).toBe(d.analysis.schedule.steps.length - 1);
  });
});
