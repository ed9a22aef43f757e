/**
 * What the graph shows at one step, derived from the schedule alone: which values and
 * gradients have appeared, which node is current, which nodes the pass has not reached.
 */
import type { Analysis } from '../core/index.ts';

export type NodeState = 'current' | 'reached' | 'pending';

export interface StepView {
  readonly phase: 'forward' | 'backward' | 'none';
  readonly current: number | null;
  /** Has the value of this node been computed by this step? (Leaves are known from the start.) */
  valueShown(node: number): boolean;
  /** Has the gradient term of this edge been sent back by this step? */
  gradShown(edge: number): boolean;
  /** Has this node's own gradient (the sum of its terms) been formed by this step? */
  nodeGradShown(node: number): boolean;
  /** Is this node's gradient a sum of several terms (a fan-out), and has the sum been formed? */
  sumShown(node: number): boolean;
  nodeState(node: number): NodeState;
}

export function stepView(analysis: Analysis, step: number): StepView {
  const { schedule, graph } = analysis;
  const s = schedule.steps[step];
  const phase = s ? s.kind : 'none';
  const { forwardStepOf, backwardStepOf } = schedule;
  const valueShown = (node: number) => phase === 'backward' || forwardStepOf[node] < 0 || forwardStepOf[node] <= step;
  const nodeGradShown = (node: number) => backwardStepOf[node] >= 0 && backwardStepOf[node] <= step;
  return {
    phase,
    current: s ? s.node : null,
    valueShown,
    nodeGradShown,
    // A term flows along an edge once its consumer's step runs, if its source gets a gradient at all.
    gradShown: (edge: number) => backwardStepOf[graph.edges[edge].from] >= 0 && nodeGradShown(graph.edges[edge].to),
    sumShown(node) {
      const b = schedule.steps[backwardStepOf[node]];
      return b?.kind === 'backward' && b.terms.length > 1 && nodeGradShown(node);
    },
    nodeState(node) {
      if (s && s.node === node) return 'current';
      if (phase === 'backward') return nodeGradShown(node) ? 'reached' : 'pending';
      return graph.nodes[node].kind !== 'gate' || valueShown(node) ? 'reached' : 'pending';
    },
  };
}
