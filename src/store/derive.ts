/**
 * What the view shows, derived from the stored text. Analyses are memoised by source text, so
 * rendering, stepping and re-rendering never recompute them. A value edit re-parses the text
 * (the text is the truth) but keeps the graph's shape, so the layout, cached by `layoutKey`,
 * is reused rather than recomputed.
 */
import { analyze, type Analysis, type ProgramError } from '../core/index.ts';

export type Derived =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly error: ProgramError };

const cache = new Map<string, Derived>();
const CACHE_SIZE = 32;

export function derive(source: string): Derived {
  const hit = cache.get(source);
  if (hit) return hit;
  const result = analyze(source);
  const derived: Derived = result.ok ? { ok: true, analysis: result.value } : { ok: false, error: result.error };
  cache.set(source, derived);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return derived;
}

/** The step the view shows: the stored index, clamped to the current schedule. */
export function clampStep(step: number, analysis: Analysis | null): number {
  const count = analysis?.schedule.steps.length ?? 0;
  return Math.max(0, Math.min(step, count - 1));
}
