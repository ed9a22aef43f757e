/**
 * What the view shows, derived from the stored text. Analyses are memoised by source text, so
 * rendering, stepping and re-rendering never recompute them; a graph of the same `key` as the
 * previous one is reused, so its layout (cached by shape) and identity survive a value edit.
 */
import { analyzeCompiled, compile, type Analysis, type ProgramError } from '../core/index.ts';

export type Derived =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly error: ProgramError };

const cache = new Map<string, Derived>();
const CACHE_SIZE = 32;
let lastGraph: Analysis['graph'] | null = null;

export function derive(source: string): Derived {
  const hit = cache.get(source);
  if (hit) return hit;
  const compiled = compile(source);
  let derived: Derived;
  if (!compiled.ok) derived = { ok: false, error: compiled.error };
  else {
    // Same shape and constants: keep the old graph object so everything keyed on it stays warm.
    const value = lastGraph && lastGraph.key === compiled.value.graph.key ? { ...compiled.value, graph: lastGraph } : compiled.value;
    lastGraph = value.graph;
    derived = { ok: true, analysis: analyzeCompiled(value) };
  }
  cache.set(source, derived);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return derived;
}

/** The step the view shows: the stored index, clamped to the current schedule. */
export function clampStep(step: number, analysis: Analysis | null): number {
  const count = analysis?.schedule.steps.length ?? 0;
  return Math.max(0, Math.min(step, count - 1));
}
