/**
 * A seeded PRNG for the benchmarks: every run generates the same programs, data and
 * parameters, so numbers from two runs (or two machines) measure the same work.
 */

/** mulberry32: tiny, fast, and good enough to shape test programs (not for statistics). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in [lo, hi). */
export function uniform(random: () => number, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

/** Standard normal by Box–Muller (one of the pair; the benchmarks need few). */
export function gaussian(random: () => number): number {
  const u = 1 - random(); // in (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
