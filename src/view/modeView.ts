/**
 * What the graph shows in forward mode and in practice mode, as the same `StepView` shape
 * graphState.ts gives reverse mode: forward mode reaches nodes in topological order and draws
 * each value's tangent below its edges; practice hides the current step's numbers until answered.
 */
import type { Analysis } from '../core/index.ts';
import type { ForwardSchedule } from '../core/steps/forwardMode.ts';
import { formatNumber } from '../core/index.ts';
import { stepView, type StepView } from './graphState.ts';

export function forwardStepView(analysis: Analysis, sweep: ForwardSchedule, step: number): StepView {
  const { graph } = analysis;
  const s = sweep.steps[step];
  // Leaves are known from the seed step on; a gate once its own step runs.
  const reached = (node: number) => step >= 0 && (graph.nodes[node].kind !== 'gate' || sweep.stepOf[node] <= step);
  return {
    phase: s ? 'forward' : 'none',
    current: s ? s.node : null,
    valueShown: reached,
    gradShown: (edge) => reached(graph.edges[edge].from),
    nodeGradShown: reached,
    sumShown: () => false,
    nodeState: (node) => (s && s.node === node ? 'current' : reached(node) ? 'reached' : 'pending'),
  };
}

/** The view of `step` with the labels of the step before: the current step's numbers stay hidden. */
export function concealCurrent(viewAt: (step: number) => StepView, step: number): StepView {
  const now = viewAt(step);
  const before = viewAt(step - 1);
  return { ...before, phase: now.phase, current: now.current, nodeState: now.nodeState };
}

export const reverseViewAt = (analysis: Analysis) => (step: number) => stepView(analysis, step);
export const forwardViewAt = (analysis: Analysis, sweep: ForwardSchedule) => (step: number) => forwardStepView(analysis, sweep, step);

/** The tangent label below an edge: d/dx for a short input name, a dot otherwise. */
export function tangentLabel(analysis: Analysis, sweep: ForwardSchedule) {
  const name = analysis.graph.nodes[sweep.wrt].text;
  const prefix = name.length <= 3 ? `d/d${name}` : 'ḋ';
  return (node: number) => `${prefix} ${formatNumber(sweep.tangents[node])}`;
}
