/**
 * The forward-mode sweep the view shows: for the stored "with respect to" name, or the first
 * input when that name is not (or no longer) an input. Memoised per analysis and name, so
 * stepping never recomputes it.
 */
import { statementPartial, type Analysis, type Detail } from '../core/index.ts';
import { forwardModeFor, type ForwardSchedule, type GateRules } from '../core/steps/forwardMode.ts';

const sweeps = new WeakMap<Analysis, Map<string, ForwardSchedule | null>>();

/** The input forward mode differentiates by: `wrt` if it is one, else the first input (null if none). */
export function wrtName(analysis: Analysis, wrt: string | null): string | null {
  const { graph } = analysis;
  const names = graph.inputs.map((id) => graph.nodes[id].text);
  return wrt !== null && names.includes(wrt) ? wrt : names[0] ?? null;
}

/**
 * A Statements node is a whole line: its local partials are the chain rule through the line's
 * gates (statements.ts), for every line, also those off the output's path, which have no
 * backward step but still pass tangents on.
 */
function scheduledRules(analysis: Analysis): GateRules {
  const { steps, forwardStepOf } = analysis.schedule;
  const linePartial = statementPartial(analysis.trace);
  return {
    partial: (node, argIndex) => linePartial?.(node.id, argIndex) ?? NaN,
    valueLine: (node) => steps[forwardStepOf[node.id]].lines[0],
  };
}

export function forwardSweep(analysis: Analysis, wrt: string | null, detail: Detail = 'gates'): ForwardSchedule | null {
  const name = wrtName(analysis, wrt);
  if (name === null) return null;
  let byName = sweeps.get(analysis);
  if (!byName) sweeps.set(analysis, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, forwardModeFor(analysis.trace, name, detail === 'statements' ? scheduledRules(analysis) : undefined));
  return byName.get(name) ?? null;
}

export type Mode = 'reverse' | 'forward';

/** How many steps the timeline has in this mode. */
export function modeStepCount(analysis: Analysis | null, mode: Mode, wrt: string | null, detail?: Detail): number {
  if (!analysis) return 0;
  if (mode === 'reverse') return analysis.schedule.steps.length;
  return forwardSweep(analysis, wrt, detail)?.steps.length ?? 0;
}
