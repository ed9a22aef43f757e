/**
 * Token buckets: `burst` messages at once, refilled at `perSecond`. One per connection (every
 * event) and one per address (joins), so a flood is dropped and a join code cannot be guessed
 * by trying codes quickly: at 0.5 joins a second, an address tries 43,200 of 23^10 codes a day.
 */
export interface Bucket {
  take(): boolean;
}

export function bucket(burst: number, perSecond: number, now: () => number = Date.now): Bucket {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Buckets by key (an address), forgetting keys unused for a while so the map stays small. */
export function bucketsByKey(burst: number, perSecond: number, now: () => number = Date.now) {
  const buckets = new Map<string, { bucket: Bucket; used: number }>();
  return {
    take(key: string): boolean {
      if (buckets.size > 10_000) {
        for (const [k, b] of buckets) if (now() - b.used > 600_000) buckets.delete(k);
      }
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = { bucket: bucket(burst, perSecond, now), used: now() }));
      b.used = now();
      return b.bucket.take();
    },
  };
}
