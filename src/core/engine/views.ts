/**
 * The three levels of detail of one program — Statements, Gates, Primitives — and how a step
 * of one view finds its place in another, so switching the view keeps the student's position.
 */
import type { Analysis } from '../analysis.ts';
import type { Graph, GraphNode, Trace } from '../types.ts';

export const DETAILS = ['statements', 'gates', 'primitives'] as const;
export type Detail = (typeof DETAILS)[number];
export const DEFAULT_DETAIL: Detail = 'gates';

export const isDetail = (s: unknown): s is Detail => typeof s === 'string' && (DETAILS as readonly string[]).includes(s);

/**
 * The levels the app offers: the three scalar views, then Layers, a view of the Gates tape
 * grouped by statement as written (core/layers). Layers draws no scalar graph of its own.
 */
export const VIEW_DETAILS = [...DETAILS, 'layers'] as const;
export type ViewDetail = (typeof VIEW_DETAILS)[number];
export const isViewDetail = (s: unknown): s is ViewDetail => s === 'layers' || isDetail(s);
/** The scalar view whose tape a view reads: Layers reads the Gates tape. */
export const tapeDetail = (d: ViewDetail): Detail => (d === 'layers' ? 'gates' : d);

/**
 * What makes a node "the same" across views: its name, or for an anonymous gate the text it
 * stands for and its op (Gates and Primitives share every gate outside an expansion).
 */
function identity(node: GraphNode): string {
  if (node.name !== undefined) return `name:${node.name}`;
  if (node.kind === 'gate') return `gate:${node.span.start}:${node.span.end}:${node.op}`;
  return `${node.kind}:${node.span.start}:${node.span.end}`;
}

/**
 * The step of `to` that matches step `step` of `from`: the same node in the same phase if `to`
 * has it, else the nearest step of `from` (same phase) whose node `to` has, else the same
 * fraction of the way through the phase.
 */
export function matchStep(from: Analysis, step: number, to: Analysis): number {
  const steps = from.schedule.steps;
  const s = steps[step];
  if (!s) return 0;
  const index = new Map<string, number>();
  to.graph.nodes.forEach((n) => index.set(identity(n), n.id));
  const stepOf = s.kind === 'forward' ? to.schedule.forwardStepOf : to.schedule.backwardStepOf;
  const inTo = (k: number) => {
    const t = steps[k];
    if (!t || t.kind !== s.kind) return -1;
    const id = index.get(identity(from.graph.nodes[t.node]));
    return id === undefined ? -1 : stepOf[id];
  };
  for (let d = 0; d < steps.length; d++) {
    const before = inTo(step - d);
    if (before >= 0) return before;
    const after = inTo(step + d);
    if (after >= 0) return after;
  }
  const fc = from.schedule.forwardCount;
  const tc = to.schedule.forwardCount;
  const total = to.schedule.steps.length;
  if (s.kind === 'forward') return Math.min(total - 1, Math.floor((step / Math.max(1, fc)) * tc));
  const fraction = (step - fc) / Math.max(1, steps.length - fc);
  return Math.max(0, Math.min(total - 1, tc + Math.floor(fraction * (total - tc))));
}

/**
 * A view's pass with every name's gradient taken from the gate analysis: the program's gradients
 * are the one engine's, bit for bit, in every view. An expanded view (Primitives) differentiates
 * sigmoid as 1/(1 + e^−x) through exp and div gates, which rounds differently from σ(1 − σ) in the
 * last bit; its steps still explain each term, and its totals are the engine's.
 */
export function withGateGrads(trace: Trace, gates: { readonly graph: Graph; readonly trace: Trace }): Trace {
  const grads = Float64Array.from(trace.grads);
  for (const [name, id] of trace.graph.names) {
    const gateId = gates.graph.names.get(name);
    if (gateId !== undefined) grads[id] = gates.trace.grads[gateId];
  }
  return Object.freeze({ ...trace, grads });
}
