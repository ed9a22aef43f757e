/**
 * Forward mode: the same schedule builder sweeping tangents instead of adjoints (schedule.ts
 * `tangentSchedule`, over the partials the evaluator recorded). Seeding ẋ = 1 for one input x,
 * each gate gets v̇ = Σ ∂v/∂a · ȧ; the output's tangent is ∂f/∂x — one input per pass, where
 * one reverse pass gives ∂f/∂θ for every θ at once.
 */
import { tangentSchedule, tangentScheduleFor } from './schedule.ts';
import type { Graph } from '../types.ts';

export type { ForwardSchedule, TangentStep, TangentTerm } from '../types.ts';

/** The forward-mode sweep for input `wrt` (a node id in `trace.graph.inputs`), in any view. */
export const forwardMode = tangentSchedule;
/** The sweep by input name; null when the name is not one of the program's inputs. */
export const forwardModeFor = tangentScheduleFor;

/** Passes each mode needs for the whole gradient: forward one per input, reverse one per output. */
export function passCounts(graph: Graph): { readonly forward: number; readonly reverse: number } {
  return { forward: graph.inputs.length, reverse: 1 };
}
