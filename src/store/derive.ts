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
    const fresh = compiled.value.graph;
    const value = lastGraph && lastGraph.key === fresh.key && sameText(lastGraph, fresh) ? { ...compiled.value, graph: lastGraph } : compiled.value;
    lastGraph = value.graph;
    derived = { ok: true, analysis: analyzeCompiled(value) };
  }
  cache.set(source, derived);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return derived;
}

/**
 * `key` ignores where nodes are written and whether an input is declared; a reused graph must
 * agree on both, or the editor marks stale spans and a declared input still offers "declare".
 */
function sameText(a: Analysis['graph'], b: Analysis['graph']): boolean {
  return a.nodes.every((n, i) => {
    const m = b.nodes[i];
    return n.span.start === m.span.start && n.span.end === m.span.end && n.nameSpan?.start === m.nameSpan?.start
      && (n.kind === 'input' && m.kind === 'input' ? n.declared === m.declared : true);
  });
}

/** The step the view shows: the stored index, clamped to the current schedule. */
export function clampStep(step: number, analysis: Analysis | null): number {
  const count = analysis?.schedule.steps.length ?? 0;
  return Math.max(0, Math.min(step, count - 1));
}
