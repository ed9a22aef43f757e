/**
 * What the view shows, derived from the stored text. Analyses are memoised by source text, so
 * rendering, stepping and re-rendering never recompute them. A value edit re-parses the text
 * (the text is the truth) but keeps the graph's shape, so the layout, cached by `layoutKey`,
 * is reused rather than recomputed.
 *
 * The memo is bounded by what it holds, not just by count: an analysis costs a few kB per node
 * (≈ 3.5 MB for 2,000 nodes), so it keeps many small programs but only a few big ones. Undo,
 * redo and flipping between presets hit it; a hundred edits of a big program do not pile up.
 */
import { analyzeView, DEFAULT_DETAIL, type Analysis, type Detail, type ProgramError } from '../core/index.ts';

export type Derived =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly error: ProgramError };

const cache = new Map<string, Derived>();
/** At most this many analyses… */
const CACHE_ENTRIES = 16;
/** …holding at most this many graph nodes between them (the newest is always kept). */
const CACHE_NODES = 10_000;
let cachedNodes = 0;

const weight = (derived: Derived): number => (derived.ok ? derived.analysis.graph.nodes.length : 1);

/** Keyed by (source, detail) — and, in the Gates view, which fused gates are drawn expanded. */
export function derive(source: string, detail: Detail = DEFAULT_DETAIL, expand: readonly number[] = []): Derived {
  const key = `${detail}|${detail === 'gates' ? expand.join(',') : ''}|${source}`;
  const hit = cache.get(key);
  if (hit) {
    // Re-insert: the Map's insertion order doubles as recency, least recent first.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = analyzeView(source, { detail, expand });
  const derived: Derived = result.ok ? { ok: true, analysis: result.value } : { ok: false, error: result.error };
  remember(key, derived);
  return derived;
}

function remember(key: string, derived: Derived): void {
  cache.set(key, derived);
  cachedNodes += weight(derived);
  while (cache.size > 1 && (cache.size > CACHE_ENTRIES || cachedNodes > CACHE_NODES)) {
    const [oldest, entry] = cache.entries().next().value as [string, Derived];
    cache.delete(oldest);
    cachedNodes -= weight(entry);
  }
}

/** The step the view shows: the stored index, clamped to the current schedule. */
export function clampStep(step: number, analysis: Analysis | null): number {
  const count = analysis?.schedule.steps.length ?? 0;
  return Math.max(0, Math.min(step, count - 1));
}
