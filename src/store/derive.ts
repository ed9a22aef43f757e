/**
 * What the view shows, derived from the stored text. Analyses are memoised by source text, so
 * rendering, stepping and re-rendering never recompute them. A value edit re-parses the text
 * (the text is the truth) but keeps the graph's shape, so the layout, cached by `layoutKey`,
 * is reused rather than recomputed.
 */
import { analyzeView, DEFAULT_DETAIL, type Analysis, type Detail, type ProgramError } from '../core/index.ts';

export type Derived =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly error: ProgramError };

const cache = new Map<string, Derived>();
const CACHE_SIZE = 32;

/** Keyed by (source, detail) — and, in the Gates view, which fused gates are drawn expanded. */
export function derive(source: string, detail: Detail = DEFAULT_DETAIL, expand: readonly number[] = []): Derived {
  const key = `${detail}|${detail === 'gates' ? expand.join(',') : ''}|${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = analyzeView(source, { detail, expand });
  const derived: Derived = result.ok ? { ok: true, analysis: result.value } : { ok: false, error: result.error };
  cache.set(key, derived);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return derived;
}

/** The step the view shows: the stored index, clamped to the current schedule. */
export function clampStep(step: number, analysis: Analysis | null): number {
  const count = analysis?.schedule.steps.length ?? 0;
  return Math.max(0, Math.min(step, count - 1));
}
