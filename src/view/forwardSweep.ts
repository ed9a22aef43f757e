/**
 * The forward-mode sweep the view shows: for the stored "with respect to" name, or the first
 * input when that name is not (or no longer) an input. Memoised per analysis and name, so
 * stepping never recomputes it.
 */
import type { Analysis, Detail } from '../core/index.ts';
import { forwardModeFor, type ForwardSchedule } from '../core/steps/forwardMode.ts';

const sweeps = new WeakMap<Analysis, Map<string, ForwardSchedule | null>>();

/** The input forward mode differentiates by: `wrt` if it is one, else the first input (null if none). */
export function wrtName(analysis: Analysis, wrt: string | null): string | null {
  const { graph } = analysis;
  const names = graph.inputs.map((id) => graph.nodes[id].text);
  return wrt !== null && names.includes(wrt) ? wrt : names[0] ?? null;
}

/** The view's own rules (in its trace) give every partial, so the sweep is the same call in every view. */
export function forwardSweep(analysis: Analysis, wrt: string | null, _detail?: Detail): ForwardSchedule | null {
  const name = wrtName(analysis, wrt);
  if (name === null) return null;
  let byName = sweeps.get(analysis);
  if (!byName) sweeps.set(analysis, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, forwardModeFor(analysis.trace, name));
  return byName.get(name) ?? null;
}

export type Mode = 'reverse' | 'forward';

/** How many steps the timeline has in this mode. */
export function modeStepCount(analysis: Analysis | null, mode: Mode, wrt: string | null, detail?: Detail): number {
  if (!analysis) return 0;
  if (mode === 'reverse') return analysis.schedule.steps.length;
  return forwardSweep(analysis, wrt, detail)?.steps.length ?? 0;
}
