/**
 * What the table view writes in a node's gradient cell, by the graph's own rule (graphState.ts):
 * the graph shows a gradient term on an edge as soon as the consumer's backward step has run, so
 * a node whose terms have all arrived shows its gradient, one with only some shows their sum so
 * far, and one with none is not reached yet.
 */
import type { Analysis } from '../core/index.ts';
import type { StepView } from './graphState.ts';

export type TableGradient =
  | { readonly kind: 'final'; readonly value: number }
  | { readonly kind: 'partial'; readonly value: number; readonly terms: number; readonly of: number }
  | { readonly kind: 'none' };

export function tableGradient(analysis: Analysis, view: StepView, node: number): TableGradient {
  const { graph, trace } = analysis;
  if (view.nodeGradShown(node)) return { kind: 'final', value: trace.grads[node] };
  const uses = graph.outEdges[node];
  const arrived = uses.filter((e) => view.gradShown(e));
  if (arrived.length === 0) return { kind: 'none' };
  if (arrived.length === uses.length) return { kind: 'final', value: trace.grads[node] };
  const value = arrived.reduce((sum, e) => sum + trace.contributions[e], 0);
  return { kind: 'partial', value, terms: arrived.length, of: uses.length };
}
